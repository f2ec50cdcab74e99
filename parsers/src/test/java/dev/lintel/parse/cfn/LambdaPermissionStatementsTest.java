package dev.lintel.parse.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lintel.model.TextRange;
import dev.lintel.model.policy.Condition;
import dev.lintel.model.policy.Policy;
import dev.lintel.model.policy.PolicyKind;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.model.policy.Statement;
import dev.lintel.parse.FileParser;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.ParsedFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LambdaPermissionStatementsTest {

  private static final String TEMPLATE = """
      AWSTemplateFormatVersion: "2010-09-09"
      Resources:
        Fn:
          Type: AWS::Lambda::Function
          Properties: {Runtime: python3.12, Handler: a.b, Role: arn:aws:iam::123456789012:role/r}
        FromBucket:
          Type: AWS::Lambda::Permission
          Properties:
            Action: lambda:InvokeFunction
            FunctionName: !Ref Fn
            Principal: s3.amazonaws.com
            SourceAccount: "123456789012"
            SourceArn: arn:aws:s3:::uploads
        Public:
          Type: AWS::Lambda::Permission
          Properties:
            Action: lambda:InvokeFunctionUrl
            FunctionName: my-function
            Principal: "*"
            FunctionUrlAuthType: NONE
        Layer:
          Type: AWS::Lambda::LayerVersionPermission
          Properties:
            Action: lambda:GetLayerVersion
            LayerVersionArn: arn:aws:lambda:us-east-1:123456789012:layer:l:1
            Principal: "*"
            OrganizationId: o-abc123
      """;

  private static List<Policy> lambdaPolicies() {
    ParsedFile f = FileParser.parse(Path.of("t.yaml"), "t.yaml", TEMPLATE, null, ParseLimits.DEFAULT, null);
    return f.policies().stream().filter(LambdaPermissionStatements::isSynthetic).toList();
  }

  @Test
  void permissionBecomesAOneStatementLambdaResourcePolicy() {
    List<Policy> policies = lambdaPolicies();
    assertThat(policies).hasSize(3);
    Policy p = policies.get(0);
    assertThat(p.kind()).isEqualTo(PolicyKind.RESOURCE);
    assertThat(p.service()).isEqualTo("lambda");
    assertThat(p.logicalPath()).isEqualTo("Resources.FromBucket.Properties");
    assertThat(p.document().string("Version")).isEqualTo("2012-10-17");
    Statement st = p.statements().get(0);
    assertThat(st.isAllow()).isTrue();
    assertThat(st.principals("Service")).extracting(PolicyValue::text).containsExactly("s3.amazonaws.com");
    assertThat(st.principals("AWS")).isEmpty();
    assertThat(st.actions()).extracting(PolicyValue::text).containsExactly("lambda:InvokeFunction");
    assertThat(st.resources()).hasSize(1);
    assertThat(st.resources().get(0).known()).isFalse();
    List<Condition> conditions = st.conditions();
    assertThat(conditions).extracting(Condition::operator, Condition::key).containsExactly(
        tuple("ArnLike", "aws:SourceArn"),
        tuple("StringEquals", "aws:SourceAccount"));
    assertThat(conditions.get(0).values()).extracting(PolicyValue::text).containsExactly("arn:aws:s3:::uploads");
  }

  @Test
  void nodesCarryTheRangesOfTheirProperties() {
    Statement st = lambdaPolicies().get(0).statements().get(0);
    // Principal: s3.amazonaws.com on line 11, value from column 18
    assertThat(st.principal().range()).isEqualTo(new TextRange(11, 18, 11, 34));
    assertThat(st.node().entry("Principal").key().range().startLine()).isEqualTo(11);
    assertThat(st.actions().get(0).anchor().range().startLine()).isEqualTo(9);
    assertThat(st.conditions().get(1).keyNode().range()).isEqualTo(new TextRange(12, 7, 12, 20));
    // the statement's first key (Effect) sits on the resource's Type value
    assertThat(st.anchor()).isEqualTo(new TextRange(7, 11, 7, 34));
  }

  @Test
  void wildcardPrincipalIsAnAwsPrincipalAndUrlAuthTypeACondition() {
    Statement st = lambdaPolicies().get(1).statements().get(0);
    assertThat(st.principals("AWS")).extracting(PolicyValue::text).containsExactly("*");
    assertThat(st.conditions()).extracting(Condition::key).containsExactly("lambda:FunctionUrlAuthType");
    assertThat(st.resources()).extracting(PolicyValue::text).containsExactly("my-function");
  }

  @Test
  void layerPermissionUsesTheLayerArnAndOrganization() {
    Statement st = lambdaPolicies().get(2).statements().get(0);
    assertThat(st.resources()).extracting(PolicyValue::text)
        .containsExactly("arn:aws:lambda:us-east-1:123456789012:layer:l:1");
    assertThat(st.conditions()).extracting(Condition::operator, Condition::key).containsExactly(
        tuple("StringEquals", "aws:PrincipalOrgID"));
  }
}
