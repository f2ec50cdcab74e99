package dev.lintel.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.rules.BuiltInRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every real template of {@code corpus/cfn-templates} is read as a template, parses without
 * PARSE_ERROR (they are all valid YAML/JSON) and is checked by every rule without an internal
 * error.
 */
class CfnTemplatesCorpusTest {

  @Test
  void everyTemplateLoadsAndChecksCleanly() {
    Path dir = Corpus.require("cfn-templates");
    AnalysisResult result = Analysis.run(AnalysisConfig.builder()
        .paths(List.of(dir)).root(dir).rules(BuiltInRules.all()).build());
    List<String> parseErrors = result.findings().stream()
        .filter(f -> f.ruleId().equals("PARSE_ERROR") || f.ruleId().equals("IO_ERROR"))
        .map(CfnTemplatesCorpusTest::describe)
        .toList();
    assertThat(result.internalErrors()).isEmpty();
    assertThat(parseErrors).isEmpty();
    // 296 of the 311 files are templates; the rest are buildspecs, Lambda test events, a k8s manifest
    assertThat(result.filesAnalyzed()).isGreaterThanOrEqualTo(290);
  }

  private static String describe(Finding f) {
    return f.location().uri() + ":" + f.location().range().startLine() + " " + f.ruleId() + " " + f.message();
  }
}
