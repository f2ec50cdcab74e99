package dev.lintel.rules.fstab;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.fstab.MountOption;

/**
 * Without {@code noresvport} the NFS client reconnects from the same privileged source port
 * after a network interruption, and an EFS mount can hang instead of recovering.
 */
@RuleMeta(id = "FSTAB_EFS_NORESVPORT_MISSING", title = "EFS NFS entry reuses privileged source ports",
    severity = Severity.WARNING, category = Category.FSTAB, kinds = {FileKind.FSTAB}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/efs/latest/ug/mounting-fs-nfs-mount-settings.html")
public final class FstabEfsNoresvportMissingRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.fstabEntry((ctx, entry) -> {
      if (!FstabSupport.isEfsEntry(entry)) {
        return;
      }
      MountOption resvport = entry.option("resvport");
      if (resvport != null) {
        ctx.report(resvport.range(), "EFS mount sets resvport: after a network interruption the client"
            + " reconnects from a privileged port and the mount can stay unresponsive; use noresvport");
      } else if (FstabSupport.isNfsType(entry) && !entry.hasOption("noresvport")) {
        ctx.report(entry.spec().range(), "EFS entry of type " + entry.typeName() + " lacks noresvport: after"
            + " a network interruption the mount can stay unresponsive; add noresvport");
      }
    });
  }
}
