package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.DirectiveInContext;
import dev.lintel.model.nginx.NginxConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code gzip on} in effect on a TLS server (at server level or in any of its locations) exposes
 * secrets in compressed responses to length-based attacks such as BREACH. Reported once per
 * {@code gzip on} directive, naming the TLS servers it affects: a warning when written inside a
 * TLS server, a note when only inherited from {@code http}.
 */
@RuleMeta(id = "NGINX_GZIP_WITH_SSL", title = "Response compression enabled on a TLS server",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    helpUri = "https://nginx.org/en/docs/http/ngx_http_gzip_module.html#gzip")
public final class NginxGzipWithSslRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxConfig((ctx, config) -> {
      Map<Directive, Set<String>> servers = new LinkedHashMap<>();
      Set<Directive> inside = new LinkedHashSet<>();
      for (DirectiveInContext dc : DirectiveInContext.walk(config)) {
        Directive server = dc.directive();
        if (!NginxSupport.isHttpServer(dc) || !NginxSupport.isTlsServer(server)) {
          continue;
        }
        List<Directive> chain = new ArrayList<>(dc.parents());
        chain.add(server);
        collect(chain, dc.parents().size(), config, servers, inside, NginxSupport.serverLabel(server));
      }
      servers.forEach((gzip, names) -> {
        boolean own = inside.contains(gzip);
        ctx.report(gzip.file(), gzip.args().get(0).range(), "gzip on is in effect on TLS server"
            + (names.size() > 1 ? "s " : " ") + String.join(", ", names) + (own ? "" : " (inherited)")
            + ": compressing responses that mix secrets with request data enables the BREACH attack; turn gzip off"
            + " for TLS servers or for the locations that return secrets")
            .level(own ? Severity.WARNING : Severity.NOTE);
      });
    });
  }

  /** Records the effective {@code gzip on} of the last block of {@code chain} and of every block below it. */
  private static void collect(List<Directive> chain, int serverIndex, NginxConfig config,
      Map<Directive, Set<String>> servers, Set<Directive> inside, String label) {
    Directive block = chain.get(chain.size() - 1);
    Directive gzip = null;
    boolean own = false;
    for (int i = chain.size() - 1; i >= 0 && gzip == null; i--) {
      gzip = NginxSupport.own("gzip", chain.get(i));
      own = i >= serverIndex;
    }
    if (gzip == null && !config.isFullConfig()) {
      own = false;
      gzip = config.children().stream().filter(d -> d.nameText().equals("gzip")).findFirst().orElse(null);
    }
    if (gzip != null && !gzip.args().isEmpty() && NginxSupport.unquoted(gzip.args().get(0)).equals("on")) {
      servers.computeIfAbsent(gzip, k -> new LinkedHashSet<>()).add(label);
      if (own) {
        inside.add(gzip);
      }
    }
    for (Directive child : block.children()) {
      if (child.isBlock() && (child.nameText().equals("location") || child.nameText().equals("if"))) {
        chain.add(child);
        collect(chain, serverIndex, config, servers, inside, label);
        chain.remove(chain.size() - 1);
      }
    }
  }
}
