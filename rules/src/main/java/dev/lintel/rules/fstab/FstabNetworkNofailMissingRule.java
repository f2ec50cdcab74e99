package dev.lintel.rules.fstab;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;

/**
 * A network mount mounted at boot without {@code nofail}: when the server or the network is not
 * there, systemd fails {@code local-fs}/{@code remote-fs} and the machine can end up in emergency
 * mode, unreachable over SSH.
 */
@RuleMeta(id = "FSTAB_NETWORK_NOFAIL_MISSING", title = "Network mount failure blocks boot", severity = Severity.NOTE,
    category = Category.FSTAB, kinds = {FileKind.FSTAB}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/efs/latest/ug/automount-with-efs-mount-helper.html")
public final class FstabNetworkNofailMissingRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.fstabEntry((ctx, entry) -> {
      if (!FstabSupport.isNetworkEntry(entry) || entry.hasOption("nofail") || entry.hasOption("noauto")) {
        return;
      }
      ctx.report(entry.spec().range(), "Network mount of type " + entry.typeName() + " lacks nofail: if it"
          + " cannot be mounted at boot the system can stop in emergency mode; add nofail");
    });
  }
}
