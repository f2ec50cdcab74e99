package dev.lintel.model.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.yaml.YamlTreeParser;
import org.junit.jupiter.api.Test;

class SamGlobalsTest {

  private static CfnTemplate yaml(String text) {
    Node root = YamlTreeParser.parse(text, ParseLimits.DEFAULT).value().get(0);
    return CfnTemplate.of(root, 64);
  }

  private static final String TEMPLATE = "Transform: AWS::Serverless-2016-10-31\n"
      + "Globals:\n"
      + "  Function:\n"
      + "    Runtime: python3.12\n"
      + "    Timeout: 10\n"
      + "    Layers: [arn:layer:a]\n"
      + "    Environment:\n"
      + "      Variables:\n"
      + "        STAGE: prod\n"
      + "        TABLE: t\n"
      + "Resources:\n"
      + "  Fn:\n"
      + "    Type: AWS::Serverless::Function\n"
      + "    Properties:\n"
      + "      Timeout: 30\n"
      + "      Layers: [arn:layer:b]\n"
      + "      Environment:\n"
      + "        Variables:\n"
      + "          TABLE: own\n"
      + "  Bare:\n"
      + "    Type: AWS::Serverless::Function\n"
      + "  Ignoring:\n"
      + "    Type: AWS::Serverless::Function\n"
      + "    IgnoreGlobals: [Runtime]\n"
      + "    Properties:\n"
      + "      Handler: app.handler\n"
      + "  Plain:\n"
      + "    Type: AWS::Lambda::Function\n"
      + "    Properties:\n"
      + "      Timeout: 3\n";

  @Test
  void scalarsOverrideListsAppendMapsMerge() {
    CfnTemplate t = yaml(TEMPLATE);
    CfnResource fn = t.resource("Fn");
    assertThat(fn.effectiveProperty("Timeout").text()).isEqualTo("30");
    assertThat(fn.fromGlobals(fn.effectiveProperty("Timeout"))).isFalse();
    Node runtime = fn.effectiveProperty("Runtime");
    assertThat(runtime.text()).isEqualTo("python3.12");
    assertThat(fn.fromGlobals(runtime)).isTrue();
    assertThat(runtime.range().startLine()).isEqualTo(4);
    SequenceNode layers = fn.effectiveProperty("Layers").asSequence();
    assertThat(layers.items()).extracting(Node::text).containsExactly("arn:layer:a", "arn:layer:b");
    MappingNode vars = fn.effectiveProperty("Environment").asMapping().mapping("Variables");
    assertThat(vars.keys()).containsExactly("STAGE", "TABLE");
    assertThat(vars.string("TABLE")).isEqualTo("own");
    assertThat(fn.fromGlobals(vars.get("STAGE"))).isTrue();
    assertThat(fn.fromGlobals(vars.get("TABLE"))).isFalse();
    assertThat(fn.property("Runtime")).isNull();
  }

  @Test
  void resourcesWithoutPropertiesTakeGlobalsAndIgnoreGlobalsIsHonoured() {
    CfnTemplate t = yaml(TEMPLATE);
    assertThat(t.resource("Bare").effectiveProperty("Runtime").text()).isEqualTo("python3.12");
    CfnResource ignoring = t.resource("Ignoring");
    assertThat(ignoring.effectiveProperty("Runtime")).isNull();
    assertThat(ignoring.effectiveProperty("Timeout").text()).isEqualTo("10");
    CfnResource plain = t.resource("Plain");
    assertThat(plain.effectiveProperties()).isSameAs(plain.properties());
    assertThat(plain.effectiveProperty("Runtime")).isNull();
  }
}
