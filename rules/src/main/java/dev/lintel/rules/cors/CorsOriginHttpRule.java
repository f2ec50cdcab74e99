package dev.lintel.rules.cors;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import java.util.Locale;
import java.util.Set;

/**
 * An allowed origin with scheme {@code http://} other than a loopback host: a page served over
 * HTTPS never sends it, and anyone on the network path can impersonate a plain-HTTP origin.
 */
@RuleMeta(id = "CORS_ORIGIN_HTTP", title = "CORS trusts a plain-HTTP origin", severity = Severity.WARNING,
    category = Category.CORS, kinds = {FileKind.CORS, FileKind.CLOUDFORMATION}, tags = {"security"},
    helpUri = "https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS")
public final class CorsOriginHttpRule implements Rule {

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

  @Override
  public void register(Subscriptions on) {
    TemplateCors.onEveryOrigin(on, CorsOriginHttpRule::check);
  }

  private static void check(RuleContext ctx, Token origin) {
    String o = origin.text().trim().toLowerCase(Locale.ROOT);
    if (!o.startsWith("http://")) {
      return;
    }
    String hostPort = o.substring("http://".length()).split("/", 2)[0];
    int end = hostPort.startsWith("[") ? hostPort.indexOf(']') + 1 : hostPort.indexOf(':');
    String host = end > 0 ? hostPort.substring(0, end) : hostPort;
    if (!LOOPBACK.contains(host)) {
      ctx.report(origin, "CORS trusts the plain-HTTP origin '" + origin.text().trim() + "': its pages can be"
          + " altered on the network, and a site served over HTTPS sends an https:// origin; use https://");
    }
  }
}
