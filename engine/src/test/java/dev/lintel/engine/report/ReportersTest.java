package dev.lintel.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lintel.engine.report.github.GithubReporter;
import dev.lintel.engine.report.json.JsonReporter;
import dev.lintel.engine.report.junit.JunitReporter;
import dev.lintel.engine.report.sarif.SarifReporter;
import dev.lintel.engine.report.text.TextReporter;
import org.junit.jupiter.api.Test;

class ReportersTest {

  @Test
  void knownFormats() {
    ReportOptions options = ReportOptions.defaults();
    assertThat(Reporters.forFormat("text", options)).isInstanceOf(TextReporter.class);
    assertThat(Reporters.forFormat("JSON", options)).isInstanceOf(JsonReporter.class);
    assertThat(Reporters.forFormat("sarif", options)).isInstanceOf(SarifReporter.class);
    assertThat(Reporters.forFormat("junit", options)).isInstanceOf(JunitReporter.class);
    assertThat(Reporters.forFormat("GitHub", options)).isInstanceOf(GithubReporter.class);
  }

  @Test
  void unknownFormatNamesTheValidOnes() {
    assertThatThrownBy(() -> Reporters.forFormat("xml", ReportOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'xml'")
        .hasMessageContaining("text, json, sarif, junit, github");
  }
}
