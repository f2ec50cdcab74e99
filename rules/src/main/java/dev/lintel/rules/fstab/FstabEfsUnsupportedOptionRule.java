package dev.lintel.rules.fstab;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.fstab.MountOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * EFS mount options the service cannot honour: Kerberos security flavours, UDP transport, and
 * on plain NFS entries an NFS port other than 2049. The mount fails or hangs.
 */
@RuleMeta(id = "FSTAB_EFS_UNSUPPORTED_OPTION", title = "EFS mount option the service does not support",
    severity = Severity.ERROR, category = Category.FSTAB, kinds = {FileKind.FSTAB}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/efs/latest/ug/mounting-fs-mount-cmd-general.html")
public final class FstabEfsUnsupportedOptionRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.fstabEntry((ctx, entry) -> {
      if (!FstabSupport.isEfsEntry(entry)) {
        return;
      }
      for (MountOption o : entry.options()) {
        String value = o.hasValue() ? o.value().trim().toLowerCase(Locale.ROOT) : "";
        String what = o.name() + "=" + (o.hasValue() ? o.value().trim() : "");
        if (o.name().equals("sec") && Arrays.stream(value.split(":")).anyMatch(f -> f.startsWith("krb5"))) {
          ctx.report(o.range(), "EFS does not support Kerberos security (" + what + "): remove the sec option");
        } else if (o.name().equals("proto") && (value.equals("udp") || value.equals("udp6"))) {
          ctx.report(o.range(), "EFS is reachable over TCP only (" + what + "): use proto=tcp or drop it");
        } else if (o.name().equals("port") && FstabSupport.isNfsType(entry) && !value.equals("2049")) {
          ctx.report(o.range(), "EFS serves NFS on port 2049 only (" + what + "): remove the port option");
        }
      }
    });
  }
}
