package dev.lintel.engine.build;

import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.FailOn;
import dev.lintel.engine.Finding;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleRegistry;
import dev.lintel.engine.baseline.Baseline;
import dev.lintel.engine.config.ConfigException;
import dev.lintel.engine.config.ConfigLoader;
import dev.lintel.engine.config.ConfigMapping;
import dev.lintel.engine.config.LintelConfig;
import dev.lintel.engine.report.ReportOptions;
import dev.lintel.engine.report.Reporter;
import dev.lintel.engine.report.Reporters;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scan run by a build tool plugin (Maven, Gradle): reads the config, runs {@link Analysis},
 * writes one report file per format and works out which findings fail the build. The plugins
 * only map their parameters onto a {@link BuildRequest} and the {@link Outcome} onto their log.
 */
public final class BuildCheck {

  /** Report file names by format. */
  private static final Map<String, String> FILE_NAMES = Map.of(
      "sarif", "lintel.sarif", "json", "lintel.json", "text", "lintel.txt");

  private BuildCheck() {}

  /**
   * What a run produced.
   *
   * @param failing active findings at or above the fail-on threshold
   * @param reports the report files written, in the order of the requested formats
   * @param warnings things the user asked for that were not done
   */
  public record Outcome(AnalysisResult result, FailOn threshold, List<Finding> failing, List<Path> reports,
      List<String> warnings) {

    public Outcome {
      failing = List.copyOf(failing);
      reports = List.copyOf(reports);
      warnings = List.copyOf(warnings);
    }

    /** The build failure message: how many findings are at or above the threshold, and each one. */
    public String failureSummary() {
      StringBuilder sb = new StringBuilder("Lintel found ").append(failing.size())
          .append(" finding(s) at or above ").append(threshold).append(" (failOn):");
      for (Finding f : failing) {
        sb.append(System.lineSeparator()).append("  ").append(f.level().id()).append(' ').append(line(f));
      }
      return sb.toString();
    }
  }

  /**
   * Runs the scan {@code request} describes with {@code rules}.
   *
   * @throws ConfigException for a bad config file, format, fail-on level, rule id or path; the
   *     message is meant for the user as is
   */
  public static Outcome run(BuildRequest request, List<? extends Rule> rules) throws ConfigException {
    LintelConfig cfg = loadConfig(request);
    String threshold = FailOn.choose(request.failOn(), cfg.failOn());
    FailOn failOn;
    try {
      failOn = FailOn.parse(threshold);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("failOn: " + e.getMessage());
    }
    Map<String, Reporter> reporters = reporters(request.formats());
    checkRuleIds(request, rules);
    for (Path p : request.paths()) {
      if (!Files.exists(p)) {
        throw new ConfigException(p + ": no such file or directory");
      }
    }
    AnalysisConfig.Builder b = ConfigMapping.apply(cfg, AnalysisConfig.builder())
        .paths(request.paths()).root(request.root()).rules(List.copyOf(rules))
        .only(request.rules()).skip(request.skipRules()).exclude(request.excludes());
    Path baseline = request.baseline() != null ? request.baseline() : cfg.baseline();
    if (baseline != null) {
      try {
        b.baseline(Baseline.read(baseline));
      } catch (IOException e) {
        throw new ConfigException("baseline " + baseline + ": " + (e instanceof java.nio.file.NoSuchFileException
            ? "no such file (create it with lintel check --write-baseline)" : e.getMessage()));
      }
    }
    AnalysisResult result = Analysis.run(b.build());
    List<Path> written = write(result, reporters, request.outputDirectory());
    List<String> warnings = new ArrayList<>();
    return new Outcome(result, failOn, failOn.failing(result), written, warnings);
  }

  /** One finding as a build log line: {@code file:line:col RULE_ID message}. */
  public static String line(Finding f) {
    var r = f.location().range();
    return f.location().uri() + ":" + r.startLine() + ":" + r.startColumn() + " " + f.ruleId() + " " + f.message();
  }

  private static LintelConfig loadConfig(BuildRequest request) throws ConfigException {
    Path file = request.config();
    if (file != null && !Files.isRegularFile(file)) {
      throw new ConfigException(file + ": config names no file");
    }
    if (file == null) {
      file = ConfigLoader.find(request.paths().isEmpty() ? request.root() : request.paths().get(0));
    }
    return file == null ? LintelConfig.empty() : ConfigLoader.load(file);
  }

  private static Map<String, Reporter> reporters(List<String> formats) throws ConfigException {
    Map<String, Reporter> out = new LinkedHashMap<>();
    for (String format : formats) {
      try {
        out.put(format.toLowerCase(Locale.ROOT), Reporters.forFormat(format, ReportOptions.defaults()));
      } catch (IllegalArgumentException e) {
        throw new ConfigException("formats: " + e.getMessage());
      }
    }
    return out;
  }

  private static void checkRuleIds(BuildRequest request, List<? extends Rule> rules) throws ConfigException {
    RuleRegistry registry = new RuleRegistry(List.copyOf(rules));
    List<String> ids = new ArrayList<>(request.rules());
    ids.addAll(request.skipRules());
    for (String id : ids) {
      if (registry.find(id) == null) {
        throw new ConfigException("unknown rule id '" + id + "'");
      }
    }
  }

  private static List<Path> write(AnalysisResult result, Map<String, Reporter> reporters, Path dir) {
    List<Path> out = new ArrayList<>();
    try {
      if (!reporters.isEmpty()) {
        Files.createDirectories(dir);
      }
      for (Map.Entry<String, Reporter> e : reporters.entrySet()) {
        Path file = dir.resolve(FILE_NAMES.get(e.getKey()));
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
          e.getValue().write(result, w);
        }
        out.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Lintel report in " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }
}
