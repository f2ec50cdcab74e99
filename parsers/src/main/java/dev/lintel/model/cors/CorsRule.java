package dev.lintel.model.cors;

import dev.lintel.model.TextRange;
import dev.lintel.model.Token;
import java.util.List;

/**
 * One CORS rule, whatever carried it (S3 XML, console JSON array, CLI {@code CORSRules} JSON, or
 * a template's {@code CorsConfiguration.CorsRules}). {@code anchor} is where to report something
 * missing: the {@code <CORSRule>} start tag or the rule object's first key. {@code maxAge} and
 * {@code id} are null when absent. {@code unknownElements} are element or key names that the
 * carrier does not define.
 */
public record CorsRule(
    TextRange anchor,
    List<Token> origins,
    List<Token> methods,
    List<Token> allowedHeaders,
    List<Token> exposeHeaders,
    Token maxAge,
    Token id,
    List<Token> unknownElements) {

  public CorsRule {
    origins = List.copyOf(origins);
    methods = List.copyOf(methods);
    allowedHeaders = List.copyOf(allowedHeaders);
    exposeHeaders = List.copyOf(exposeHeaders);
    unknownElements = List.copyOf(unknownElements);
  }

  /** True for {@code *} or a scheme followed only by a wildcard host ({@code https://*}). */
  public static boolean isWildcardOrigin(String origin) {
    String o = origin.trim();
    if (o.equals("*")) {
      return true;
    }
    int scheme = o.indexOf("://");
    return scheme > 0 && o.substring(scheme + 3).equals("*");
  }

  public boolean hasWildcardOrigin() {
    return origins.stream().anyMatch(t -> isWildcardOrigin(t.text()));
  }
}
