package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.DirectiveInContext;
import java.util.Locale;

/**
 * The "snakeoil" certificate that Debian and Ubuntu generate at install time is self-signed:
 * browsers warn about it, and clients that are told to accept it accept any impostor too.
 * Reports an include of {@code snippets/snakeoil.conf} and {@code ssl_certificate[_key]} paths
 * naming the snakeoil files.
 */
@RuleMeta(id = "NGINX_SNAKEOIL_CERT", title = "Self-signed distribution certificate in use",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    helpUri = "https://nginx.org/en/docs/http/configuring_https_servers.html")
public final class NginxSnakeoilCertRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxConfig((ctx, config) -> {
      for (DirectiveInContext dc : NginxIncludes.all(config)) {
        Token path = dc.directive().args().isEmpty() ? null : dc.directive().args().get(0);
        if (path != null && path.text().endsWith("snakeoil.conf")) {
          ctx.report(dc.directive().file(), path.range(), "include " + path.text() + " configures the"
              + " self-signed snakeoil certificate: install a certificate from a trusted CA (e.g. Let's Encrypt)");
        }
      }
    });
    on.nginxDirective("ssl_certificate", (ctx, dc) -> check(ctx, dc.directive()));
    on.nginxDirective("ssl_certificate_key", (ctx, dc) -> check(ctx, dc.directive()));
  }

  private static void check(RuleContext ctx, Directive d) {
    if (d.args().isEmpty()) {
      return;
    }
    Token path = d.args().get(0);
    if (path.text().toLowerCase(Locale.ROOT).contains("snakeoil")) {
      ctx.report(d.file(), path.range(), d.nameText() + " " + path.text() + " is the self-signed snakeoil"
          + (d.nameText().endsWith("_key") ? " key" : " certificate") + " generated at install time: install a"
          + " certificate from a trusted CA (e.g. Let's Encrypt)");
    }
  }
}
