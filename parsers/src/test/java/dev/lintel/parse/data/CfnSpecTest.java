package dev.lintel.parse.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.parse.data.CfnSpec.Kind;
import dev.lintel.parse.data.CfnSpec.Property;
import dev.lintel.parse.data.CfnSpec.ResourceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CfnSpecTest {

  private final CfnSpec spec = CfnSpec.get();

  /** Pinned so that a data update (tools/update-cfn-spec.sh) is a visible change. */
  @Test
  void countsArePinned() {
    assertThat(spec.source()).isEqualTo("@aws-cdk/aws-service-spec 0.1.216 (2026-09-29)");
    assertThat(spec.samSource()).isEqualTo("2026-10-01");
    assertThat(spec.resourceTypes()).hasSize(1830);
    assertThat(spec.resourceTypes().stream().mapToInt(t -> t.properties().size()).sum()).isEqualTo(12164);
    assertThat(spec.resourceTypes().stream().filter(ResourceType::isSam).count()).isEqualTo(9);
  }

  @Test
  void loadsOncePerProcess() {
    assertThat(CfnSpec.get()).isSameAs(spec);
  }

  @Test
  void queueHasTypedPropertiesAndAttributes() {
    ResourceType q = spec.resourceType("AWS::SQS::Queue");
    assertThat(q.property("VisibilityTimeout").type().kind()).isEqualTo(Kind.INTEGER);
    assertThat(q.property("FifoQueue").type().kind()).isEqualTo(Kind.BOOLEAN);
    assertThat(q.property("Tags").type().kind()).isEqualTo(Kind.LIST);
    assertThat(q.property("Tags").type().element().kind()).isEqualTo(Kind.TAG);
    assertThat(q.property("RedrivePolicy").type().choices()).extracting(CfnSpec.PropertyType::kind)
        .containsExactly(Kind.JSON, Kind.STRING);
    assertThat(q.attributes()).containsExactly("Arn", "QueueName", "QueueUrl");
    assertThat(q.property("MessageVisibilityTimeout")).isNull();
  }

  @Test
  void nestedTypesAndRequiredFlags() {
    ResourceType bucket = spec.resourceType("AWS::S3::Bucket");
    CfnSpec.PropertyType cors = bucket.property("CorsConfiguration").type();
    assertThat(cors.kind()).isEqualTo(Kind.NESTED);
    Property rules = bucket.propertiesOf(cors).get("CorsRules");
    assertThat(rules.required()).isTrue();
    assertThat(bucket.nestedType(rules.type().element().nested())).containsKeys("AllowedMethods", "MaxAge");
    assertThat(spec.resourceType("AWS::EC2::SecurityGroup").property("GroupDescription").required()).isTrue();
    assertThat(spec.resourceType("AWS::RDS::DBInstance").attributes()).contains("Endpoint.Address");
  }

  @Test
  void samTypesAreKnownByTopLevelName() {
    ResourceType fn = spec.resourceType("AWS::Serverless::Function");
    assertThat(fn.isSam()).isTrue();
    assertThat(fn.properties()).containsKeys("Policies", "Events", "CodeUri", "SnapStart");
    assertThat(fn.attributes()).contains("Arn");
    assertThat(spec.resourceType("AWS::Serverless::Api").property("StageName").required()).isTrue();
    assertThat(spec.resourceType("AWS::Serverless::Connector")).isNotNull();
  }

  @Test
  void ownedPropertiesAreData() {
    assertThat(spec.owner("AWS::S3::Bucket", "CorsRule", "AllowedOrigins")).isEqualTo("CORS_RULE_INCOMPLETE");
    assertThat(spec.owner("AWS::Lambda::Function", null, "MemorySize")).isEqualTo("LAMBDA_LIMIT_EXCEEDED");
    assertThat(spec.owner("AWS::Lambda::Function", null, "Role")).isNull();
  }

  @Test
  void closestNameByEditDistance() {
    assertThat(CfnSpec.closest("AWS::Serverless:Function",
        spec.resourceTypes().stream().map(ResourceType::name).toList())).isEqualTo("AWS::Serverless::Function");
    assertThat(CfnSpec.closest("VisibilityTimeOut", List.of("VisibilityTimeout", "DelaySeconds")))
        .isEqualTo("VisibilityTimeout");
    assertThat(CfnSpec.closest("Completely", List.of("VisibilityTimeout"))).isNull();
  }

  @Test
  void typeGrammar() {
    CfnSpec.PropertyType t = CfnSpec.parseType("(s|L@Rule|M(i|b))", new int[] {0});
    assertThat(t.choices()).hasSize(3);
    assertThat(t.choices().get(1).element().nested()).isEqualTo("Rule");
    assertThat(t.choices().get(2).element().choices()).extracting(CfnSpec.PropertyType::kind)
        .containsExactly(Kind.INTEGER, Kind.BOOLEAN);
  }
}
