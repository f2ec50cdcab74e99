package dev.lintel.rules.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.engine.Finding;
import dev.lintel.engine.Severity;
import dev.lintel.model.FileKind;
import dev.lintel.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Severity of the sub-cases and the {@code headers} option, which fixtures cannot express. */
class NginxAddHeaderRedefinitionRuleTest {

  private static final String ID = "NGINX_ADD_HEADER_REDEFINITION";
  private static final String CONF = """
      add_header X-Frame-Options DENY;
      add_header X-Trace on;
      location /a/ {
          add_header X-Foo foo;
      }
      server {
          add_header X-Trace on;
          location /b/ {
              add_header X-Bar bar;
          }
      }
      """;

  @TempDir
  Path dir;

  @Test
  void securityHeaderIsAWarningOtherHeadersANote() throws IOException {
    List<Finding> findings = run(Map.of());
    assertThat(findings).extracting(f -> f.location().range().startLine()).containsExactly(4, 7, 9);
    assertThat(findings).extracting(Finding::level)
        .containsExactly(Severity.WARNING, Severity.WARNING, Severity.NOTE);
  }

  @Test
  void headersOptionLimitsTheCheck() throws IOException {
    List<Finding> findings = run(Map.of("headers", List.of("X-Trace")));
    assertThat(findings).extracting(f -> f.location().range().startLine()).containsExactly(4, 9);
    assertThat(findings).extracting(Finding::level).containsOnly(Severity.WARNING);
    assertThat(findings.get(1).message()).contains("X-Trace").doesNotContain("X-Frame-Options");
  }

  private List<Finding> run(Map<String, Object> options) throws IOException {
    Path conf = dir.resolve("site.conf");
    Files.writeString(conf, CONF);
    AnalysisConfig.Builder config = AnalysisConfig.builder().paths(List.of(conf)).root(dir)
        .rules(BuiltInRules.all()).only(List.of(ID)).type("site.conf", FileKind.NGINX).jobs(1);
    if (!options.isEmpty()) {
      config.ruleOptions(ID, options);
    }
    return Analysis.run(config.build()).findings().stream().filter(f -> f.ruleId().equals(ID)).toList();
  }
}
