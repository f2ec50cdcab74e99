package dev.lintel.cli;

import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.FailOn;
import dev.lintel.engine.RuleRegistry;
import dev.lintel.engine.baseline.Baseline;
import dev.lintel.engine.config.ConfigException;
import dev.lintel.engine.config.ConfigLoader;
import dev.lintel.engine.config.ConfigMapping;
import dev.lintel.engine.config.LintelConfig;
import dev.lintel.engine.report.ReportOptions;
import dev.lintel.engine.report.Reporter;
import dev.lintel.engine.report.Reporters;
import dev.lintel.rules.BuiltInRules;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lintel check [PATH...]}: scans files and directories and reports findings. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Scan files and directories. Directories are searched for CloudFormation/SAM templates,",
        "policies and CORS files (JSON/YAML/XML, recognised by content), nginx configurations",
        "(nginx.conf, sites-*/, conf.d/*.conf, *.conf under an nginx folder) and fstab files",
        "(fstab, *.fstab). Other files are skipped silently."},
    footer = {"", "Examples:", "  lintel check .", "  lintel check infra/ --format sarif --output lintel.sarif",
        "  lintel check template.yaml --fail-on error --skip S3_VERSIONING_DISABLED",
        "  lintel check . --write-baseline .lintel-baseline.json   (then: --baseline .lintel-baseline.json)", "",
        "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config error, 3 internal error."})
