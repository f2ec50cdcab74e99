package dev.lintel.rules.fstab;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.fstab.FstabEntry;
import dev.lintel.rules.fstab.FstabSupport.NfsVersion;
import java.util.Set;

/**
 * EFS speaks only NFSv4.0 and NFSv4.1: any other version fails to mount, and an unpinned
 * version on an NFS entry lets the client negotiate before settling on a supported one.
 */
@RuleMeta(id = "FSTAB_EFS_NFS_VERSION", title = "EFS mounted with an unsupported or unpinned NFS version",
    severity = Severity.ERROR, category = Category.FSTAB, kinds = {FileKind.FSTAB}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/efs/latest/ug/mounting-fs-nfs-mount-settings.html")
public final class FstabEfsNfsVersionRule implements Rule {

  private static final Set<String> SUPPORTED = Set.of("4", "4.0", "4.1");

  @Override
  public void register(Subscriptions on) {
    on.fstabEntry((ctx, entry) -> {
      if (!FstabSupport.isEfsEntry(entry)) {
        return;
      }
      NfsVersion v = FstabSupport.nfsVersion(entry);
      if (v != null && !SUPPORTED.contains(v.version())) {
        ctx.report(v.option().range(), "EFS mount uses NFS version " + v.version()
            + "; EFS serves only NFSv4.0 and 4.1: set nfsvers=4.1");
      } else if (FstabSupport.isNfsType(entry)) {
        checkPinned(ctx, entry, v);
      }
    });
  }

  private static void checkPinned(RuleContext ctx, FstabEntry entry, NfsVersion v) {
    if (v == null && entry.typeName().equals("nfs")) {
      ctx.report(entry.spec().range(), "EFS entry of type nfs does not pin the NFS version, so the client"
          + " may try NFSv3 first: set nfsvers=4.1").level(Severity.WARNING);
    } else if (v == null) {
      ctx.report(entry.spec().range(), "EFS entry of type nfs4 does not pin the minor version:"
          + " set nfsvers=4.1, the version AWS recommends").level(Severity.NOTE);
    } else if (!v.version().equals("4.1")) {
      ctx.report(v.option().range(), "EFS mount uses NFS version " + v.version()
          + " rather than 4.1, the version AWS recommends: set nfsvers=4.1").level(Severity.NOTE);
    }
  }
}
