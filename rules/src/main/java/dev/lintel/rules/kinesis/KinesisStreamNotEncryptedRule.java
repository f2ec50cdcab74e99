package dev.lintel.rules.kinesis;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;

/**
 * Reports a Kinesis data stream without KMS server-side encryption: no {@code StreamEncryption},
 * an {@code EncryptionType} other than {@code KMS}, or no {@code KeyId}.
 */
@RuleMeta(id = "KINESIS_STREAM_NOT_ENCRYPTED", title = "Kinesis stream not encrypted at rest",
    severity = Severity.WARNING, category = Category.KINESIS, kinds = {FileKind.CLOUDFORMATION},
    tags = {"security"}, aliases = {"CKV_AWS_43", "kinesis_sse_not_configured"},
    helpUri = "https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html")
public final class KinesisStreamNotEncryptedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::Kinesis::Stream", (ctx, stream) -> {
      Setting s = CfnFlags.missing(stream, "StreamEncryption");
      if (s == null) {
        s = CfnFlags.first(stream, "StreamEncryption.EncryptionType", v -> v.missing() || (v.known() && !v.is("KMS")));
      }
      if (s == null) {
        s = CfnFlags.missing(stream, "StreamEncryption.KeyId");
      }
      if (s != null) {
        ctx.report(s.range(), "Stream " + stream.logicalId() + " is not encrypted with KMS: " + s.describe()
            + "; set StreamEncryption with EncryptionType KMS and a KeyId");
      }
    });
  }
}