final class CheckCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Files or directories to scan (default: the current directory).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "Output format: text, json, sarif, junit, github (default: text).")
  String format = "text";

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit 1 when a finding is at or above LEVEL: error, warning, note, never (default: warning,"
          + " or the config's fail-on).")
  String failOn;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: the nearest .lintel.yml at or above the first path).")
  Path config;

  @Option(names = "--rule", paramLabel = "ID", description = "Run only this rule (repeatable; ids or aliases).")
  List<String> rules = new ArrayList<>();

  @Option(names = "--skip", paramLabel = "ID", description = "Do not run this rule (repeatable).")
  List<String> skip = new ArrayList<>();

  @Option(names = "--jobs", paramLabel = "N", description = "Files analysed in parallel (default: number of cores).")
  Integer jobs;

  @Option(names = "--nginx-prefix", paramLabel = "DIR",
      description = "Directory nginx include paths are relative to (default: the including file's directory).")
  Path nginxPrefix;

  @Option(names = "--no-color", description = "Never color the text output (NO_COLOR is respected too).")
  boolean noColor;

  @Option(names = {"-q", "--quiet"}, description = "Text output: findings only, no code frames or summary.")
  boolean quiet;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Suppress the findings recorded in this baseline (default: the config's baseline).")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record the current findings in FILE as a baseline; they no longer fail the build.")
  Path writeBaseline;

  @Option(names = "--sarif-category", paramLabel = "ID",
      description = "SARIF automationDetails.id: the GitHub code scanning category (default: lintel/).")
  String sarifCategory;

  @Option(names = "--only-known",
      description = "Skip named files Lintel does not read (by name) or the config excludes, as in a directory"
          + " scan; for pre-commit and other tools that pass every changed file.")
  boolean onlyKnown;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    LintelConfig cfg;
    try {
      Path cfgFile = config != null ? config : ConfigLoader.find(paths.isEmpty() ? Path.of(".") : paths.get(0));
      if (config != null && !Files.isRegularFile(config)) {
        throw new ConfigException(config + ": --config names no file");
      }
      cfg = cfgFile == null ? LintelConfig.empty() : ConfigLoader.load(cfgFile);
    } catch (ConfigException e) {
      err.println("lintel: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    String threshold = FailOn.choose(failOn, cfg.failOn());
    FailOn failThreshold;
    try {
      failThreshold = FailOn.parse(threshold);
    } catch (IllegalArgumentException e) {
      err.println("lintel: --fail-on must be error, warning, note or never, not '" + threshold + "'");
      return ExitCode.USAGE.code();
    }
    Reporter reporter;
    try {
      reporter = Reporters.forFormat(format, new ReportOptions(useColor(), quiet, category()));
    } catch (IllegalArgumentException e) {
      err.println("lintel: --format: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    RuleRegistry registry = new RuleRegistry(BuiltInRules.all());
    for (String id : concat(rules, skip)) {
      if (registry.find(id) == null) {
        err.println("lintel: unknown rule id '" + id + "' (see 'lintel rules')");
        return ExitCode.USAGE.code();
      }
    }
    for (Path p : paths) {
      if (!Files.exists(p)) {
        err.println("lintel: " + p + ": no such file or directory");
        return ExitCode.USAGE.code();
      }
    }
    Path baselineFile = baseline != null ? baseline : cfg.baseline();
    Baseline accepted = null;
    if (baselineFile != null && (writeBaseline == null || Files.exists(baselineFile))) {
      try {
        accepted = Baseline.read(baselineFile);
      } catch (IOException e) {
        err.println("lintel: " + (baseline != null ? "--baseline: " : "baseline: ")
            + (e instanceof NoSuchFileException ? baselineFile + ": no such file (create it with --write-baseline)"
                : e.getMessage()));
        return ExitCode.USAGE.code();
      }
    }
    AnalysisResult result = Analysis.run(buildConfig(cfg, err).baseline(accepted).build());
    if (writeBaseline != null) {
      Baseline now = Baseline.of(result.findings());
      now.write(writeBaseline);
      err.println("lintel: wrote " + now.entries().size() + " findings to the baseline " + writeBaseline);
      result = new AnalysisResult(result.root(), now.apply(result.findings()), result.rules(),
          result.filesAnalyzed(), result.internalErrors());
    }
    write(reporter, result);
    for (String e : result.internalErrors()) {
      err.println("lintel: internal error: " + e);
    }
    if (!result.internalErrors().isEmpty()) {
      err.println("This is a bug in Lintel; the other findings are complete. Please report it with the file.");
      return ExitCode.INTERNAL.code();
    }
    return failThreshold.failing(result).isEmpty() ? ExitCode.CLEAN.code() : ExitCode.FINDINGS.code();
  }

  private AnalysisConfig.Builder buildConfig(LintelConfig cfg, PrintWriter err) {
    AnalysisConfig.Builder b = ConfigMapping.apply(cfg, AnalysisConfig.builder())
        .paths(paths).rules(BuiltInRules.all()).only(rules).skip(skip).onlyKnownFiles(onlyKnown);
    if (nginxPrefix != null) {
      b.nginxPrefix(nginxPrefix);
    }
    if (jobs != null) {
      b.jobs(jobs);
    }
    if (System.console() != null && System.getenv("CI") == null) {
      b.progress(new Progress(err));
    }
    return b;
  }

  private void write(Reporter reporter, AnalysisResult result) throws IOException {
    if (output == null) {
      Writer out = spec.commandLine().getOut();
      reporter.write(result, out);
      out.flush();
      return;
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
      reporter.write(result, w);
    }
  }

  /** The SARIF category, ending in {@code /} as GitHub expects (the run id would follow it). */
  private String category() {
    return sarifCategory == null || sarifCategory.isBlank() ? null
        : sarifCategory.endsWith("/") ? sarifCategory : sarifCategory + "/";
  }

  private boolean useColor() {
    return !noColor && output == null && System.getenv("NO_COLOR") == null && System.console() != null
        && !"dumb".equals(System.getenv("TERM"));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Draws "files done / total" on stderr for long scans on a terminal. */
  private static final class Progress implements AnalysisConfig.Progress {
    private final PrintWriter err;
    private long last;

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void fileDone(int done, int total) {
      long now = System.nanoTime();
      if (total < 50 || (done < total && now - last < 100_000_000L)) {
        return;
      }
      last = now;
      err.print("\rlintel: " + done + "/" + total + " files" + (done == total ? "\r\u001b[K" : ""));
      err.flush();
    }
  }

}
