package dev.lintel.rules.fstab;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.fstab.MountOption;

/**
 * Explicit {@code rsize}/{@code wsize}/{@code timeo}/{@code retrans} values on an EFS entry that
 * differ from AWS's recommendation (1048576, 1048576, 600, 2). Transfer sizes below 1 MiB and a
 * {@code timeo} below 150 are warnings; other deviations are notes. Absent options are fine: the
 * kernel and efs-utils defaults already match.
 */
@RuleMeta(id = "FSTAB_EFS_NFS_TUNING", title = "EFS transfer or retry options deviate from the recommendation",
    severity = Severity.WARNING, category = Category.FSTAB, kinds = {FileKind.FSTAB}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/efs/latest/ug/mounting-fs-nfs-mount-settings.html")
public final class FstabEfsNfsTuningRule implements Rule {

  private static final long ONE_MIB = 1_048_576;

  @Override
  public void register(Subscriptions on) {
    on.fstabEntry((ctx, entry) -> {
      if (!FstabSupport.isEfsEntry(entry)) {
        return;
      }
      for (MountOption o : entry.options()) {
        Long n = FstabSupport.number(o);
        if (n == null) {
          continue;
        }
        String what = o.name() + "=" + o.value().trim();
        switch (o.name()) {
          case "rsize", "wsize" -> {
            if (n < ONE_MIB) {
              ctx.report(o.range(), "EFS mount sets " + what + ", below the recommended 1048576: smaller"
                  + " transfers lower throughput; use " + o.name() + "=1048576");
            } else if (n > ONE_MIB) {
              ctx.report(o.range(), "EFS mount sets " + what + ", above the 1048576 bytes the server accepts:"
                  + " it is capped anyway; use " + o.name() + "=1048576").level(Severity.NOTE);
            }
          }
          case "timeo" -> {
            if (n < 150) {
              ctx.report(o.range(), "EFS mount sets " + what + " (tenths of a second): retries start too early"
                  + " and add load under congestion; use timeo=600");
            } else if (n != 600) {
              ctx.report(o.range(), "EFS mount sets " + what + " where AWS recommends timeo=600")
                  .level(Severity.NOTE);
            }
          }
          case "retrans" -> {
            if (n != 2) {
              ctx.report(o.range(), "EFS mount sets " + what + " where AWS recommends retrans=2")
                  .level(Severity.NOTE);
            }
          }
          default -> { }
        }
      }
    });
  }
}
