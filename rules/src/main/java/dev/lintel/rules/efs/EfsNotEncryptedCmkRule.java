package dev.lintel.rules.efs;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.cfn.Candidate;

/** Reports an encrypted EFS file system that uses the AWS managed key instead of its own KMS key. */
@RuleMeta(id = "EFS_NOT_ENCRYPTED_CMK", title = "EFS encrypted with the AWS managed key", severity = Severity.NOTE,
    category = Category.EFS, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"efs_without_kms"},
    helpUri = "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html")
public final class EfsNotEncryptedCmkRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::EFS::FileSystem", (ctx, fs) -> {
      if (fs.values("KmsKeyId").stream().anyMatch(c -> !c.absent())) {
        return;
      }
      for (Candidate c : fs.values("Encrypted")) {
        if (c.known() && "true".equalsIgnoreCase(c.text())) {
          ctx.report(fs.property("Encrypted"), "File system " + fs.logicalId() + " is encrypted with the AWS"
              + " managed key aws/elasticfilesystem (no KmsKeyId): its key policy and rotation cannot be"
              + " controlled" + c.originSuffix());
          return;
        }
      }
    });
  }
}
