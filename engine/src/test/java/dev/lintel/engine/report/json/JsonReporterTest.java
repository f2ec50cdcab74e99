package dev.lintel.engine.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Version;
import dev.lintel.engine.report.Fixtures;
import dev.lintel.engine.report.ReportOptions;
import dev.lintel.engine.report.Reporters;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReporterTest {

  @TempDir Path root;

  private String render(AnalysisResult result) throws IOException {
    StringWriter out = new StringWriter();
    Reporters.forFormat("json", ReportOptions.defaults()).write(result, out);
    return out.toString();
  }

  @Test
  void writesToolSummaryAndAllFindings() throws IOException {
    JsonNode json = new ObjectMapper().readTree(render(Fixtures.result(root)));
    assertThat(json.get("tool").get("name").asText()).isEqualTo(Version.NAME);
    assertThat(json.get("tool").get("version").asText()).isEqualTo(Version.version());
    JsonNode summary = json.get("summary");
    assertThat(summary.get("files").asInt()).isEqualTo(2);
    assertThat(summary.get("findings").asInt()).isEqualTo(4);
    assertThat(summary.get("errors").asInt()).isEqualTo(2);
    assertThat(summary.get("warnings").asInt()).isEqualTo(1);
    assertThat(summary.get("notes").asInt()).isEqualTo(1);
    assertThat(summary.get("suppressed").asInt()).isEqualTo(1);
    assertThat(json.get("findings")).hasSize(5);

    JsonNode first = json.get("findings").get(0);
    assertThat(iterable(first.fieldNames())).containsExactly("ruleId", "level", "message",
        "file", "startLine", "startColumn", "endLine", "endColumn", "logicalLocation",
        "fingerprint", "related");
    assertThat(first.get("file").asText()).isEqualTo(Fixtures.URI);
    assertThat(first.get("startColumn").asInt()).isEqualTo(10);
    assertThat(first.get("related").get(0).get("message").asText()).isEqualTo("name set here");
    assertThat(first.get("related").get(0).get("startLine").asInt()).isEqualTo(3);

    JsonNode suppressed = json.get("findings").get(3).get("suppressed");
    assertThat(suppressed.get("kind").asText()).isEqualTo("inSource");
    assertThat(suppressed.get("justification").asText()).isEqualTo("reviewed");
    assertThat(json.get("findings").get(2).has("logicalLocation")).isFalse();
    assertThat(json.get("findings").get(2).has("fingerprint")).isFalse();
  }

  @Test
  void isDeterministic() throws IOException {
    AnalysisResult result = Fixtures.result(root);
    assertThat(render(result)).isEqualTo(render(result)).doesNotContain("\r");
  }

  @Test
  void emptyResult() throws IOException {
    JsonNode json = new ObjectMapper().readTree(
        render(new AnalysisResult(root, List.of(), List.of(), 0)));
    assertThat(json.get("findings")).isEmpty();
    assertThat(json.get("summary").get("findings").asInt()).isZero();
  }

  private static <T> List<T> iterable(java.util.Iterator<T> it) {
    List<T> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
