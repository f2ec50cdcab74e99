package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.DirectiveInContext;

/**
 * A {@code $N} reference in a {@code rewrite} replacement, or in a {@code set} inside a regex
 * {@code if}, to a capture group the regex does not have: it silently expands to nothing.
 */
@RuleMeta(id = "NGINX_REGEX_CAPTURE_UNDEFINED", title = "Capture reference to a group that does not exist",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"correctness"},
    aliases = {"invalid_regex"}, helpUri = "https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#rewrite")
public final class NginxRegexCaptureUndefinedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxDirective("rewrite", (ctx, dc) -> {
      Directive d = dc.directive();
      if (d.args().size() >= 2) {
        check(ctx, d, d.args().get(1), d.arg(0), false, "rewrite regex " + d.arg(0));
      }
    });
    on.nginxDirective("set", (ctx, dc) -> {
      Directive d = dc.directive();
      Directive parent = dc.parent();
      String[] condition = parent != null && parent.nameText().equals("if") ? NginxLocation.regexCondition(parent) : null;
      if (d.args().size() >= 2 && condition != null && !condition[1].startsWith("!")) {
        check(ctx, d, d.args().get(1), condition[2], condition[1].equals("~*"), "if regex " + condition[2]);
      }
    });
  }

  private static void check(RuleContext ctx, Directive d, Token value, String pattern,
      boolean caseInsensitive, String what) {
    NginxRegex regex = NginxRegex.parse(pattern, caseInsensitive);
    if (regex == null) {
      return;
    }
    for (NginxVariables.Piece p : NginxVariables.pieces(value.text())) {
      if (p.variable() && p.text().length() == 1 && p.text().charAt(0) >= '1'
          && p.text().charAt(0) - '0' > regex.groupCount()) {
        ctx.report(d.file(), value.range(), d.nameText() + " uses $" + p.text() + " but the " + what + " has "
            + (regex.groupCount() == 0 ? "no capture groups" : "only " + regex.groupCount() + " capture group"
            + (regex.groupCount() == 1 ? "" : "s")) + ", so $" + p.text() + " is always empty");
        return;
      }
    }
  }
}
