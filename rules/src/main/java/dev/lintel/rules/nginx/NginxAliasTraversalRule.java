package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.FileKind;
import java.util.BitSet;

/**
 * An {@code alias} that requests can step out of: a prefix location without a trailing slash
 * ({@code /files../etc}), or a regex location whose capture lands in the alias where it can
 * start with {@code ..} or extend the last path component.
 */
@RuleMeta(id = "NGINX_ALIAS_TRAVERSAL", title = "alias lets requests escape the intended directory",
    severity = Severity.ERROR, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    aliases = {"alias_traversal"}, helpUri = "https://nginx.org/en/docs/http/ngx_http_core_module.html#alias")
public final class NginxAliasTraversalRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxDirective("alias", (ctx, dc) -> {
      Directive alias = dc.directive();
      Directive location = dc.enclosing("location");
      NginxLocation loc = location == null ? null : NginxLocation.of(location);
      if (alias.args().isEmpty() || loc == null) {
        return;
      }
      String target = alias.arg(0);
      if (loc.isPrefix() && !loc.path().endsWith("/")) {
        boolean slash = target.endsWith("/");
        ctx.report(alias.file(), alias.args().get(0).range(), "alias " + target + " in location " + loc.path()
            + ", which does not end with /: a request for " + loc.path() + (slash ? "../secret reaches "
            + target + "../secret, outside the aliased directory" : "-other reaches " + target
            + "-other, next to the aliased path")).level(slash ? Severity.ERROR : Severity.WARNING);
      } else if (loc.isRegex()) {
        NginxRegex regex = NginxRegex.parse(loc.path(), loc.modifier().equals("~*"));
        String found = regex == null ? null : captureProblem(regex, target);
        if (found != null) {
          ctx.report(alias.file(), alias.args().get(0).range(), found.substring(1))
              .level(found.charAt(0) == 'E' ? Severity.ERROR : Severity.WARNING);
        }
      }
    });
  }

  /** The worst problem of a capture used in the alias, prefixed with E (error) or W (warning). */
  private static String captureProblem(NginxRegex regex, String target) {
    StringBuilder before = new StringBuilder();
    boolean literalBefore = false;
    String warning = null;
    for (NginxVariables.Piece p : NginxVariables.pieces(target)) {
      NginxRegex.Group g = !p.variable() ? null : Character.isDigit(p.text().charAt(0))
          ? regex.group(p.text().charAt(0) - '0') : regex.group(p.text());
      if (g != null && !NginxRegex.fixedValues(g.body())) {
        BitSet first = NginxRegex.first(g.body());
        boolean s = g.precededBySlash() || NginxRegex.startsWithSlash(g.body());
        boolean a = before.length() > 0 && before.charAt(before.length() - 1) == '/';
        if (!literalBefore) {
          return "E" + "alias " + target + " starts with capture $" + p.text() + ": the request chooses the whole path";
        }
        if (!s && a && first.get('.')) {
          boolean slash = NginxRegex.chars(g.body()).get('/');
          String m = "alias " + target + ": capture $" + p.text() + " is not preceded by / in the location regex and can"
              + " start with '..'" + (slash ? ", so a request can climb out of the aliased directory" : "");
          if (slash) {
            return "E" + m;
          }
          warning = warning == null ? "W" + m : warning;
        } else if (!a && !NginxRegex.startsWithSlash(g.body())) {
          warning = warning == null ? "W" + "alias " + target + ": capture $" + p.text() + " directly extends the path "
              + before + ", so a request can reach siblings such as " + before + ".secret" : warning;
        }
      }
      literalBefore |= !p.variable();
      before.append(p.variable() ? "$" + p.text() : p.text());
    }
    return warning;
  }
}
