package dev.lintel.rules.cors;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import dev.lintel.model.cors.CorsRule;
import java.util.Locale;
import java.util.Set;

/**
 * S3 accepts exactly GET, PUT, POST, DELETE and HEAD (upper case) as CORS methods and rejects
 * the whole configuration for anything else, including {@code OPTIONS} and {@code *}.
 */
@RuleMeta(id = "CORS_METHOD_INVALID", title = "S3 CORS method is not allowed", severity = Severity.ERROR,
    category = Category.CORS, kinds = {FileKind.CORS, FileKind.CLOUDFORMATION}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_CORSRule.html")
public final class CorsMethodInvalidRule implements Rule {

  private static final Set<String> ALLOWED = Set.of("GET", "PUT", "POST", "DELETE", "HEAD");

  @Override
  public void register(Subscriptions on) {
    on.corsConfiguration((ctx, config) -> {
      if (!config.carrier().isS3()) {
        return;
      }
      for (CorsRule rule : config.rules()) {
        for (Token method : rule.methods()) {
          String m = method.text();
          if (!ALLOWED.contains(m)) {
            ctx.report(method, "S3 rejects CORS method '" + m + "': only GET, PUT, POST, DELETE and HEAD are"
                + " allowed" + hint(m));
          }
        }
      }
    });
  }

  private static String hint(String method) {
    String upper = method.trim().toUpperCase(Locale.ROOT);
    if (ALLOWED.contains(upper)) {
      return " (methods are case-sensitive: write " + upper + ")";
    }
    return upper.equals("OPTIONS") ? " (S3 answers preflight OPTIONS requests by itself)" : "";
  }
}
