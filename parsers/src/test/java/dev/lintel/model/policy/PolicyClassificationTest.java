package dev.lintel.model.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.MappingNode;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.json.JsonTreeParser;
import org.junit.jupiter.api.Test;

class PolicyClassificationTest {

  private static Policy standalone(String json) {
    return Policy.standalone((MappingNode) JsonTreeParser.parse(json, ParseLimits.DEFAULT).value());
  }

  @Test
  void denyOnlyBucketPolicyIsAResourcePolicyOfItsService() {
    Policy p = standalone("{\"Statement\": [{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3:*\","
        + " \"Resource\": \"arn:aws:s3:::b/*\"}]}");
    assertThat(p.kind()).isEqualTo(PolicyKind.RESOURCE);
    assertThat(p.isS3()).isTrue();
  }

  @Test
  void assumeRoleAllowIsATrustPolicy() {
    Policy p = standalone("{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"ec2.amazonaws.com\"},"
        + " \"Action\": \"sts:AssumeRole\"}}");
    assertThat(p.kind()).isEqualTo(PolicyKind.TRUST);
  }

  @Test
  void noPrincipalIsAnIdentityPolicy() {
    Policy p = standalone("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}");
    assertThat(p.kind()).isEqualTo(PolicyKind.IDENTITY);
  }
}
