package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.DirectiveInContext;
import java.util.List;

/**
 * A {@code proxy_pass} whose scheme or host part holds a request-controlled variable that can
 * contain a {@code .}: the client chooses where nginx connects (server-side request forgery).
 * Locations marked {@code internal} are exempt.
 */
@RuleMeta(id = "NGINX_SSRF", title = "Request data decides where nginx proxies to", severity = Severity.ERROR,
    category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"}, aliases = {"ssrf"},
    helpUri = "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_pass")
public final class NginxSsrfRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxConfig((ctx, config) -> {
      List<DirectiveInContext> all = DirectiveInContext.walk(config);
      NginxVariables vars = new NginxVariables(config, all);
      for (DirectiveInContext dc : all) {
        Directive d = dc.directive();
        if (!d.nameText().equals("proxy_pass") || d.args().isEmpty() || internal(dc)) {
          continue;
        }
        String culprit = hostVariable(NginxUrl.parse(d.arg(0)), vars, dc);
        if (culprit != null) {
          ctx.report(d.file(), d.args().get(0).range(), "proxy_pass " + d.arg(0) + " takes its scheme or host from $"
              + culprit + ", which the request controls: a client can make nginx connect to any server");
        }
      }
    });
  }

  private static boolean internal(DirectiveInContext dc) {
    return dc.parents().stream().anyMatch(p -> p.nameText().equals("location")
        && p.children().stream().anyMatch(c -> c.nameText().equals("internal")));
  }

  /**
   * The first variable of the scheme part, then of the host part, that can contain a dot; a
   * part is no longer checked after a piece that always contains {@code /}.
   */
  private static String hostVariable(NginxUrl url, NginxVariables vars, DirectiveInContext at) {
    for (List<NginxVariables.Piece> part : List.of(url.scheme(), url.host())) {
      for (NginxVariables.Piece p : part) {
        NginxVariables.Value v = p.variable() ? vars.resolve(p.text(), at) : null;
        if (v != null && v.alwaysSlash()) {
          break;
        }
        if (v != null && v.canContain('.')) {
          return p.text();
        }
      }
    }
    return null;
  }
}
