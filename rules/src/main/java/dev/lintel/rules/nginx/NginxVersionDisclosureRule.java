package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.NginxConfig;

/**
 * nginx names its version in the Server header and on error pages unless {@code server_tokens}
 * is off. Reports {@code server_tokens on|build}, and in a full configuration every server of an
 * {@code http} block where no {@code server_tokens} is in effect (the default is on).
 */
@RuleMeta(id = "NGINX_VERSION_DISCLOSURE", title = "nginx reveals its version", severity = Severity.NOTE,
    category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"}, aliases = {"version_disclosure"},
    helpUri = "https://nginx.org/en/docs/http/ngx_http_core_module.html#server_tokens")
public final class NginxVersionDisclosureRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxDirective("server_tokens", (ctx, dc) -> {
      for (Token arg : dc.directive().args()) {
        String value = NginxSupport.unquoted(arg);
        if (value.equals("on") || value.equals("build")) {
          ctx.report(dc.directive().file(), arg.range(), "server_tokens " + value
              + " shows the nginx version in the Server header and on error pages: set server_tokens off");
        }
      }
    });
    on.nginxDirective("server", (ctx, dc) -> {
      Directive server = dc.directive();
      NginxConfig config = ctx.file().nginx();
      if (!server.isBlock() || dc.enclosing("http") == null || !config.isFullConfig()
          || NginxSupport.effective("server_tokens", server, dc.parents(), config) != null
          || NginxSupport.missingIncludeInScope(server, dc.parents(), config)) {
        return;
      }
      ctx.report(server.file(), server.name().range(), "No server_tokens is in effect for this server, and the"
          + " default (on) shows the nginx version in the Server header and on error pages: set server_tokens off");
    });
  }
}
