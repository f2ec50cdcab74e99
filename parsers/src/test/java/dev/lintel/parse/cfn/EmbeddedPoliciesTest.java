package dev.lintel.parse.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.Node;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.model.policy.Policy;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.model.policy.Statement;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.json.JsonTreeParser;
import dev.lintel.parse.yaml.YamlTreeParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedPoliciesTest {

  private static EmbeddedPolicies.Found yaml(String text) {
    Node root = YamlTreeParser.parse(text, ParseLimits.DEFAULT).value().get(0);
    return EmbeddedPolicies.find(CfnTemplate.of(root, 64), text, ParseLimits.DEFAULT);
  }

  private static EmbeddedPolicies.Found json(String text) {
    Node root = JsonTreeParser.parse(text, ParseLimits.DEFAULT).value();
    return EmbeddedPolicies.find(CfnTemplate.of(root, 64), text, ParseLimits.DEFAULT);
  }

  private static Statement onlyStatement(EmbeddedPolicies.Found found) {
    assertThat(found.policies()).hasSize(1);
    List<Statement> st = found.policies().get(0).statements();
    assertThat(st).hasSize(1);
    return st.get(0);
  }

  @Test
  void singleQuotedJsonStringMapsIntoTheLine() {
    String text = "Resources:\n"
        + "  P:\n"
        + "    Type: AWS::IAM::ManagedPolicy\n"
        + "    Properties:\n"
        + "      PolicyDocument: '{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}'\n";
    Statement st = onlyStatement(yaml(text));
    PolicyValue action = st.actions().get(0);
    assertThat(action.text()).isEqualTo("s3:GetObject");
    int col = text.split("\n")[4].indexOf("\"s3:GetObject\"") + 1;
    assertThat(action.anchor().range().toString()).isEqualTo("5:" + col + "-5:" + (col + 14));
  }

  @Test
  void literalBlockScalarMapsLinesAndIndentation() {
    String text = "Resources:\n"
        + "  P:\n"
        + "    Type: AWS::S3::BucketPolicy\n"
        + "    Properties:\n"
        + "      Bucket: b\n"
        + "      PolicyDocument: |\n"
        + "        {\n"
        + "          \"Statement\": {\n"
        + "            \"Effect\": \"Allow\",\n"
        + "            \"Principal\": \"*\",\n"
        + "            \"Action\": \"s3:GetObject\",\n"
        + "            \"Resource\": \"arn:aws:s3:::b/*\"\n"
        + "          }\n"
        + "        }\n";
    EmbeddedPolicies.Found found = yaml(text);
    Statement st = onlyStatement(found);
    assertThat(found.problems()).isEmpty();
    assertThat(found.policies().get(0).service()).isEqualTo("s3");
    assertThat(st.actions().get(0).anchor().range().toString()).isEqualTo("11:23-11:37");
    assertThat(st.node().entries().get(0).key().range().toString()).isEqualTo("9:13-9:21");
  }

  @Test
  void escapedStringInJsonTemplateMapsThroughEscapes() {
    String text = "{\"Resources\": {\"P\": {\"Type\": \"AWS::IAM::Policy\", \"Properties\": {\"PolicyDocument\":"
        + " \"{\\\"Statement\\\": {\\\"Effect\\\": \\\"Allow\\\", \\\"Action\\\": \\\"s3:*\\\", \\\"Resource\\\": \\\"*\\\"}}\"}}}}";
    Statement st = onlyStatement(json(text));
    PolicyValue action = st.actions().get(0);
    assertThat(action.text()).isEqualTo("s3:*");
    int start = text.indexOf("\\\"s3:*\\\"") + 1;
    assertThat(action.anchor().range().startColumn()).isEqualTo(start);
    assertThat(action.anchor().range().endColumn()).isEqualTo(start + 8);
  }

  @Test
  void syntaxErrorsInsideTheStringAreReportedAtTheirPlace() {
    String text = "Resources:\n"
        + "  P:\n"
        + "    Type: AWS::IAM::Policy\n"
        + "    Properties:\n"
        + "      PolicyDocument: |\n"
        + "        {\"Statement\": [\n"
        + "          {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"},\n"
        + "        ]}\n";
    EmbeddedPolicies.Found found = yaml(text);
    assertThat(found.problems()).hasSize(1);
    assertThat(found.problems().get(0).ruleId()).isEqualTo("PARSE_ERROR");
    assertThat(found.problems().get(0).range().startLine()).isEqualTo(7);
    assertThat(found.policies()).hasSize(1);
  }

  @Test
  void subTextIsParsedBeforeSubstitutionAndItsStringsAreEvaluated() {
    String text = "Parameters:\n"
        + "  Bucket: {Type: String, Default: data}\n"
        + "Resources:\n"
        + "  P:\n"
        + "    Type: AWS::IAM::Policy\n"
        + "    Properties:\n"
        + "      PolicyDocument: !Sub |\n"
        + "        {\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\",\n"
        + "          \"Resource\": \"arn:aws:s3:::${Bucket}/${!aws:username}\"}}\n";
    Statement st = onlyStatement(yaml(text));
    PolicyValue resource = st.resources().get(0);
    assertThat(resource.known()).isTrue();
    assertThat(resource.text()).isEqualTo("arn:aws:s3:::data/${aws:username}");
    assertThat(resource.anchor().range().startLine()).isEqualTo(9);
  }

  @Test
  void samPolicyStringsThatNameManagedPoliciesAreNotDocuments() {
    String text = "Transform: AWS::Serverless-2016-10-31\n"
        + "Resources:\n"
        + "  F:\n"
        + "    Type: AWS::Serverless::Function\n"
        + "    Properties:\n"
        + "      Policies:\n"
        + "        - AmazonS3ReadOnlyAccess\n"
        + "        - '{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"sqs:*\", \"Resource\": \"*\"}}'\n";
    Statement st = onlyStatement(yaml(text));
    assertThat(st.actions().get(0).text()).isEqualTo("sqs:*");
    assertThat(st.actions().get(0).anchor().range().startLine()).isEqualTo(8);
  }

  @Test
  void documentWithoutStatementAtAPolicyPropertyIsStillAPolicy() {
    String text = "Resources:\n"
        + "  P:\n"
        + "    Type: AWS::IAM::Policy\n"
        + "    Properties:\n"
        + "      PolicyDocument: {Version: '2012-10-17'}\n";
    List<Policy> policies = yaml(text).policies();
    assertThat(policies).hasSize(1);
    assertThat(policies.get(0).statements()).isEmpty();
  }

  @Test
  void samPolicyTemplatesExpandOnTheirItem() {
    String text = "Transform: AWS::Serverless-2016-10-31\n"
        + "Resources:\n"
        + "  Fn:\n"
        + "    Type: AWS::Serverless::Function\n"
        + "    Properties:\n"
        + "      Policies:\n"
        + "        - AWSLambdaBasicExecutionRole\n"
        + "        - S3ReadPolicy:\n"
        + "            BucketName: my-bucket\n"
        + "        - NotATemplate: {}\n";
    EmbeddedPolicies.Found found = yaml(text);
    assertThat(found.policies()).hasSize(1);
    Policy p = found.policies().get(0);
    assertThat(p.logicalPath()).isEqualTo("Resources.Fn.Properties.Policies[1].S3ReadPolicy");
    Statement st = p.statements().get(0);
    assertThat(st.actions()).extracting(PolicyValue::text).contains("s3:GetObject", "s3:ListBucket");
    assertThat(st.resources()).extracting(PolicyValue::text)
        .containsExactly("arn:aws:s3:::my-bucket", "arn:aws:s3:::my-bucket/*");
    assertThat(st.actions().get(0).anchor().range().startLine()).isEqualTo(8);
  }
}
