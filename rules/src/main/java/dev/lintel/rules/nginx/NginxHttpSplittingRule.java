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
import java.util.List;

/**
 * A request-controlled variable that can hold a line break in a header value, a redirect target
 * or the upstream request line ({@code proxy_pass}, {@code proxy_set_header}, {@code add_header},
 * {@code rewrite}, a redirecting {@code return}): the client can inject headers or split the
 * response. The text of {@code return 200 text} is a response body, not a header, and is skipped.
 */
@RuleMeta(id = "NGINX_HTTP_SPLITTING", title = "Variable can inject line breaks into headers or the request line",
    severity = Severity.ERROR, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    aliases = {"http_splitting"}, helpUri = "https://nginx.org/en/docs/http/ngx_http_rewrite_module.html")
public final class NginxHttpSplittingRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxConfig((ctx, config) -> {
      List<DirectiveInContext> all = DirectiveInContext.walk(config);
      NginxVariables vars = new NginxVariables(config, all);
      for (DirectiveInContext dc : all) {
        Directive d = dc.directive();
        Token value = checkedValue(d);
        if (value == null) {
          continue;
        }
        boolean crToo = !d.nameText().startsWith("proxy_");
        for (NginxVariables.Piece p : NginxVariables.pieces(value.text())) {
          if (!p.variable() || (d.nameText().equals("rewrite") && ownCapture(d, p.text()))) {
            continue;
          }
          NginxVariables.Value v = vars.resolve(p.text(), dc);
          if (v.canContain('\n') || (crToo && v.canContain('\r'))) {
            ctx.report(d.file(), value.range(), d.nameText() + " uses $" + p.text() + ", which can contain a "
                + (v.canContain('\n') ? "line feed" : "carriage return")
                + " from the request: a client can inject headers or split the HTTP message");
            break;
          }
        }
      }
    });
  }

  /** The argument whose variables end up in a header or request line, or null. */
  private static Token checkedValue(Directive d) {
    List<Token> a = d.args();
    return switch (d.nameText()) {
      case "proxy_pass" -> a.isEmpty() ? null : a.get(0);
      case "proxy_set_header", "add_header", "rewrite" -> a.size() < 2 ? null : a.get(1);
      case "return" -> a.size() >= 2 && a.get(0).text().matches("30[12378]") ? a.get(1)
          : a.size() == 1 && isUrl(a.get(0).text()) ? a.get(0) : null;
      default -> null;
    };
  }

  private static boolean isUrl(String text) {
    return text.startsWith("http://") || text.startsWith("https://") || text.startsWith("$scheme");
  }

  /** Captures of a rewrite's own regex are not resolved in its replacement (RULES.md §3.10). */
  private static boolean ownCapture(Directive rewrite, String name) {
    if (name.length() == 1 && Character.isDigit(name.charAt(0))) {
      return true;
    }
    NginxRegex regex = NginxRegex.parse(rewrite.arg(0), false);
    return regex != null && regex.group(name) != null;
  }
}
