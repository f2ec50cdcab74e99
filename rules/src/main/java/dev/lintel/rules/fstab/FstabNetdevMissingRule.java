package dev.lintel.rules.fstab;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import java.util.Set;

/**
 * A network mount without {@code _netdev} may be attempted before the network is up. systemd
 * already treats the kernel network file systems that way, but not {@code efs} or the S3 FUSE
 * types, where boot can stall.
 */
@RuleMeta(id = "FSTAB_NETDEV_MISSING", title = "Network mount not marked _netdev", severity = Severity.WARNING,
    category = Category.FSTAB, kinds = {FileKind.FSTAB}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/efs/latest/ug/troubleshooting-efs-mounting.html")
public final class FstabNetdevMissingRule implements Rule {

  private static final Set<String> UNKNOWN_TO_SYSTEMD = Set.of("efs", "mount-s3", "fuse.s3fs");

  @Override
  public void register(Subscriptions on) {
    on.fstabEntry((ctx, entry) -> {
      if (!FstabSupport.isNetworkEntry(entry) || entry.hasOption("_netdev") || entry.hasOption("noauto")) {
        return;
      }
      String type = entry.typeName();
      if (UNKNOWN_TO_SYSTEMD.contains(type)) {
        ctx.report(entry.spec().range(), "Network mount of type " + type + " lacks _netdev: systemd does not"
            + " know this type needs the network, so the mount can run too early and stall boot; add _netdev");
      } else {
        ctx.report(entry.spec().range(), "Network mount of type " + type + " lacks _netdev; systemd orders"
            + " this type after the network already, but stating _netdev makes it explicit").level(Severity.NOTE);
      }
    });
  }
}
