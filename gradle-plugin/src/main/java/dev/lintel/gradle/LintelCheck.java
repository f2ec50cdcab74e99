package dev.lintel.gradle;

import dev.lintel.engine.build.BuildCheck;
import dev.lintel.engine.build.BuildRequest;
import dev.lintel.engine.config.ConfigException;
import dev.lintel.rules.BuiltInRules;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.gradle.api.DefaultTask;
import org.gradle.api.GradleException;
import org.gradle.api.InvalidUserDataException;
import org.gradle.api.file.ConfigurableFileCollection;
import org.gradle.api.file.DirectoryProperty;
import org.gradle.api.file.RegularFile;
import org.gradle.api.file.RegularFileProperty;
import org.gradle.api.logging.Logger;
import org.gradle.api.provider.ListProperty;
import org.gradle.api.provider.Property;
import org.gradle.api.tasks.Input;
import org.gradle.api.tasks.Internal;
import org.gradle.api.tasks.Optional;
import org.gradle.api.tasks.OutputDirectory;
import org.gradle.api.tasks.TaskAction;
import org.gradle.work.DisableCachingByDefault;

/**
 * Scans cloud configuration files with Lintel, writes the reports and fails when a finding is at
 * or above {@code failOn}. It always runs (its inputs are whole directories, which Gradle cannot
 * track cheaply), so it is never up to date and never cached.
 */
@DisableCachingByDefault(because = "scans whole directories; a lint run is cheap")
public abstract class LintelCheck extends DefaultTask {

  public LintelCheck() {
    getOutputs().upToDateWhen(task -> false);
  }

  /** Files and directories to scan. */
  @Internal
  public abstract ConfigurableFileCollection getPaths();

  /** The directory finding uris and config exclude globs are relative to (the root project's). */
  @Internal
  public abstract DirectoryProperty getRootDirectory();

  /** Exclude globs relative to {@link #getRootDirectory()}: build output and subprojects by default. */
  @Input
  public abstract ListProperty<String> getExcludes();

  @Input
  public abstract ListProperty<String> getFormats();

  @OutputDirectory
  public abstract DirectoryProperty getOutputDirectory();

  @Input
  @Optional
  public abstract Property<String> getFailOn();

  @Internal
  public abstract RegularFileProperty getConfig();

  @Internal
  public abstract RegularFileProperty getBaseline();

  @Input
  public abstract Property<Boolean> getSkip();

  @Input
  public abstract ListProperty<String> getRules();

  @Input
  public abstract ListProperty<String> getSkipRules();

  @TaskAction
  public void check() {
    Logger log = getLogger();
    if (getSkip().get()) {
      log.lifecycle("Lintel check skipped (skip = true)");
      return;
    }
    BuildCheck.Outcome outcome;
    try {
      outcome = BuildCheck.run(request(), BuiltInRules.all());
    } catch (ConfigException e) {
      throw new InvalidUserDataException("Lintel: " + e.getMessage(), e);
    }
    LintelLog.report(log, outcome);
    if (!outcome.result().internalErrors().isEmpty()) {
      throw new GradleException("Lintel internal error (a bug in Lintel; the other findings are complete): "
          + String.join("; ", outcome.result().internalErrors()));
    }
    if (!outcome.failing().isEmpty()) {
      throw new GradleException(outcome.failureSummary());
    }
  }

  /** The task's settings as a {@link BuildRequest}. */
  BuildRequest request() {
    List<Path> paths = getPaths().getFiles().stream().map(File::toPath).sorted().toList();
    return new BuildRequest(paths, getRootDirectory().get().getAsFile().toPath(), getExcludes().get(),
        getFormats().get(), getOutputDirectory().get().getAsFile().toPath(), getFailOn().getOrNull(),
        path(getConfig()), path(getBaseline()), getRules().get(), getSkipRules().get());
  }

  private static Path path(RegularFileProperty p) {
    RegularFile f = p.getOrNull();
    return f == null ? null : f.getAsFile().toPath();
  }
}
