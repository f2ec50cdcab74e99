package dev.lintel.parse.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.TextRange;
import org.junit.jupiter.api.Test;

class SamPolicyTemplatesTest {

  private final SamPolicyTemplates table = SamPolicyTemplates.get();

  /** Pinned so that an edit of the table is a visible change. */
  @Test
  void countsArePinned() {
    assertThat(table.names()).hasSize(78);
    assertThat(table.updated()).isEqualTo("2026-10-01");
  }

  @Test
  void requiredParametersOfTheCommonTemplates() {
    assertThat(table.template("SQSPollerPolicy").parameters()).containsExactly("QueueName");
    assertThat(table.template("S3CrudPolicy").parameters()).containsExactly("BucketName");
    assertThat(table.template("DynamoDBStreamReadPolicy").parameters()).containsExactly("TableName", "StreamName");
    assertThat(table.template("AWSSecretsManagerGetSecretValuePolicy").parameters()).containsExactly("SecretArn");
    assertThat(table.template("CloudWatchPutMetricPolicy").parameters()).isEmpty();
    assertThat(table.template("SecretsManagerGetSecretValuePolicy")).isNull();
  }

  @Test
  void templatesThatGrantNothingExpandToNoPolicy() {
    assertThat(table.template("RekognitionNoDataAccessPolicy").expand(null, TextRange.fileStart())).isNull();
    assertThat(table.template("VPCAccessPolicy").expand(null, TextRange.fileStart()).has("Statement")).isTrue();
  }
}
