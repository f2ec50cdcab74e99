package dev.lintel.rules.fstab;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import dev.lintel.model.fstab.MountOption;

/**
 * Structural fstab(5) defects: a line with one or two fields, a dump or pass field that is not a
 * non-negative integer (errors); more than six fields, an empty option item, or a network entry
 * with a non-zero pass number (warnings).
 */
@RuleMeta(id = "FSTAB_ENTRY_MALFORMED", title = "fstab entry is malformed", severity = Severity.ERROR,
    category = Category.FSTAB, kinds = {FileKind.FSTAB}, tags = {"correctness"},
    helpUri = "https://man7.org/linux/man-pages/man5/fstab.5.html")
public final class FstabEntryMalformedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.fstabEntry((ctx, entry) -> {
      int count = entry.fields().size();
      if (count <= 2) {
        ctx.report(entry.spec().range(), "fstab line has " + count + (count == 1 ? " field" : " fields")
            + " ('" + String.join(" ", entry.fields().stream().map(Token::text).toList())
            + "'): an entry needs at least the device, the mount point and the type, so mount ignores it");
        return;
      }
      checkNumber(ctx, entry.freq(), "dump (fifth)");
      checkNumber(ctx, entry.passno(), "pass (sixth)");
      if (count > 6) {
        ctx.report(entry.fields().get(6).range(), "fstab line has " + count + " fields; everything after the"
            + " sixth ('" + entry.fields().get(6).text() + "' ...) is ignored").level(Severity.WARNING);
      }
      for (MountOption o : entry.options()) {
        if (o.name().isEmpty() && !o.hasValue()) {
          ctx.report(o.range(), "Empty item in the option list '" + entry.optionsField().text()
              + "': remove the extra comma").level(Severity.WARNING);
        }
      }
      Token pass = entry.passno();
      if (FstabSupport.isNetworkEntry(entry) && pass != null && pass.text().matches("\\d+")
          && !pass.text().matches("0+")) {
        ctx.report(pass.range(), "Network mount of type " + entry.typeName() + " has pass number "
            + pass.text() + ": fsck cannot check a network file system; use 0").level(Severity.WARNING);
      }
    });
  }

  private static void checkNumber(RuleContext ctx, Token field, String which) {
    if (field != null && !field.text().matches("\\d+")) {
      ctx.report(field.range(), "The " + which + " field of an fstab entry must be a non-negative integer, not '"
          + field.text() + "'");
    }
  }
}
