package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.nginx.Directive;
import java.util.Set;

/**
 * A {@code server} with no TLS {@code listen} that does not redirect every request to HTTPS
 * ({@code return 301|302|307|308 https://...} at server level or in {@code location /}) serves
 * its content over plain HTTP. Option {@code tls_terminated_upstream: true} turns the rule off
 * where a load balancer ends TLS in front of nginx.
 */
@RuleMeta(id = "NGINX_NO_TLS_LISTENER", title = "Server answers only over plain HTTP", severity = Severity.NOTE,
    category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    helpUri = "https://nginx.org/en/docs/http/configuring_https_servers.html")
public final class NginxNoTlsListenerRule implements Rule {

  private static final Set<String> REDIRECTS = Set.of("301", "302", "307", "308");

  @Override
  public void register(Subscriptions on) {
    on.nginxDirective("server", (ctx, dc) -> {
      Object upstream = ctx.options().get("tls_terminated_upstream");
      Directive server = dc.directive();
      if (Boolean.TRUE.equals(upstream) || "true".equalsIgnoreCase(String.valueOf(upstream))
          || !NginxSupport.isHttpServer(dc) || NginxSupport.isTlsServer(server)
          || NginxSupport.missingIncludeIn(server) || redirectsToHttps(server)) {
        return;
      }
      ctx.report(server.file(), server.name().range(), "Server " + NginxSupport.serverLabel(server)
          + " has no TLS listen and does not redirect to HTTPS, so it serves its content over plain HTTP:"
          + " add listen 443 ssl (or a return 301 https://$host$request_uri), or set tls_terminated_upstream"
          + " when a load balancer terminates TLS");
    });
  }

  private static boolean redirectsToHttps(Directive server) {
    if (isHttpsRedirect(server)) {
      return true;
    }
    for (Directive d : server.children()) {
      if (d.nameText().equals("location") && d.isBlock() && isRoot(d) && isHttpsRedirect(d)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRoot(Directive location) {
    int n = location.args().size();
    return (n == 1 || n == 2 && location.arg(0).equals("^~")) && location.arg(n - 1).equals("/");
  }

  private static boolean isHttpsRedirect(Directive block) {
    for (Directive d : block.children()) {
      if (d.nameText().equals("return") && d.args().size() >= 2 && REDIRECTS.contains(d.arg(0))
          && d.arg(1).startsWith("https://")) {
        return true;
      }
    }
    return false;
  }
}
