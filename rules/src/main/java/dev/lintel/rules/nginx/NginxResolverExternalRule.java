package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import java.util.List;

/**
 * A {@code resolver} with an address outside loopback, private and link-local ranges: answers
 * travel over networks an attacker may reach, and a spoofed answer redirects proxied traffic. One
 * finding per directive, naming every such address.
 */
@RuleMeta(id = "NGINX_RESOLVER_EXTERNAL", title = "DNS resolver outside the trusted network",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    aliases = {"resolver_external"}, helpUri = "https://nginx.org/en/docs/http/ngx_http_core_module.html#resolver")
public final class NginxResolverExternalRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxDirective("resolver", (ctx, dc) -> {
      List<Token> external = dc.directive().args().stream()
          .filter(a -> !a.text().isEmpty() && !a.text().contains("=") && !a.text().contains("$"))
          .filter(a -> !NginxAddresses.isInternal(NginxAddresses.host(a.text()))).toList();
      if (!external.isEmpty()) {
        ctx.report(dc.directive().file(), external.get(0).range(), "resolver "
            + String.join(", ", external.stream().map(Token::text).toList()) + " is outside the local network,"
            + " so spoofed DNS answers can redirect proxied traffic: use a resolver on a private or loopback"
            + " address (on AWS the VPC resolver 169.254.169.253)");
      }
    });
  }
}
