package dev.lintel.rules.fstab;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import dev.lintel.model.fstab.FstabEntry;
import dev.lintel.model.fstab.MountOption;

/**
 * Option combinations the efs-utils mount helper validates and refuses before mounting: the
 * entry then never mounts. Each offending option is reported with the helper's reason.
 */
@RuleMeta(id = "FSTAB_EFS_HELPER_OPTION_CONFLICT", title = "efs-utils options the mount helper rejects",
    severity = Severity.ERROR, category = Category.FSTAB, kinds = {FileKind.FSTAB}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/efs/latest/ug/mounting-fs-mount-helper-ec2-linux.html")
public final class FstabEfsHelperOptionConflictRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.fstabEntry((ctx, entry) -> {
      if (!entry.typeName().equals("efs")) {
        return;
      }
      Token spec = entry.spec();
      String id = spec.text().contains(":") ? spec.text().substring(0, spec.text().indexOf(':')) : spec.text();
      if (id.startsWith("fs-") && !id.contains(".") && !id.matches("fs-[0-9a-f]+")) {
        ctx.report(spec.range(), "efs mount helper rejects file system id '" + id
            + "': an id is fs- followed by lower-case hex digits");
      }
      for (MountOption o : entry.options()) {
        String reason = reason(o, entry);
        if (reason != null) {
          ctx.report(o.range(), "efs mount helper rejects option '" + text(o) + "': " + reason);
        }
      }
    });
  }

  private static String reason(MountOption o, FstabEntry entry) {
    boolean tls = entry.hasOption("tls");
    boolean iam = entry.hasOption("iam");
    String value = o.hasValue() ? o.value() : "";
    return switch (o.name()) {
      case "port" -> tls ? "port cannot be combined with tls; use tlsport" : null;
      case "notls" -> tls ? "notls contradicts tls" : null;
      case "noocsp" -> tls && entry.hasOption("ocsp") ? "ocsp and noocsp are both set" : null;
      case "tlsport" -> tls && !value.matches("\\d+") ? "tlsport must be an integer" : null;
      case "accesspoint" -> !tls ? "accesspoint requires tls"
          : value.matches("fsap-[0-9a-f]{17}") ? null : "an access point id is fsap- and 17 hex digits";
      case "iam" -> tls ? null : "iam requires tls";
      case "awsprofile" -> iam ? null : "awsprofile requires iam";
      case "awscredsuri" -> !iam ? "awscredsuri requires iam"
          : entry.hasOption("awsprofile") ? "awscredsuri cannot be combined with awsprofile"
          : value.startsWith("/") ? null : "awscredsuri must be a path starting with /";
      case "capath" -> "capath is not supported; use cafile";
      case "azid" -> "azid is not supported for efs mounts";
      default -> null;
    };
  }

  private static String text(MountOption o) {
    return o.hasValue() ? o.name() + "=" + o.value() : o.name();
  }
}
