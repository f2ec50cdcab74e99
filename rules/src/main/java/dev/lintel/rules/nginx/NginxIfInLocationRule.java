package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.nginx.Directive;
import java.util.List;
import java.util.Set;

/**
 * A directive other than {@code return} or a final {@code rewrite} inside an {@code if} of a
 * {@code location}: such an {@code if} is an implicit location whose configuration replaces the
 * enclosing one in surprising ways.
 */
@RuleMeta(id = "NGINX_IF_IN_LOCATION", title = "Unsafe directive inside if in a location",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"correctness"},
    aliases = {"if_is_evil"}, helpUri = "https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#if")
public final class NginxIfInLocationRule implements Rule {

  private static final Set<String> FINAL_REWRITE_FLAGS = Set.of("last", "redirect", "permanent");

  @Override
  public void register(Subscriptions on) {
    on.nginxDirective("if", (ctx, dc) -> {
      Directive parent = dc.parent();
      if (parent == null || !parent.nameText().equals("location") || !dc.directive().isBlock()) {
        return;
      }
      for (Directive d : dc.directive().children()) {
        if (!isSafe(d)) {
          ctx.report(d.file(), d.name().range(), d.nameText() + " inside an if in a location runs in an implicit"
              + " location with surprising inheritance: use only return or rewrite ... last there, or a map");
        }
      }
    });
  }

  private static boolean isSafe(Directive d) {
    List<String> args = d.args().stream().map(t -> t.text()).toList();
    return d.nameText().equals("return")
        || (d.nameText().equals("rewrite") && args.size() >= 3 && FINAL_REWRITE_FLAGS.contains(args.get(2)));
  }
}
