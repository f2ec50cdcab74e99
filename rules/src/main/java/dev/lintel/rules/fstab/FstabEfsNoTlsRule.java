package dev.lintel.rules.fstab;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.fstab.MountOption;

/**
 * An EFS mount whose traffic is not encrypted in transit: an {@code efs} entry without
 * {@code tls} or with {@code notls}, or any plain {@code nfs}/{@code nfs4} EFS entry (the kernel
 * NFS client cannot use TLS; the mount helper with {@code tls} can).
 */
@RuleMeta(id = "FSTAB_EFS_NO_TLS", title = "EFS mounted without encryption in transit", severity = Severity.NOTE,
    category = Category.FSTAB, kinds = {FileKind.FSTAB}, tags = {"security"},
    helpUri = "https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html")
public final class FstabEfsNoTlsRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.fstabEntry((ctx, entry) -> {
      if (!FstabSupport.isEfsEntry(entry)) {
        return;
      }
      MountOption notls = entry.option("notls");
      if (notls != null) {
        ctx.report(notls.range(), "EFS mount sets notls: NFS traffic to the file system is not encrypted in"
            + " transit; use tls");
      } else if (FstabSupport.isNfsType(entry)) {
        ctx.report(entry.spec().range(), "EFS mounted as plain " + entry.typeName() + ": NFS traffic is not"
            + " encrypted in transit; mount with type efs and the tls option");
      } else if (!entry.hasOption("tls")) {
        ctx.report(entry.spec().range(), "EFS mount without tls: NFS traffic to the file system is not"
            + " encrypted in transit; add tls");
      }
    });
  }
}
