package dev.lintel.model.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.parse.ParseLimits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static final String HEAD = """
      AWSTemplateFormatVersion: "2010-09-09"
      Parameters:
        Env:
          Type: String
          AllowedValues: [dev, prod]
        Size:
          Type: String
          Default: small
        Free:
          Type: String
        Subnets:
          Type: CommaDelimitedList
          Default: "subnet-a, subnet-b"
        Secret:
          Type: AWS::SSM::Parameter::Value<String>
          Default: /app/secret
        Opt:
          Type: String
          AllowedValues: ["", "x"]
      Mappings:
        RegionMap:
          us-east-1: {Ami: ami-1, Zone: a}
          eu-west-1: {Ami: ami-2}
        EnvMap:
          dev: {Cidr: 10.1.0.0/16}
          prod: {Cidr: 10.2.0.0/16}
      Conditions:
        IsProd: !Equals [!Ref Env, prod]
        IsDev: !Not [!Condition IsProd]
        IsSmall: !Equals [!Ref Size, small]
        IsBig: !Equals [big, !Ref Size]
        SmallAndProd: !And [!Condition IsSmall, !Condition IsProd]
        SmallOrProd: !Or [!Condition IsSmall, !Condition IsProd]
        HasOpt: !Not [!Equals [!Ref Opt, ""]]
        Loop1: !Condition Loop2
        Loop2: !Condition Loop1
        LongForm: {"Fn::Not": [{"Condition": "IsBig"}]}
      Resources:
        R:
          Type: AWS::SNS::Topic
          Properties:
            V: %s
      """;

  private static List<Candidate> eval(String value) {
    return eval(value, 64, Evaluator.PseudoValues.DEFAULT);
  }

  private static List<Candidate> eval(String value, int max, Evaluator.PseudoValues pseudo) {
    return template(value, max, pseudo).resource("R").values("V");
  }

  private static CfnTemplate template(String value, int max, Evaluator.PseudoValues pseudo) {
    List<Node> docs = dev.lintel.parse.yaml.YamlTreeParser.parse(HEAD.formatted(value), ParseLimits.DEFAULT).value();
    return CfnTemplate.of(docs.get(0), max, pseudo);
  }

  /** Each candidate as text (or ? for unknown, - for absent) with its origin. */
  private static List<String> show(List<Candidate> cs) {
    List<String> out = new ArrayList<>();
    for (Candidate c : cs) {
      String v = c.absent() ? "-" : !c.known() ? "?" + (c.text() == null ? "" : c.text())
          : c.value() instanceof SequenceNode seq ? seq.items().stream().map(Node::text).toList().toString()
          : c.text();
      out.add(c.origin() == null ? v : v + " | " + c.origin());
    }
    return out;
  }

  @Test
  void literalsAndDynamicReferences() {
    assertThat(show(eval("hello"))).containsExactly("hello");
    assertThat(show(eval("\"pre-{{resolve:ssm:/a/b}}-post\""))).containsExactly("?pre-${?}-post");
  }

  @Test
  void refToParameters() {
    assertThat(show(eval("!Ref Env"))).containsExactly("dev | when parameter Env is 'dev'",
        "prod | when parameter Env is 'prod'");
    assertThat(show(eval("!Ref Size"))).containsExactly("small | with parameter Size at its default 'small'");
    assertThat(show(eval("!Ref Free"))).containsExactly("?${Free}");
    assertThat(show(eval("!Ref Secret"))).containsExactly("?${Secret}");
    assertThat(show(eval("!Ref Subnets")))
        .containsExactly("[subnet-a, subnet-b] | with parameter Subnets at its default 'subnet-a, subnet-b'");
    assertThat(show(eval("!Ref R"))).containsExactly("?${R}");
  }

  @Test
  void pseudoParameters() {
    assertThat(show(eval("!Ref AWS::Partition"))).containsExactly("aws");
    assertThat(show(eval("!Ref AWS::URLSuffix"))).containsExactly("amazonaws.com");
    assertThat(show(eval("!Ref AWS::Region"))).containsExactly("?${AWS::Region}");
    assertThat(show(eval("!Ref AWS::AccountId"))).containsExactly("?${AWS::AccountId}");
    assertThat(show(eval("!Ref AWS::StackName"))).containsExactly("?${AWS::StackName}");
    assertThat(show(eval("!Ref AWS::NotificationARNs"))).containsExactly("?${AWS::NotificationARNs}");
    assertThat(show(eval("!Ref AWS::NoValue"))).containsExactly("-");
    Evaluator.PseudoValues china = new Evaluator.PseudoValues("aws-cn", "cn-north-1", "123456789012");
    assertThat(show(eval("!Sub '${AWS::Partition}:${AWS::Region}:${AWS::AccountId}:${AWS::URLSuffix}'", 64, china)))
        .containsExactly("aws-cn:cn-north-1:123456789012:amazonaws.com.cn");
  }

  @Test
  void getAttImportValueAndGetAzsAreUnknown() {
    assertThat(show(eval("!GetAtt R.Arn"))).containsExactly("?");
    assertThat(show(eval("!ImportValue shared"))).containsExactly("?");
    assertThat(show(eval("!GetAZs ''"))).containsExactly("?");
    assertThat(show(eval("!Cidr [10.0.0.0/16, 2, 8]"))).containsExactly("?");
  }

  @Test
  void subStringAndListForms() {
    assertThat(show(eval("!Sub 'arn:${AWS::Partition}:s3:::${Size}/*'")))
        .containsExactly("arn:aws:s3:::small/* | with parameter Size at its default 'small'");
    assertThat(show(eval("!Sub ['${A}-${B}', {A: one, B: !Ref Env}]"))).containsExactly(
        "one-dev | when parameter Env is 'dev'", "one-prod | when parameter Env is 'prod'");
    assertThat(show(eval("!Sub 'a-${!Literal}-b'"))).containsExactly("a-${Literal}-b");
    assertThat(show(eval("!Sub 'arn:aws:sqs:${AWS::Region}:${R.Arn}:q'")))
        .containsExactly("?arn:aws:sqs:${AWS::Region}:${R.Arn}:q");
    assertThat(show(eval("!Sub '${Env}-${Env}'"))).containsExactly("dev-dev | when parameter Env is 'dev'",
        "prod-prod | when parameter Env is 'prod'");
  }

  @Test
  void joinKnownPartialAndNoValue() {
    assertThat(show(eval("!Join [':', [arn, !Ref AWS::Partition, s3]]"))).containsExactly("arn:aws:s3");
    assertThat(show(eval("!Join ['', ['arn:', !GetAtt R.Arn, /x]]"))).containsExactly("?arn:${?}/x");
    assertThat(show(eval("!Join [',', [a, !If [IsBig, b, !Ref AWS::NoValue], c]]")))
        .containsExactly("a,c | when condition IsBig is false");
    assertThat(show(eval("!Join ['-', !Ref Subnets]")))
        .containsExactly("subnet-a-subnet-b | with parameter Subnets at its default 'subnet-a, subnet-b'");
    assertThat(show(eval("!Join ['-', !GetAZs '']"))).containsExactly("?${?}");
  }

  @Test
  void selectAndSplit() {
    assertThat(show(eval("!Select [1, [a, b, c]]"))).containsExactly("b");
    assertThat(show(eval("!Select [0, !Split [',', 'x,y']]"))).containsExactly("x");
    assertThat(show(eval("!Split ['|', 'a|b||c']"))).containsExactly("[a, b, , c]");
    assertThat(show(eval("!Select [1, !Ref Subnets]")))
        .containsExactly("subnet-b | with parameter Subnets at its default 'subnet-a, subnet-b'");
    assertThat(show(eval("!Select [5, [a]]"))).containsExactly("?");
    assertThat(show(eval("!Select [0, !GetAZs '']"))).containsExactly("?");
    assertThat(show(eval("!Split [',', !GetAtt R.Arn]"))).containsExactly("?");
  }

  @Test
  void findInMap() {
    assertThat(show(eval("!FindInMap [RegionMap, us-east-1, Ami]"))).containsExactly("ami-1");
    assertThat(show(eval("!FindInMap [RegionMap, !Ref AWS::Region, Ami]")))
        .containsExactly("ami-1 | for RegionMap key 'us-east-1'", "ami-2 | for RegionMap key 'eu-west-1'");
    assertThat(show(eval("!FindInMap [RegionMap, !Ref AWS::Region, Zone]")))
        .containsExactly("a | for RegionMap key 'us-east-1'");
    assertThat(show(eval("!FindInMap [EnvMap, !Ref Env, Cidr]"))).containsExactly(
        "10.1.0.0/16 | when parameter Env is 'dev'", "10.2.0.0/16 | when parameter Env is 'prod'");
    assertThat(show(eval("!FindInMap [RegionMap, us-east-1, Nope]"))).containsExactly("?");
    assertThat(show(eval("!FindInMap [RegionMap, us-east-1, Nope, {DefaultValue: d}]"))).containsExactly("d");
    assertThat(show(eval("!FindInMap [NoMap, a, b]"))).containsExactly("?");
    assertThat(show(eval("!FindInMap [RegionMap, us-east-1, !Ref Free]"))).containsExactly("?");
  }

  @Test
  void base64() {
    assertThat(show(eval("!Base64 hi"))).containsExactly("aGk=");
    assertThat(show(eval("!Base64 {'Fn::Sub': '${R.Arn}'}"))).containsExactly("?");
  }

  @Test
  void ifKeepsBothBranchesWhenUndecidable() {
    assertThat(show(eval("!If [IsProd, 10.0.0.0/8, 0.0.0.0/0]"))).containsExactly(
        "10.0.0.0/8 | when condition IsProd is true", "0.0.0.0/0 | when condition IsProd is false");
  }

  @Test
  void ifKeepsOnlyTheReachableBranchWhenDecidable() {
    assertThat(show(eval("!If [IsSmall, a, b]"))).containsExactly("a | when condition IsSmall is true");
    assertThat(show(eval("!If [IsBig, a, b]"))).containsExactly("b | when condition IsBig is false");
    assertThat(show(eval("!If [LongForm, a, b]"))).containsExactly("a | when condition LongForm is true");
    assertThat(show(eval("!If [SmallOrProd, a, b]"))).containsExactly("a | when condition SmallOrProd is true");
    assertThat(show(eval("!If [SmallAndProd, a, b]"))).hasSize(2);
    assertThat(show(eval("!If [IsDev, a, b]"))).hasSize(2);
    assertThat(show(eval("!If [Loop1, a, b]"))).hasSize(2);
    assertThat(show(eval("!If [Undeclared, a, b]"))).hasSize(2);
  }

  @Test
  void conditionsAreDecidedFromKnownCandidates() {
    CfnTemplate t = template("x", 64, Evaluator.PseudoValues.DEFAULT);
    assertThat(t.evaluator().condition("IsSmall")).isTrue();
    assertThat(t.evaluator().condition("IsBig")).isFalse();
    assertThat(t.evaluator().condition("IsProd")).isNull();
    assertThat(t.evaluator().condition("SmallOrProd")).isTrue();
    assertThat(t.evaluator().condition("Loop1")).isNull();
  }

  @Test
  void branchesDropParameterValuesThatContradictTheirCondition() {
    assertThat(show(eval("!If [HasOpt, !Ref Opt, none]"))).containsExactly(
        "x | when condition HasOpt is true, when parameter Opt is 'x'",
        "none | when condition HasOpt is false");
    assertThat(show(eval("!If [IsProd, !Ref Env, !Sub 'not-${Env}']"))).containsExactly(
        "prod | when condition IsProd is true, when parameter Env is 'prod'",
        "not-dev | when condition IsProd is false, when parameter Env is 'dev'");
    assertThat(show(eval("!If [IsProd, !If [IsProd, a, b], c]"))).containsExactly(
        "a | when condition IsProd is true", "c | when condition IsProd is false");
  }

  @Test
  void acceptanceConditionWithSingleAllowedValue() {
    String yaml = """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          Environment: {Type: String, AllowedValues: [prod]}
        Conditions:
          IsProd: !Equals [!Ref Environment, prod]
        Resources:
          R:
            Type: AWS::SNS::Topic
            Properties:
              V: !If [IsProd, 10.0.0.0/8, 0.0.0.0/0]
        """;
    List<Node> docs = dev.lintel.parse.yaml.YamlTreeParser.parse(yaml, ParseLimits.DEFAULT).value();
    CfnTemplate t = CfnTemplate.of(docs.get(0), 64);
    assertThat(show(t.resource("R").values("V"))).containsExactly("10.0.0.0/8 | when condition IsProd is true");
  }

  @Test
  void combinationsOverTheCapAreUnknownAndRecordedOnce() {
    String value = "!Sub '${Env}${Opt}${Env2}'";
    CfnTemplate t = template(value.replace("${Env2}", "${Size}"), 3, Evaluator.PseudoValues.DEFAULT);
    assertThat(show(t.resource("R").values("V"))).containsExactly("?");
    assertThat(show(t.resource("R").values("V"))).containsExactly("?");
    assertThat(t.evaluationLimits()).hasSize(1);
    assertThat(t.evaluationLimits().get(0).ruleId()).isEqualTo("INPUT_LIMIT_EXCEEDED");
    assertThat(t.evaluationLimits().get(0).message()).contains("more than 3 possible combinations");
    CfnTemplate ok = template(value.replace("${Env2}", "${Size}"), 4, Evaluator.PseudoValues.DEFAULT);
    assertThat(ok.resource("R").values("V")).hasSize(4);
    assertThat(ok.evaluationLimits()).isEmpty();
  }

  @Test
  void deeplyNestedJoinsStayBounded() {
    String v = "!Ref Env";
    for (int i = 0; i < 12; i++) {
      v = "!Join ['', [" + v + ", " + v + "]]";
    }
    List<Candidate> out = eval(v);
    assertThat(out).hasSize(2);
    assertThat(out.get(0).text()).hasSize(3 * 4096);
  }

  @Test
  void literalEvaluatorKnowsNoTemplate() {
    List<Node> docs = dev.lintel.parse.yaml.YamlTreeParser.parse("a: !Ref X", ParseLimits.DEFAULT).value();
    Node v = docs.get(0).asMapping().get("a");
    assertThat(show(Evaluator.literal().candidates(v))).containsExactly("?${X}");
  }
}
