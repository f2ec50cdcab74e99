package dev.lintel.rules.cors;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import java.util.regex.Pattern;

/**
 * A browser's {@code Origin} header is exactly {@code scheme://host[:port]}. An allowed origin
 * with a path or trailing slash, without a scheme, with whitespace, or listing several origins
 * separated by commas never equals it, so the rule silently never matches. Values with a
 * {@code *} are only checked for whitespace, commas and a path.
 */
@RuleMeta(id = "CORS_ORIGIN_MALFORMED", title = "CORS origin can never match a browser Origin",
    severity = Severity.ERROR, category = Category.CORS, kinds = {FileKind.CORS, FileKind.CLOUDFORMATION},
    tags = {"correctness"}, helpUri = "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Origin")
public final class CorsOriginMalformedRule implements Rule {

  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
  private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^:/?#\\[\\]@]+)(:\\d{1,5})?");

  @Override
  public void register(Subscriptions on) {
    TemplateCors.onEveryOrigin(on, CorsOriginMalformedRule::check);
  }

  private static void check(RuleContext ctx, Token origin) {
    String problem = problem(origin.text());
    if (problem != null) {
      ctx.report(origin, "CORS origin '" + origin.text() + "' " + problem + ", so it never equals a browser's"
          + " Origin header (scheme://host[:port])");
    }
  }

  static String problem(String o) {
    if (o.chars().anyMatch(Character::isWhitespace)) {
      return "contains whitespace";
    }
    if (o.contains(",")) {
      return "lists several origins in one value (write one origin per value)";
    }
    int sep = o.indexOf("://");
    String rest = sep >= 0 ? o.substring(sep + 3) : o;
    if (o.contains("*")) {
      return rest.contains("/") ? "has a path or a trailing /" : null;
    }
    if (sep <= 0 || !SCHEME.matcher(o.substring(0, sep)).matches()) {
      return "has no scheme (such as https://)";
    }
    if (rest.contains("/")) {
      return "has a path or a trailing /";
    }
    return HOST_PORT.matcher(rest).matches() ? null : "is not of the form scheme://host[:port]";
  }
}
