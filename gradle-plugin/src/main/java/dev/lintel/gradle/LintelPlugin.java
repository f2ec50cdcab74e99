package dev.lintel.gradle;

import dev.lintel.engine.build.BuildRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradle.api.Plugin;
import org.gradle.api.Project;
import org.gradle.api.tasks.TaskProvider;
import org.gradle.language.base.plugins.LifecycleBasePlugin;

/**
 * Plugin {@code dev.lintel}: adds the {@code lintel} extension and the {@code lintelCheck} task,
 * and makes {@code check} depend on it when a plugin providing {@code check} (such as
 * {@code base} or {@code java}) is applied.
 */
public class LintelPlugin implements Plugin<Project> {

  public static final String EXTENSION = "lintel";
  public static final String TASK = "lintelCheck";

  @Override
  public void apply(Project project) {
    LintelExtension ext = project.getExtensions().create(EXTENSION, LintelExtension.class);
    ext.getFormats().convention(List.of("sarif"));
    ext.getOutputDirectory().convention(project.getLayout().getBuildDirectory().dir("lintel"));
    ext.getSkip().convention(false);
    ext.getRules().convention(List.of());
    ext.getSkipRules().convention(List.of());

    TaskProvider<LintelCheck> task = project.getTasks().register(TASK, LintelCheck.class, t -> {
      t.setGroup(LifecycleBasePlugin.VERIFICATION_GROUP);
      t.setDescription("Scans cloud configuration files (CloudFormation, IAM, CORS, nginx, fstab) with Lintel.");
      t.getPaths().from(project.provider(() -> ext.getPaths().isEmpty() ? List.of(project.getProjectDir()) : ext.getPaths()));
      t.getRootDirectory().convention(project.getRootProject().getLayout().getProjectDirectory());
      t.getExcludes().convention(project.provider(() -> defaultExcludes(project)));
      t.getFormats().convention(ext.getFormats());
      t.getOutputDirectory().convention(ext.getOutputDirectory());
      t.getFailOn().convention(ext.getFailOn());
      t.getConfig().convention(ext.getConfig());
      t.getBaseline().convention(ext.getBaseline());
      t.getSkip().convention(ext.getSkip());
      t.getRules().convention(ext.getRules());
      t.getSkipRules().convention(ext.getSkipRules());
    });
    project.getPlugins().withType(LifecycleBasePlugin.class, p -> project.getTasks()
        .named(LifecycleBasePlugin.CHECK_TASK_NAME).configure(check -> check.dependsOn(task)));
  }

  /** The build directory, {@code .gradle} and the directories of child projects. */
  private static List<String> defaultExcludes(Project project) {
    Path root = project.getRootDir().toPath();
    List<String> out = new ArrayList<>();
    out.add(BuildRequest.excludeGlob(root, project.getLayout().getBuildDirectory().get().getAsFile().toPath()));
    out.add(BuildRequest.excludeGlob(root, project.getProjectDir().toPath().resolve(".gradle")));
    project.getChildProjects().values()
        .forEach(child -> out.add(BuildRequest.excludeGlob(root, child.getProjectDir().toPath())));
    return out;
  }
}
