package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import dev.lintel.model.nginx.Directive;

/**
 * {@code proxy_set_header Host} filled from a client-supplied value ({@code $http_host},
 * {@code $http_x_forwarded_host} or a query argument) instead of the validated {@code $host}.
 */
@RuleMeta(id = "NGINX_HOST_SPOOFING", title = "Upstream Host header taken from the client",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    aliases = {"host_spoofing"}, helpUri = "https://nginx.org/en/docs/http/ngx_http_core_module.html#var_host")
public final class NginxHostSpoofingRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxDirective("proxy_set_header", (ctx, dc) -> {
      Directive d = dc.directive();
      if (d.args().size() < 2 || !d.arg(0).equalsIgnoreCase("host")) {
        return;
      }
      Token value = d.args().get(1);
      String v = value.text().replaceFirst("^\\$\\{([A-Za-z0-9_]+)}$", "\\$$1");
      if (v.equals("$http_host") || v.equals("$http_x_forwarded_host") || v.startsWith("$arg_")) {
        ctx.report(d.file(), value.range(), "proxy_set_header Host " + value.text()
            + " passes a Host chosen by the client to the upstream: use $host");
      }
    });
  }
}
