package dev.lintel.rules.fstab;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import dev.lintel.model.fstab.FstabEntry;
import java.util.HashMap;
import java.util.Map;

/**
 * A mount point that mount cannot use as written: not absolute, or relying on {@code $VAR} or
 * {@code ~} expansion that fstab does not do (error); or a mount point already used by an
 * earlier entry, which the later mount hides (warning). Swap entries are exempt.
 */
@RuleMeta(id = "FSTAB_MOUNT_POINT_INVALID", title = "Mount point is not a usable absolute path",
    severity = Severity.ERROR, category = Category.FSTAB, kinds = {FileKind.FSTAB}, tags = {"correctness"},
    helpUri = "https://man7.org/linux/man-pages/man5/fstab.5.html")
public final class FstabMountPointInvalidRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.fstab((ctx, fstab) -> {
      Map<String, Token> seen = new HashMap<>();
      for (FstabEntry entry : fstab.entries()) {
        Token point = entry.mountPoint();
        if (point == null || entry.fields().size() < 3) {
          continue;
        }
        String path = point.text();
        boolean swap = entry.typeName().equals("swap");
        if (swap && (path.equals("none") || path.equals("swap"))) {
          continue;
        }
        if (path.startsWith("~") || path.contains("$")) {
          ctx.report(point.range(), "Mount point '" + path + "' relies on " + (path.startsWith("~") ? "~" : "variable")
              + " expansion, which fstab does not do: write the absolute path");
          continue;
        }
        if (!path.startsWith("/")) {
          ctx.report(point.range(), "Mount point '" + path + "' is not an absolute path: write the full path"
              + " starting with /");
          continue;
        }
        if (swap) {
          continue;
        }
        String key = path.length() > 1 ? path.replaceAll("/+$", "") : path;
        Token earlier = seen.putIfAbsent(key.isEmpty() ? "/" : key, point);
        if (earlier != null) {
          ctx.report(point.range(), "Mount point '" + path + "' is already used on line "
              + earlier.range().startLine() + ": this mount hides the earlier one").level(Severity.WARNING)
              .related(earlier.range(), "first mount on " + path);
        }
      }
    });
  }
}
