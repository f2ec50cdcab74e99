package dev.lintel.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.engine.Location;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Suppression;
import dev.lintel.engine.report.Fixtures;
import dev.lintel.model.TextRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

  @TempDir
  Path dir;

  @Test
  void recordsActiveFindingsOnlyAndRoundTrips() throws IOException {
    AnalysisResult result = Fixtures.result(dir);
    Baseline b = Baseline.of(result.findings());
    assertThat(b.entries()).extracting(Baseline.Entry::fingerprint)
        .as("no suppressed finding, no finding without a fingerprint")
        .containsExactly("fp5", "fp2", "fp1");
    Path file = dir.resolve("base/line.json");
    b.write(file);
    assertThat(Files.readString(file)).startsWith("{\n  \"version\": 1,").contains("\"ruleId\": \"NET_NO_LOGGING\"")
        .doesNotContain("\"line\"");
    assertThat(Baseline.read(file).entries()).isEqualTo(b.entries());
  }

  @Test
  void applySuppressesRecordedFindingsAndKeepsNewOnes() throws IOException {
    AnalysisResult result = Fixtures.result(dir);
    Baseline b = Baseline.of(result.findings().subList(0, 2));
    List<Finding> applied = b.apply(result.findings());
    assertThat(applied.get(0).suppression()).isEqualTo(new Suppression(Suppression.EXTERNAL, "in baseline", null));
    assertThat(Baseline.isBaselineSuppression(applied.get(1).suppression())).isTrue();
    assertThat(applied.get(2).isSuppressed()).isFalse();
    assertThat(applied.get(3).suppression().kind()).isEqualTo(Suppression.IN_SOURCE);
    assertThat(applied.get(4).isSuppressed()).isFalse();
  }

  @Test
  void anEntryMatchesOneFindingOnly() throws IOException {
    Finding f = Fixtures.result(dir).findings().get(0);
    Finding moved = new Finding(f.rule(), Severity.ERROR, f.message(),
        new Location(f.location().file(), f.location().uri(), new TextRange(9, 1, 9, 4)), List.of(),
        f.logicalLocation(), f.fingerprint(), null);
    Baseline b = Baseline.of(List.of(f));
    List<Finding> applied = b.apply(List.of(moved, f));
    assertThat(applied.get(0).isSuppressed()).as("matched by fingerprint, not line").isTrue();
    assertThat(applied.get(1).isSuppressed()).as("the one entry is used up").isFalse();
  }

  @Test
  void rewritingKeepsWhatAnEarlierBaselineAccepted() throws IOException {
    List<Finding> findings = Fixtures.result(dir).findings();
    List<Finding> applied = Baseline.of(findings.subList(0, 1)).apply(findings);
    assertThat(Baseline.of(applied).entries()).isEqualTo(Baseline.of(findings).entries());
  }

  @Test
  void readRejectsOtherFiles() throws IOException {
    Path notJson = Files.writeString(dir.resolve("a.json"), "{oops");
    Path noList = Files.writeString(dir.resolve("b.json"), "{\"version\": 1}");
    Path badEntry = Files.writeString(dir.resolve("c.json"), "{\"findings\": [{\"ruleId\": \"X\"}]}");
    assertThatThrownBy(() -> Baseline.read(notJson)).hasMessageContaining("a.json: not a Lintel baseline");
    assertThatThrownBy(() -> Baseline.read(noList)).hasMessageContaining("no \"findings\" array");
    assertThatThrownBy(() -> Baseline.read(badEntry)).hasMessageContaining("entry 1 needs ruleId, uri and fingerprint");
    List<Finding> none = new ArrayList<>();
    assertThat(Baseline.of(none).entries()).isEmpty();
  }
}
