package dev.lintel.rules.cors;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.TextRange;
import dev.lintel.model.Token;
import dev.lintel.model.cors.CorsRule;
import java.util.HashSet;
import java.util.Set;

/**
 * An allowed request header of {@code *}: cross-origin pages may send any header, including
 * {@code Authorization} and custom headers an API uses for its own checks. Checks S3 CORS rules
 * and the Lambda URL, HTTP API and SAM API CORS blocks of templates.
 */
@RuleMeta(id = "CORS_ALLOWED_HEADER_WILDCARD", title = "CORS accepts any request header", severity = Severity.NOTE,
    category = Category.CORS, kinds = {FileKind.CORS, FileKind.CLOUDFORMATION}, tags = {"security"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ManageCorsUsing.html")
public final class CorsAllowedHeaderWildcardRule implements Rule {

  private static final String MESSAGE = "CORS allows every request header ('*'): list the headers the"
      + " clients need, such as Content-Type";

  @Override
  public void register(Subscriptions on) {
    on.corsConfiguration((ctx, config) -> {
      for (CorsRule rule : config.rules()) {
        rule.allowedHeaders().stream().filter(h -> h.text().trim().equals("*")).forEach(h -> ctx.report(h, MESSAGE));
      }
    });
    on.cfnTemplate((ctx, template) -> {
      Set<TextRange> reported = new HashSet<>();
      for (TemplateCors.Block block : TemplateCors.blocks(template)) {
        for (Token h : block.allowHeaders()) {
          if (h.text().trim().equals("*") && reported.add(h.range())) {
            ctx.report(h, MESSAGE);
          }
        }
      }
    });
  }
}
