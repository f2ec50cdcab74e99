package dev.lintel.rules.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.engine.Finding;
import dev.lintel.model.FileKind;
import dev.lintel.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first function's role as related location, which fixtures cannot express. */
class LambdaRoleSharedRuleTest {

  private static final String ID = "LAMBDA_ROLE_SHARED";
  private static final String TEMPLATE = """
      AWSTemplateFormatVersion: "2010-09-09"
      Resources:
        First:
          Type: AWS::Lambda::Function
          Properties:
            Role: arn:aws:iam::111122223333:role/shared
        Second:
          Type: AWS::Lambda::Function
          Properties:
            Role: arn:aws:iam::111122223333:role/shared
        Third:
          Type: AWS::Lambda::Function
          Properties:
            Role: arn:aws:iam::111122223333:role/shared
      """;

  @TempDir
  Path dir;

  @Test
  void eachLaterFunctionPointsAtTheFirstFunctionsRole() throws IOException {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, TEMPLATE);
    AnalysisConfig config = AnalysisConfig.builder().paths(List.of(template)).root(dir).rules(BuiltInRules.all())
        .only(List.of(ID)).type("template.yaml", FileKind.CLOUDFORMATION).jobs(1).build();
    List<Finding> findings = Analysis.run(config).findings().stream().filter(f -> f.ruleId().equals(ID)).toList();

    assertThat(findings).extracting(f -> f.location().range().startLine()).containsExactly(10, 14);
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.related()).hasSize(1);
      assertThat(f.related().get(0).location().range().startLine()).isEqualTo(6);
      assertThat(f.related().get(0).message()).isEqualTo("role of First");
    });
  }
}
