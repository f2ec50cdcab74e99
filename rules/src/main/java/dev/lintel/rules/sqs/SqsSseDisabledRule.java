package dev.lintel.rules.sqs;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;

/**
 * Reports a queue without a KMS key: a warning when SQS-managed encryption is switched off (the
 * queue is unencrypted), a note otherwise (SQS-owned keys encrypt it by default, without key
 * policy control or audit).
 */
@RuleMeta(id = "SQS_SSE_DISABLED", title = "Queue not encrypted with a KMS key", severity = Severity.WARNING,
    category = Category.SQS, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_27", "sqs_with_sse_disabled", "W48"},
    helpUri = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html")
public final class SqsSseDisabledRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::SQS::Queue", (ctx, queue) -> {
      Setting noKey = CfnFlags.unset(queue, "KmsMasterKeyId");
      if (noKey == null) {
        return;
      }
      Setting off = CfnFlags.isFalse(queue, "SqsManagedSseEnabled");
      if (off != null) {
        ctx.report(off.range(), "Queue " + queue.logicalId() + " is not encrypted at rest: SqsManagedSseEnabled is"
            + " false and " + noKey.describe() + off.candidate().originSuffix());
      } else {
        ctx.report(noKey.range(), "Queue " + queue.logicalId() + " uses SQS-owned encryption keys: "
            + noKey.describe() + "; a KMS key adds key-policy control and an audit trail").level(Severity.NOTE);
      }
    });
  }
}
