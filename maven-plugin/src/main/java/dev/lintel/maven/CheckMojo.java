package dev.lintel.maven;

import dev.lintel.engine.Finding;
import dev.lintel.engine.build.BuildCheck;
import dev.lintel.engine.build.BuildRequest;
import dev.lintel.engine.config.ConfigException;
import dev.lintel.rules.BuiltInRules;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Scans the project's cloud configuration files with Lintel, writes the reports and fails the
 * build when a finding is at or above {@code failOn}. Without configuration it scans the project
 * directory (minus the build directory and module directories) and writes SARIF.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  /** Files and directories to scan; default: the project directory without its build directory. */
  @Parameter(property = "lintel.paths")
  private List<File> paths;

  /** Report formats, each written to {@code outputDirectory}: sarif, json, text. */
  @Parameter(property = "lintel.formats", defaultValue = "sarif")
  private List<String> formats;

  /** Where reports go: lintel.sarif, lintel.json, lintel.txt. */
  @Parameter(property = "lintel.outputDirectory", defaultValue = "${project.build.directory}/lintel")
  private File outputDirectory;

  /** Fail on findings at or above: error, warning, note or never; default: the config's, else warning. */
  @Parameter(property = "lintel.failOn")
  private String failOn;

  /** Configuration file; default: the nearest .lintel.yml at or above the first path. */
  @Parameter(property = "lintel.config")
  private File config;

  /** Baseline file written by {@code lintel check --write-baseline}: findings in it do not fail the build. */
  @Parameter(property = "lintel.baseline")
  private File baseline;

  /** Skips the check. */
  @Parameter(property = "lintel.skip", defaultValue = "false")
  private boolean skip;

  /** Run only these rules (ids or aliases). */
  @Parameter(property = "lintel.rules")
  private List<String> rules;

  /** Do not run these rules (ids or aliases). */
  @Parameter(property = "lintel.skipRules")
  private List<String> skipRules;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Log log = getLog();
    if (skip) {
      log.info("Lintel check skipped (lintel.skip)");
      return;
    }
    BuildCheck.Outcome outcome;
    try {
      outcome = BuildCheck.run(request(), BuiltInRules.all());
    } catch (ConfigException e) {
      throw new MojoExecutionException("Lintel: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("Lintel: " + e.getMessage(), e);
    }
    outcome.warnings().forEach(w -> log.warn("Lintel: " + w));
    for (Finding f : outcome.result().activeFindings()) {
      FindingLog.log(log, f);
    }
    int active = outcome.result().activeFindings().size();
    log.info("Lintel: " + outcome.result().filesAnalyzed() + " file(s) analysed, " + active + " finding(s)"
        + (outcome.reports().isEmpty() ? "" : "; report: " + outcome.reports().get(0)));
    if (!outcome.result().internalErrors().isEmpty()) {
      throw new MojoExecutionException("Lintel internal error (a bug in Lintel; the other findings are complete): "
          + String.join("; ", outcome.result().internalErrors()));
    }
    if (!outcome.failing().isEmpty()) {
      throw new MojoFailureException(outcome.failureSummary());
    }
  }

  private BuildRequest request() {
    Path basedir = project.getBasedir().toPath();
    Path root = rootDirectory(basedir);
    List<Path> scan = new ArrayList<>();
    List<String> excludes = new ArrayList<>();
    if (paths == null || paths.isEmpty()) {
      scan.add(basedir);
      excludes.add(BuildRequest.excludeGlob(root, Path.of(project.getBuild().getDirectory())));
      for (String module : project.getModules()) {
        excludes.add(BuildRequest.excludeGlob(root, basedir.resolve(module).normalize()));
      }
    } else {
      paths.forEach(p -> scan.add(p.toPath()));
    }
    return new BuildRequest(scan, root, excludes, formats == null ? List.of() : formats,
        outputDirectory.toPath(), failOn, config == null ? null : config.toPath(),
        baseline == null ? null : baseline.toPath(), orEmpty(rules), orEmpty(skipRules));
  }

  /** The top-level project's directory, so that uris match the repository layout. */
  private Path rootDirectory(Path basedir) {
    MavenProject top = session == null ? null : session.getTopLevelProject();
    Path root = top == null || top.getBasedir() == null ? basedir : top.getBasedir().toPath();
    return basedir.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize()) ? root : basedir;
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
