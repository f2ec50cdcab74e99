package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.nginx.Directive;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code return} runs in the rewrite phase, before the access phase, so it answers even clients
 * that the {@code allow}/{@code deny} rules of its block or of an enclosing block would refuse.
 * Reported once per {@code return}.
 */
@RuleMeta(id = "NGINX_RETURN_BYPASSES_ALLOW_DENY", title = "return answers before allow/deny are checked",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    aliases = {"return_bypasses_allow_deny"},
    helpUri = "https://nginx.org/en/docs/dev/development_guide.html#http_phases")
public final class NginxReturnBypassesAllowDenyRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxConfig((ctx, config) -> {
      Map<Directive, Directive> returns = new LinkedHashMap<>();
      for (NginxLevels.Level level : NginxLevels.of(config)) {
        Directive access = level.directives().stream()
            .filter(d -> d.nameText().equals("allow") || d.nameText().equals("deny")).findFirst().orElse(null);
        if (access != null) {
          collectReturns(level.directives(), access, returns, 0);
        }
      }
      returns.forEach((ret, access) -> {
        var r = ctx.report(ret.file(), ret.name().range(), "return runs before the access rules ("
            + access.nameText() + " " + access.arg(0) + "), so clients they refuse still get this response:"
            + " enforce the restriction before the return, e.g. with a geo variable tested in an if");
        if (access.file().equals(ret.file())) {
          r.related(access.name().range(), "access rule that the return bypasses");
        }
      });
    });
  }

  private static void collectReturns(Iterable<Directive> level, Directive access, Map<Directive, Directive> out,
      int depth) {
    for (Directive d : level) {
      if (d.nameText().equals("return")) {
        out.put(d, access);
      } else if (d.isBlock() && depth < 1000) {
        collectReturns(d.children(), access, out, depth + 1);
      }
    }
  }
}
