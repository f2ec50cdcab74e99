package dev.lintel.rules.fstab;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;

/**
 * An {@code nfs}/{@code nfs4} EFS entry that states none of {@code hard}, {@code soft} and
 * {@code softerr}. The kernel default is {@code hard}, so this is only a note: AWS's recommended
 * option set names it so that nobody mistakes the mount for a soft one. {@code efs} entries are
 * skipped because the mount helper adds {@code hard} itself.
 */
@RuleMeta(id = "FSTAB_EFS_HARD_NOT_EXPLICIT", title = "EFS NFS entry does not state hard", severity = Severity.NOTE,
    category = Category.FSTAB, kinds = {FileKind.FSTAB}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/efs/latest/ug/mounting-fs-nfs-mount-settings.html")
public final class FstabEfsHardNotExplicitRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.fstabEntry((ctx, entry) -> {
      if (!FstabSupport.isNfsType(entry) || !FstabSupport.isEfsEntry(entry)
          || entry.hasOption("hard") || entry.hasOption("soft") || entry.hasOption("softerr")) {
        return;
      }
      ctx.report(entry.spec().range(), "EFS entry of type " + entry.typeName() + " does not state hard; the"
          + " kernel default is hard, but AWS's recommended options name it explicitly: add hard");
    });
  }
}
