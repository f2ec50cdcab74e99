package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.DirectiveInContext;
import dev.lintel.model.nginx.NginxConfig;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Upstream host names that nginx looks up once at start-up and never again ({@code proxy_pass}
 * to a literal host name, an {@code upstream} server without {@code resolve}), and
 * {@code server … resolve} with no {@code resolver} in scope, where re-resolution cannot work.
 */
@RuleMeta(id = "NGINX_STALE_DNS_CACHE", title = "Upstream host name resolved only at start-up",
    severity = Severity.NOTE, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"correctness"},
    aliases = {"stale_dns_cache"}, helpUri = "https://nginx.org/en/docs/http/ngx_http_upstream_module.html#resolve")
public final class NginxStaleDnsCacheRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxConfig((ctx, config) -> {
      List<DirectiveInContext> all = DirectiveInContext.walk(config);
      Set<String> upstreams = all.stream().map(DirectiveInContext::directive)
          .filter(d -> d.nameText().equals("upstream") && d.isBlock() && d.arg(0) != null)
          .map(d -> d.arg(0).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
      // an upstream named without a dot may be declared in a file that is not part of this scan
      boolean upstreamsIncomplete = !config.isFullConfig()
          || NginxLevels.of(config).stream().anyMatch(NginxLevels.Level::hasMissingInclude);
      for (DirectiveInContext dc : all) {
        Directive d = dc.directive();
        if (d.nameText().equals("proxy_pass") && d.arg(0) != null) {
          proxyPass(ctx, d, upstreams, upstreamsIncomplete);
        } else if (d.nameText().equals("server") && !d.isBlock() && dc.parent() != null
            && dc.parent().nameText().equals("upstream") && d.arg(0) != null) {
          upstreamServer(ctx, dc, config);
        }
      }
    });
  }

  private static void proxyPass(RuleContext ctx, Directive d, Set<String> upstreams, boolean upstreamsIncomplete) {
    String url = d.arg(0);
    int scheme = url.indexOf("://");
    if (scheme < 0 || url.contains("$") || url.startsWith("unix:", scheme + 3)) {
      return;
    }
    String host = NginxAddresses.host(url.substring(scheme + 3).split("[/?#]", 2)[0]);
    if (isHostName(host) && !upstreams.contains(host) && !(upstreamsIncomplete && !host.contains("."))) {
      ctx.report(d.file(), d.args().get(0).range(), "proxy_pass to host name " + host + " is resolved once at"
          + " start-up and never refreshed: use an upstream with server ... resolve, or a variable and a resolver");
    }
  }

  private static void upstreamServer(RuleContext ctx, DirectiveInContext dc, NginxConfig config) {
    Directive d = dc.directive();
    if (d.arg(0).startsWith("unix:") || !isHostName(NginxAddresses.host(d.arg(0)))) {
      return;
    }
    Directive upstream = dc.parent();
    List<Directive> outer = dc.parents().subList(0, dc.parents().size() - 1);
    if (d.args().stream().noneMatch(t -> t.text().equals("resolve"))) {
      ctx.report(d.file(), d.args().get(0).range(), "upstream server " + d.arg(0) + " is resolved once at start-up"
          + " and never refreshed: add the resolve parameter and a resolver");
    } else if (NginxSupport.effective("resolver", upstream, outer, config) == null
        && !NginxSupport.missingIncludeInScope(upstream, outer, config)) {
      ctx.report(d.file(), d.name().range(), "upstream server " + d.arg(0) + " has resolve but no resolver is in"
          + " scope, so it is never re-resolved: add a resolver").level(Severity.WARNING);
    }
  }

  /** A literal host name: not an IP address, not localhost, no variable. */
  private static boolean isHostName(String host) {
    return !host.isEmpty() && !host.contains("$") && !host.equals("localhost") && NginxAddresses.ip(host) == null;
  }
}
