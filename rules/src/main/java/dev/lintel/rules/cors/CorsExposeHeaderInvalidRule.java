package dev.lintel.rules.cors;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import dev.lintel.model.cors.CorsRule;

/**
 * Each S3 expose-header value names exactly one response header: no comma-separated list, no
 * whitespace, and no {@code *} (S3 does not support wildcards there).
 */
@RuleMeta(id = "CORS_EXPOSE_HEADER_INVALID", title = "S3 expose-header value is invalid", severity = Severity.ERROR,
    category = Category.CORS, kinds = {FileKind.CORS, FileKind.CLOUDFORMATION}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_CORSRule.html")
public final class CorsExposeHeaderInvalidRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.corsConfiguration((ctx, config) -> {
      for (CorsRule rule : config.rules()) {
        for (Token header : rule.exposeHeaders()) {
          String h = header.text();
          String problem = h.contains("*") ? "a * wildcard, which S3 does not support for exposed headers"
              : h.contains(",") ? "a comma: write one header per value"
              : h.chars().anyMatch(Character::isWhitespace) ? "whitespace" : null;
          if (problem != null) {
            ctx.report(header, "S3 expose-header value '" + h + "' contains " + problem);
          }
        }
      }
    });
  }
}
