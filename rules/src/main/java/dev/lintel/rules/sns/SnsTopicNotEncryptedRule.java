package dev.lintel.rules.sns;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;

/** Reports an SNS topic without {@code KmsMasterKeyId}: SNS does not encrypt messages at rest by default. */
@RuleMeta(id = "SNS_TOPIC_NOT_ENCRYPTED", title = "Topic not encrypted at rest", severity = Severity.WARNING,
    category = Category.SNS, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_26", "sns_topic_without_kms_master_key_id", "W47"},
    helpUri = "https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html")
public final class SnsTopicNotEncryptedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::SNS::Topic", (ctx, topic) -> {
      Setting noKey = CfnFlags.unset(topic, "KmsMasterKeyId");
      if (noKey != null) {
        ctx.report(noKey.range(), "Topic " + topic.logicalId() + " stores messages unencrypted: " + noKey.describe()
            + "; set KmsMasterKeyId to a KMS key");
      }
    });
  }
}
