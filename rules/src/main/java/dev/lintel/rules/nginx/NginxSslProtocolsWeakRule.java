package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.DirectiveInContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A TLS server whose effective {@code ssl_protocols} enables SSLv2, SSLv3, TLS 1.0 or TLS 1.1,
 * reported once on each such directive; a TLS server with no {@code ssl_protocols} in effect
 * gets a note, since the default then depends on the nginx version.
 */
@RuleMeta(id = "NGINX_SSL_PROTOCOLS_WEAK", title = "TLS server allows obsolete protocol versions",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    helpUri = "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_protocols")
public final class NginxSslProtocolsWeakRule implements Rule {

  private static final Set<String> WEAK = Set.of("sslv2", "sslv3", "tlsv1", "tlsv1.1");

  @Override
  public void register(Subscriptions on) {
    on.nginxConfig((ctx, config) -> {
      Set<Directive> weakDirectives = new LinkedHashSet<>();
      for (DirectiveInContext dc : DirectiveInContext.walk(config)) {
        Directive server = dc.directive();
        if (!server.nameText().equals("server") || !server.isBlock() || !NginxSupport.isTlsServer(server)) {
          continue;
        }
        Directive protocols = NginxSupport.effective("ssl_protocols", server, dc.parents(), config);
        if (protocols != null) {
          if (!weak(protocols).isEmpty()) {
            weakDirectives.add(protocols);
          }
        } else if (!NginxSupport.missingIncludeInScope(server, dc.parents(), config)) {
          ctx.report(server.file(), server.name().range(), "TLS server sets no ssl_protocols, so the enabled"
              + " versions depend on the nginx build (before 1.23.4 TLSv1 and TLSv1.1 were on): set ssl_protocols"
              + " TLSv1.2 TLSv1.3").level(Severity.NOTE);
        }
      }
      for (Directive d : weakDirectives) {
        List<Token> weak = weak(d);
        ctx.report(d.file(), weak.get(0).range(), "ssl_protocols enables obsolete "
            + String.join(", ", weak.stream().map(NginxSupport::unquoted).toList())
            + " on a TLS server: allow only TLSv1.2 and TLSv1.3");
      }
    });
  }

  private static List<Token> weak(Directive protocols) {
    return protocols.args().stream()
        .filter(a -> WEAK.contains(NginxSupport.unquoted(a).toLowerCase(Locale.ROOT))).toList();
  }
}
