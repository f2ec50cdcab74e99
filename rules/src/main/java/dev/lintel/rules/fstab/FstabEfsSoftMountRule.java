package dev.lintel.rules.fstab;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.fstab.FstabEntry;
import dev.lintel.model.fstab.MountOption;

/**
 * A soft EFS mount gives up on a request after its retries and returns an I/O error to the
 * application, which can leave files half written; AWS recommends {@code hard}.
 */
@RuleMeta(id = "FSTAB_EFS_SOFT_MOUNT", title = "EFS mounted with soft", severity = Severity.WARNING,
    category = Category.FSTAB, kinds = {FileKind.FSTAB}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/efs/latest/ug/mounting-fs-nfs-mount-settings.html")
public final class FstabEfsSoftMountRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.fstabEntry((ctx, entry) -> {
      if (!FstabSupport.isEfsEntry(entry)) {
        return;
      }
      for (MountOption o : entry.options()) {
        if (o.name().equals("soft") || o.name().equals("softerr")) {
          ctx.report(o.range(), "EFS mount uses " + o.name() + ": a request that times out returns an I/O"
              + " error to the application and can corrupt data; use hard" + shortTimeout(entry));
        }
      }
    });
  }

  private static String shortTimeout(FstabEntry entry) {
    MountOption timeo = entry.option("timeo");
    if (timeo == null || !timeo.hasValue() || !timeo.value().trim().matches("\\d{1,9}")) {
      return "";
    }
    int deciseconds = Integer.parseInt(timeo.value().trim());
    return deciseconds < 150 ? " (timeo=" + deciseconds + " below 150 makes time-outs more likely)" : "";
  }
}
