package dev.lintel.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.report.ReportOptions;
import dev.lintel.engine.report.sarif.SarifReporter;
import dev.lintel.engine.report.sarif.SarifSchema;
import dev.lintel.rules.BuiltInRules;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SARIF of real scans validates against the SARIF 2.1.0 schema and meets GitHub's needs. */
class SarifSchemaTest {

  static String sarifOf(Path dir) throws Exception {
    AnalysisResult result = Analysis.run(AnalysisConfig.builder()
        .paths(List.of(dir)).root(dir).rules(BuiltInRules.all()).build());
    StringWriter out = new StringWriter();
    new SarifReporter(ReportOptions.defaults()).write(result, out);
    return out.toString();
  }

  @Test
  void examplesSarifIsValidAndComplete() throws Exception {
    String sarif = sarifOf(Corpus.examples());
    assertThat(SarifSchema.validate(sarif)).isEmpty();
    JsonNode run = new ObjectMapper().readTree(sarif).path("runs").get(0);
    JsonNode results = run.path("results");
    assertThat(results.size()).isPositive();
    Set<String> ruleIds = new HashSet<>();
    for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
      assertThat(ruleIds.add(rule.path("id").asText())).as("rule listed once").isTrue();
      assertThat(rule.path("help").path("markdown").asText()).isNotBlank();
    }
    for (JsonNode r : results) {
      JsonNode loc = r.path("locations").get(0).path("physicalLocation");
      assertThat(loc.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
      assertThat(loc.path("artifactLocation").path("uri").asText()).doesNotStartWith("/");
      for (String k : List.of("startLine", "startColumn", "endLine", "endColumn")) {
        assertThat(loc.path("region").path(k).asInt()).as(k).isPositive();
      }
      assertThat(r.path("partialFingerprints").path("primaryLocationLineHash").asText()).isNotBlank();
      assertThat(ruleIds).contains(r.path("ruleId").asText());
    }
  }

  @Test
  void templateFindingsCarryTheResourceAsLogicalLocation() throws Exception {
    JsonNode results = new ObjectMapper().readTree(sarifOf(Corpus.examples())).path("runs").get(0).path("results");
    boolean found = false;
    for (JsonNode r : results) {
      String uri = r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
      if (uri.startsWith("cloudformation/") && !r.path("ruleId").asText().startsWith("PARSE")) {
        String fqn = r.path("locations").get(0).path("logicalLocations").get(0).path("fullyQualifiedName").asText();
        assertThat(fqn).startsWith("Resources.");
        found = true;
      }
    }
    assertThat(found).as("examples have template findings").isTrue();
  }

  @Test
  void cfnCorpusSarifIsValid() throws Exception {
    Path dir = Corpus.require("cfn-templates");
    assertThat(SarifSchema.validate(sarifOf(dir))).isEmpty();
  }
}
