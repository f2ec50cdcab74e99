package dev.lintel.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.engine.Severity;
import dev.lintel.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Template rules against real templates: cfn-lint's {@code templates/good} must give no
 * error-level CFN_/SAM_ finding, and every such finding on {@code corpus/cfn-templates} must be
 * a reviewed real defect, listed (with why) in the {@code cfn-structure} section of
 * {@code docs/accuracy.md}.
 */
class CfnLintGoodTemplatesTest {

  /**
   * cfn-lint good/ templates with defects CloudFormation rejects or that fail to deploy (they are
   * fixtures for other cfn-lint checks, not deployable templates): file → why Lintel's finding is
   * right.
   */
  private static final Map<String, String> GOOD_EXCEPTIONS = Map.ofEntries(
      Map.entry("core/config_cfn_lint.json", "empty `Resources`: CloudFormation requires at least one resource"),
      Map.entry("core/config_cfn_lint.yaml", "empty `Resources`: CloudFormation requires at least one resource"),
      Map.entry("core/config_only_i1002.yaml", "empty `Resources`: CloudFormation requires at least one resource"),
      Map.entry("core/config_only_i1003.yaml", "empty `Resources`: CloudFormation requires at least one resource"),
      Map.entry("core/config_parameters.yaml", "empty `Resources`: CloudFormation requires at least one resource"),
      Map.entry("mappings/name.yaml", "empty `Resources`: CloudFormation requires at least one resource"),
      Map.entry("parameters/default.yaml", "empty `Resources`: CloudFormation requires at least one resource"),
      Map.entry("custom/is-defined.yaml", "misspelled section `Parameter`, so `Ref NodeEnv` names nothing declared;"
          + " the Lambda environment variable `NODE_ENV` is given as a list and as a mapping (values must be strings)"),
      Map.entry("functions/sub_needed.yaml", "`Ref GreetingResource`/`Ref GreetingApi` and"
          + " `!GetAtt GreetingLambda` name resources the template lacks"),
      Map.entry("functions/sub.yaml", "`ProductName` and `ProvisioningArtifactName` on an"
          + " `AWS::CloudFormation::Stack`: they belong to `AWS::ServiceCatalog::CloudFormationProvisionedProduct`"),
      Map.entry("functions/relationship_conditions.yaml", "the required `Role` of an `AWS::Lambda::Function` is"
          + " removed by `AWS::NoValue` when `isPrimary` is false (RULES.md CFN_PROPERTY_REQUIRED_MISSING)"));

  /** Error findings on cfn-templates judged real defects: "uri:line RULE_ID" → why. */
  private static final Map<String, String> REAL = new java.util.TreeMap<>(Map.of());

  @Test
  void goodTemplatesHaveNoTemplateErrors() {
    Path dir = Corpus.require("cfn-lint").resolve("templates/good");
    List<String> errors = templateErrors(dir).stream()
        .filter(e -> !GOOD_EXCEPTIONS.containsKey(e.substring(0, e.indexOf(':'))))
        .toList();
    assertThat(errors).as("error-level CFN_/SAM_ findings on cfn-lint good templates").isEmpty();
  }

  @Test
  void realTemplatesHaveOnlyReviewedTemplateErrors() throws IOException {
    Path dir = Corpus.require("cfn-templates");
    List<String> errors = templateErrors(dir);
    Set<String> unreviewed = new TreeSet<>();
    for (String e : errors) {
      if (!REAL.containsKey(e.substring(0, e.indexOf(' ', e.indexOf(' ') + 1)))) {
        unreviewed.add(e);
      }
    }
    StringBuilder md = new StringBuilder("## cfn-structure\n\n")
        .append("Error-level `CFN_`/`SAM_` findings on the real templates of `corpus/cfn-templates`, each reviewed")
        .append(" as a real defect. Templates that are preprocessor input (Rain directives, macro transforms)")
        .append(" are not checked by the structure rules.\n\n");
    if (REAL.isEmpty()) {
      md.append("None.\n");
    } else {
      md.append("| finding | why it is real |\n|---|---|\n");
      REAL.forEach((k, why) -> md.append("| `").append(k).append("` | ").append(why).append(" |\n"));
    }
    md.append("\ncfn-lint `templates/good` gives no error-level `CFN_`/`SAM_` finding except on these fixtures,")
        .append(" which CloudFormation itself rejects:\n\n| template | why the finding is right |\n|---|---|\n");
    new TreeMap<>(GOOD_EXCEPTIONS).forEach((k, why) -> md.append("| `").append(k).append("` | ").append(why)
        .append(" |\n"));
    AccuracyReport.writeSection("cfn-structure", md.toString());
    assertThat(unreviewed).as("unreviewed error-level CFN_/SAM_ findings on cfn-templates").isEmpty();
  }

  private static List<String> templateErrors(Path dir) {
    AnalysisResult result = Analysis.run(AnalysisConfig.builder()
        .paths(List.of(dir)).root(dir).rules(BuiltInRules.all()).build());
    assertThat(result.internalErrors()).isEmpty();
    return result.findings().stream()
        .filter(f -> f.ruleId().startsWith("CFN_") || f.ruleId().startsWith("SAM_"))
        .filter(f -> f.level() == Severity.ERROR)
        .map(CfnLintGoodTemplatesTest::describe)
        .sorted()
        .toList();
  }

  private static String describe(Finding f) {
    return f.location().uri() + ":" + f.location().range().startLine() + " " + f.ruleId() + " " + f.message();
  }
}
