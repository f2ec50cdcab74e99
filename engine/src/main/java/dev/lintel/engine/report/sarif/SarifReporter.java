package dev.lintel.engine.report.sarif;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.engine.Version;
import dev.lintel.engine.report.ReportOptions;
import dev.lintel.engine.report.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers: one run, every finding (suppressed
 * ones carry {@code suppressions}), uris relative to {@code %SRCROOT%}. Output is
 * byte-identical for the same input: no timestamps, fixed key order. Above
 * {@value #MAX_RESULTS} findings the least severe are dropped and a notification says so.
 */
public final class SarifReporter implements Reporter {

  /** GitHub code scanning's limit of results per run. */
  public static final int MAX_RESULTS = 25_000;
  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String DEFAULT_CATEGORY = "lintel/";

  private final ReportOptions options;

  public SarifReporter(ReportOptions options) {
    this.options = options;
  }

  @Override
  public void write(AnalysisResult result, Writer out) throws IOException {
    SarifJson.writer().writeValue(out, log(result));
    out.write("\n");
    out.flush();
  }

  SarifSchema210 log(AnalysisResult result) {
    SarifRules rules = new SarifRules(result);
    SarifResults results = new SarifResults(rules);
    Map<Finding, String> fingerprints = uniqueFingerprints(result.findings());
    List<Finding> kept = mostSevere(result.findings());
    List<Result> sarifResults = new ArrayList<>(kept.size());
    kept.forEach(f -> sarifResults.add(results.result(f, fingerprints.get(f))));

    ToolComponent driver = new ToolComponent()
        .withName(Version.NAME)
        .withVersion(Version.version())
        .withSemanticVersion(Version.version())
        .withInformationUri(URI.create(Version.INFORMATION_URI))
        .withRules(rules.descriptors());
    driver.setLanguage(null);
    driver.setContents(null);
    driver.setIsComprehensive(null);

    Path root = result.root() == null ? Path.of("") : result.root();
    ArtifactLocation srcRoot = new ArtifactLocation().withUri(SarifUris.directoryUri(root));
    srcRoot.setIndex(null);
    String category = options.automationCategory() == null
        ? DEFAULT_CATEGORY : options.automationCategory();

    Run run = new Run()
        .withTool(new Tool().withDriver(driver))
        .withAutomationDetails(new RunAutomationDetails().withId(category))
        .withOriginalUriBaseIds(new OriginalUriBaseIds()
            .withAdditionalProperty(SarifResults.SRCROOT, srcRoot))
        .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
        .withInvocations(List.of(invocation(result.findings().size() - kept.size())))
        .withResults(sarifResults);
    run.setLanguage(null);
    run.setNewlineSequences(null);

    return new SarifSchema210()
        .with$schema(URI.create(SCHEMA_URI))
        .withVersion(SarifSchema210.Version._2_1_0)
        .withRuns(List.of(run));
  }

  private static Invocation invocation(int omitted) {
    Invocation invocation = new Invocation().withExecutionSuccessful(true);
    if (omitted > 0) {
      invocation.setToolExecutionNotifications(List.of(new Notification()
          .withLevel(Notification.Level.WARNING)
          .withMessage(new Message().withText(omitted
              + " results were omitted: GitHub accepts at most " + MAX_RESULTS + " per run"))));
    }
    return invocation;
  }

  /**
   * Each finding's {@code primaryLocationLineHash}: its fingerprint, followed by {@code :2},
   * {@code :3}, ... for the second and later findings of one rule with the same fingerprint (the
   * same text at the same template path, e.g. two identical fstab entries), in result order, so
   * GitHub never merges two results into one alert. Unique fingerprints are kept as they are,
   * equal to the JSON report's and the baseline's.
   */
  static Map<Finding, String> uniqueFingerprints(List<Finding> findings) {
    Map<Finding, String> out = new IdentityHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Finding f : findings) {
      if (f.fingerprint() != null) {
        int n = seen.merge(f.ruleId() + '\u0000' + f.fingerprint(), 1, Integer::sum);
        out.put(f, n == 1 ? f.fingerprint() : f.fingerprint() + ":" + n);
      }
    }
    return out;
  }

  /**
   * The {@value #MAX_RESULTS} most severe findings (ties keep result order), in result order;
   * all of them when there are not more.
   */
  static List<Finding> mostSevere(List<Finding> findings) {
    if (findings.size() <= MAX_RESULTS) {
      return findings;
    }
    boolean[] keep = new boolean[findings.size()];
    IntStream.range(0, findings.size()).boxed()
        .sorted(Comparator.comparingInt(i -> findings.get(i).level().ordinal()))
        .limit(MAX_RESULTS)
        .forEach(i -> keep[i] = true);
    return IntStream.range(0, findings.size()).filter(i -> keep[i])
        .mapToObj(findings::get).toList();
  }
}
