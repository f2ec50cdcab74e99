package dev.lintel.engine.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.engine.Location;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Version;
import dev.lintel.engine.report.Fixtures;
import dev.lintel.engine.report.ReportOptions;
import dev.lintel.engine.report.Reporters;
import dev.lintel.model.TextRange;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReporterTest {

  @TempDir Path root;
  private AnalysisResult result;

  @BeforeEach
  void setUp() throws IOException {
    result = Fixtures.result(root);
  }

  static String render(AnalysisResult result, String category) throws IOException {
    StringWriter out = new StringWriter();
    Reporters.forFormat("sarif", new ReportOptions(false, false, category)).write(result, out);
    return out.toString();
  }

  private static JsonNode run(String sarif) throws IOException {
    JsonNode log = new ObjectMapper().readTree(sarif);
    assertThat(log.get("runs")).hasSize(1);
    return log.get("runs").get(0);
  }

  @Test
  void headerToolAndRun() throws IOException {
    JsonNode log = new ObjectMapper().readTree(render(result, null));
    assertThat(log.get("$schema").asText())
        .isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = log.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("Lintel");
    assertThat(driver.get("version").asText()).isEqualTo(Version.version());
    assertThat(driver.get("semanticVersion").asText()).isEqualTo(Version.version());
    assertThat(driver.get("informationUri").asText()).isEqualTo(Version.INFORMATION_URI);
    assertThat(run.get("automationDetails").get("id").asText()).isEqualTo("lintel/");
    assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
    String srcRoot = run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText();
    assertThat(srcRoot).startsWith("file:/").endsWith("/");
    assertThat(Path.of(java.net.URI.create(srcRoot))).isEqualTo(root.toAbsolutePath());
    assertThat(run.get("invocations")).hasSize(1);
    assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isTrue();
    assertThat(run.get("invocations").get(0).has("toolExecutionNotifications")).isFalse();
    assertThat(run.has("language")).isFalse();
  }

  @Test
  void automationCategoryFromOptions() throws IOException {
    assertThat(run(render(result, "lintel/templates/")).get("automationDetails").get("id")
        .asText()).isEqualTo("lintel/templates/");
  }

  @Test
  void rulesAreDistinctInOrderWithMetadata() throws IOException {
    JsonNode rules = run(render(result, null)).get("tool").get("driver").get("rules");
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids).containsExactly("S3_BUCKET_ACL_PUBLIC_READ", "NET_NO_LOGGING", "PARSE_ERROR");

    JsonNode acl = rules.get(0);
    assertThat(acl.get("name").asText()).isEqualTo("S3BucketAclPublicRead");
    assertThat(acl.get("shortDescription").get("text").asText())
        .isEqualTo("S3 bucket ACL grants public read");
    assertThat(acl.get("fullDescription").get("text").asText())
        .isEqualTo("A **public** bucket leaks `data`.");
    assertThat(acl.get("help").get("markdown").asText()).isEqualTo(Fixtures.ACL.docMarkdown());
    assertThat(acl.get("help").get("text").asText()).isEqualTo("S3_BUCKET_ACL_PUBLIC_READ\n\n"
        + "A public bucket leaks data.\n\nHow to fix\n\nSee the docs (https://example.com/acl).");
    assertThat(acl.get("helpUri").asText()).isEqualTo("https://docs.aws.amazon.com/s3/acl");
    assertThat(acl.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
    JsonNode props = acl.get("properties");
    assertThat(props.get("tags").get(0).asText()).isEqualTo("security");
    assertThat(props.get("security-severity").isTextual()).isTrue();
    assertThat(props.get("security-severity").asText()).isEqualTo("8.0");
    assertThat(props.get("precision").asText()).isEqualTo("high");

    JsonNode logging = rules.get(1);
    assertThat(logging.get("name").asText()).isEqualTo("NetNoLogging");
    assertThat(logging.get("properties").has("security-severity")).isFalse();
    assertThat(logging.get("defaultConfiguration").get("level").asText()).isEqualTo("warning");
    assertThat(logging.get("help").get("text").asText()).isEqualTo("Access logging is off");
    assertThat(logging.get("help").get("markdown").asText()).isEqualTo("Access logging is off");
    assertThat(logging.get("helpUri").asText())
        .isEqualTo(Version.INFORMATION_URI + "/blob/main/docs/rules/NET_NO_LOGGING.md");
  }

  @Test
  void resultsCarryIndexesLocationsFingerprintsAndSuppressions() throws IOException {
    JsonNode run = run(render(result, null));
    JsonNode rules = run.get("tool").get("driver").get("rules");
    JsonNode results = run.get("results");
    assertThat(results).hasSize(5);
    for (JsonNode r : results) {
      assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(r.get("ruleId").asText());
    }
    JsonNode first = results.get(0);
    assertThat(first.get("level").asText()).isEqualTo("error");
    assertThat(first.get("message").get("text").asText()).isEqualTo("Bucket is public");
    JsonNode loc = first.get("locations").get(0);
    JsonNode artifact = loc.get("physicalLocation").get("artifactLocation");
    assertThat(artifact.get("uri").asText()).isEqualTo("templates/my%20bucket.yaml");
    assertThat(artifact.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    JsonNode region = loc.get("physicalLocation").get("region");
    assertThat(region.get("startLine").asInt()).isEqualTo(2);
    assertThat(region.get("startColumn").asInt()).isEqualTo(10);
    assertThat(region.get("endLine").asInt()).isEqualTo(2);
    assertThat(region.get("endColumn").asInt()).isEqualTo(21);
    assertThat(loc.has("id")).isFalse();
    assertThat(loc.get("logicalLocations").get(0).get("fullyQualifiedName").asText())
        .isEqualTo("Resources.Bucket");
    assertThat(loc.get("logicalLocations").get(0).get("kind").asText()).isEqualTo("member");
    assertThat(first.get("partialFingerprints").get("primaryLocationLineHash").asText())
        .isEqualTo("fp1");
    JsonNode related = first.get("relatedLocations").get(0);
    assertThat(related.get("id").asInt()).isEqualTo(1);
    assertThat(related.get("message").get("text").asText()).isEqualTo("name set here");
    assertThat(first.has("suppressions")).isFalse();

    assertThat(results.get(1).get("level").asText()).isEqualTo("warning");
    assertThat(results.get(1).get("locations").get(0).has("logicalLocations")).isFalse();
    assertThat(results.get(2).has("partialFingerprints")).isFalse();

    JsonNode suppression = results.get(3).get("suppressions").get(0);
    assertThat(suppression.get("kind").asText()).isEqualTo("inSource");
    assertThat(suppression.get("justification").asText()).isEqualTo("reviewed");
  }

  @Test
  void regionsAreNeverZero() throws IOException {
    for (JsonNode r : run(render(result, null)).get("results")) {
      r.findValues("region").forEach(region -> region.properties().forEach(
          e -> assertThat(e.getValue().asInt()).as(e.getKey()).isPositive()));
    }
    assertThat(render(result, null)).doesNotContain(": -1");
  }

  @Test
  void isByteDeterministic() throws IOException {
    assertThat(render(result, null)).isEqualTo(render(Fixtures.result(root), null))
        .doesNotContain("\r").doesNotContain("Time");
  }

  @Test
  void keepsTheMostSevereWhenOverGitHubsLimit() throws IOException {
    Location loc = new Location(root.resolve("a.yaml"), "a.yaml", TextRange.point(1, 1));
    List<Finding> findings = new ArrayList<>();
    findings.add(new Finding(Fixtures.LOGGING, Severity.NOTE, "least", loc, List.of(), null,
        null, null));
    for (int i = 0; i < SarifReporter.MAX_RESULTS; i++) {
      findings.add(new Finding(Fixtures.LOGGING, i == 0 ? Severity.ERROR : Severity.WARNING,
          "w" + i, loc, List.of(), null, null, null));
    }
    AnalysisResult big = new AnalysisResult(root, findings, List.of(Fixtures.LOGGING), 1);
    JsonNode run = run(render(big, null));
    JsonNode results = run.get("results");
    assertThat(results).hasSize(SarifReporter.MAX_RESULTS);
    assertThat(results.get(0).get("message").get("text").asText()).isEqualTo("w0");
    var messages = new HashSet<String>();
    results.forEach(r -> messages.add(r.get("message").get("text").asText()));
    assertThat(messages).doesNotContain("least");
    JsonNode invocation = run.get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
    JsonNode note = invocation.get("toolExecutionNotifications").get(0);
    assertThat(note.get("level").asText()).isEqualTo("warning");
    assertThat(note.get("message").get("text").asText())
        .isEqualTo("1 results were omitted: GitHub accepts at most 25000 per run");
  }

  @Test
  void repeatedFingerprintsGetAnOccurrenceSuffix() throws IOException {
    Location a = new Location(root.resolve("a.fstab"), "a.fstab", TextRange.point(1, 1));
    Location b = new Location(root.resolve("a.fstab"), "a.fstab", TextRange.point(3, 1));
    Location c = new Location(root.resolve("a.fstab"), "a.fstab", TextRange.point(5, 1));
    List<Finding> findings = List.of(
        new Finding(Fixtures.LOGGING, Severity.WARNING, "same", a, List.of(), null, "abc", null),
        new Finding(Fixtures.LOGGING, Severity.WARNING, "same", b, List.of(), null, "abc", null),
        new Finding(Fixtures.ACL, Severity.WARNING, "other rule", b, List.of(), null, "abc", null),
        new Finding(Fixtures.LOGGING, Severity.WARNING, "same", c, List.of(), null, "abc", null));
    JsonNode results = run(render(new AnalysisResult(root, findings, List.of(Fixtures.LOGGING, Fixtures.ACL), 1),
        null)).get("results");
    List<String> hashes = new ArrayList<>();
    results.forEach(r -> hashes.add(r.get("partialFingerprints").get("primaryLocationLineHash").asText()));
    assertThat(hashes).containsExactly("abc", "abc:2", "abc", "abc:3");
  }

  @Test
  void percentEncodesUriReferences() {
    assertThat(SarifUris.encodePath("a b/ü#1%.yaml")).isEqualTo("a%20b/%C3%BC%231%25.yaml");
    assertThat(SarifUris.encodePath("c:x/y")).isEqualTo("c%3Ax/y");
  }
}
