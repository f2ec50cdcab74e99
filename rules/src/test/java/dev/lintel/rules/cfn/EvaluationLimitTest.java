package dev.lintel.rules.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value over the combination cap is unknown to rules and reported once as INPUT_LIMIT_EXCEEDED. */
class EvaluationLimitTest {

  @TempDir
  Path dir;

  @Test
  void combinationCapIsReportedOncePerValue() throws IOException {
    StringBuilder params = new StringBuilder();
    StringBuilder sub = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      params.append("  P").append(i).append(": {Type: String, AllowedValues: [a, b, c]}\n");
      sub.append("${P").append(i).append('}');
    }
    Files.writeString(dir.resolve("t.yaml"), """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
        %sResources:
          G:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: !Sub "%s"
              SecurityGroupIngress:
                - IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                  CidrIp: !Sub "%s0.0.0.0/0"
        """.formatted(params, sub, sub));
    AnalysisResult result = Analysis.run(AnalysisConfig.builder()
        .paths(List.of(dir)).root(dir).rules(BuiltInRules.all()).jobs(1).build());
    List<Finding> limits = result.findings().stream()
        .filter(f -> f.ruleId().equals("INPUT_LIMIT_EXCEEDED")).toList();
    // each capped value that a rule asked for is reported exactly once, at the value
    assertThat(limits).extracting(f -> f.location().range()).doesNotHaveDuplicates();
    assertThat(limits).filteredOn(f -> f.location().range().startLine() == 16).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("more than 64 possible combinations"));
    // the capped CidrIp is unknown, so no rule that reads it may report it
    assertThat(result.findings()).noneMatch(f -> f.ruleId().startsWith("NET_SG_INGRESS"));
  }
}
