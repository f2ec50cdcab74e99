package dev.lintel.rules.efs;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.cfn.Candidate;
import java.util.List;

/** Reports an EFS file system whose {@code Encrypted} property is absent or false. */
@RuleMeta(id = "EFS_NOT_ENCRYPTED", title = "EFS file system is not encrypted at rest", severity = Severity.WARNING,
    category = Category.EFS, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_42", "efs_not_encrypted", "F32"},
    helpUri = "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html")
public final class EfsNotEncryptedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::EFS::FileSystem", (ctx, fs) -> {
      List<Candidate> values = fs.values("Encrypted");
      if (values.isEmpty()) {
        ctx.report(fs.typeAnchor(), "EFS file system " + fs.logicalId()
            + " does not set Encrypted, so its data is stored unencrypted");
        return;
      }
      for (Candidate c : values) {
        if (c.absent() || (c.known() && "false".equalsIgnoreCase(c.text()))) {
          String value = c.absent() ? "is removed by AWS::NoValue" : "is false";
          ctx.report(fs.property("Encrypted"), "Encrypted " + value + ", so the file system's data is stored unencrypted"
              + c.originSuffix());
          return;
        }
      }
    });
  }
}
