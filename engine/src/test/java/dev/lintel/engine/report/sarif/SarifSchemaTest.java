package dev.lintel.engine.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.report.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifSchemaTest {

  @TempDir Path root;

  @Test
  void reportIsValidSarif() throws IOException {
    assertThat(SarifSchema.validate(SarifReporterTest.render(Fixtures.result(root), null)))
        .isEmpty();
  }

  @Test
  void emptyReportIsValidSarif() throws IOException {
    AnalysisResult empty = new AnalysisResult(root, List.of(), List.of(), 0);
    String sarif = SarifReporterTest.render(empty, null);
    assertThat(SarifSchema.validate(sarif)).isEmpty();
    assertThat(new ObjectMapper().readTree(sarif).at("/runs/0/results").isArray()).isTrue();
  }

  @Test
  void brokenReportFails() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode log = (ObjectNode) mapper.readTree(
        SarifReporterTest.render(Fixtures.result(root), null));
    ((ObjectNode) log.at("/runs/0/results/0/locations/0/physicalLocation/region"))
        .put("startLine", 0);
    List<String> errors = SarifSchema.validate(mapper.writeValueAsString(log));
    assertThat(errors).isNotEmpty().anyMatch(e -> e.contains("startLine"));
  }

  @Test
  void wrongVersionFails() {
    assertThat(SarifSchema.validate("{\"version\": \"1.0\", \"runs\": []}")).isNotEmpty();
  }
}
