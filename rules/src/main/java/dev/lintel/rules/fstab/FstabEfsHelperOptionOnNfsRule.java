package dev.lintel.rules.fstab;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.fstab.MountOption;
import java.util.Set;

/**
 * An {@code nfs}/{@code nfs4} entry with an option that only the EFS mount helper
 * ({@code amazon-efs-utils}) understands. The kernel NFS client rejects options it does not know,
 * so the mount fails; such entries need type {@code efs}.
 */
@RuleMeta(id = "FSTAB_EFS_HELPER_OPTION_ON_NFS", title = "EFS helper option on a plain NFS entry",
    severity = Severity.ERROR, category = Category.FSTAB, kinds = {FileKind.FSTAB}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/efs/latest/ug/mounting-fs-mount-helper-ec2-linux.html")
public final class FstabEfsHelperOptionOnNfsRule implements Rule {

  private static final Set<String> HELPER_ONLY = Set.of(
      "tls", "notls", "iam", "accesspoint", "awsprofile", "awscredsuri", "az", "azid", "cafile",
      "mounttargetip", "netns", "ocsp", "noocsp", "region", "tlsport", "verify", "rolearn", "jwtpath",
      "crossaccount", "stunnel", "nodirects3read", "nos3readcache");

  @Override
  public void register(Subscriptions on) {
    on.fstabEntry((ctx, entry) -> {
      if (!FstabSupport.isNfsType(entry)) {
        return;
      }
      for (MountOption o : entry.options()) {
        if (HELPER_ONLY.contains(o.name())) {
          ctx.report(o.range(), "Option " + o.name() + " is understood only by the EFS mount helper, and the"
              + " kernel NFS client rejects it, so this " + entry.typeName() + " mount fails: use type efs");
        }
      }
    });
  }
}
