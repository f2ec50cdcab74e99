package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.nginx.Directive;

/** {@code error_log off}: nginx has no such value and writes its errors to a file named off. */
@RuleMeta(id = "NGINX_ERROR_LOG_OFF", title = "error_log off writes to a file named off",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"correctness"},
    aliases = {"error_log_off"}, helpUri = "https://nginx.org/en/docs/ngx_core_module.html#error_log")
public final class NginxErrorLogOffRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxDirective("error_log", (ctx, dc) -> {
      Directive d = dc.directive();
      if ("off".equals(d.arg(0))) {
        ctx.report(d.file(), d.args().get(0).range(), "error_log off does not disable logging: nginx writes"
            + " errors to a file named off; use error_log /dev/null crit to discard them");
      }
    });
  }
}
