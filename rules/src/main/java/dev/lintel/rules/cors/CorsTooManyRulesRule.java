package dev.lintel.rules.cors;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.cors.CorsConfiguration;
import java.nio.charset.StandardCharsets;

/**
 * An S3 CORS configuration holds at most 100 rules (any carrier), and an XML configuration may
 * be at most 64 KB. S3 rejects larger ones. Reported on the configuration's anchor.
 */
@RuleMeta(id = "CORS_TOO_MANY_RULES", title = "CORS configuration exceeds S3 limits", severity = Severity.ERROR,
    category = Category.CORS, kinds = {FileKind.CORS, FileKind.CLOUDFORMATION}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketCors.html")
public final class CorsTooManyRulesRule implements Rule {

  private static final int MAX_RULES = 100;
  private static final int MAX_XML_BYTES = 64 * 1024;

  @Override
  public void register(Subscriptions on) {
    on.corsConfiguration((ctx, config) -> {
      int rules = config.rules().size();
      if (rules > MAX_RULES) {
        ctx.report(config.anchor(), "CORS configuration has " + rules + " rules, more than the " + MAX_RULES
            + " S3 accepts: merge rules that share origins or methods");
      }
      if (config.carrier() == CorsConfiguration.Carrier.S3_XML) {
        int bytes = ctx.file().text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_XML_BYTES) {
          ctx.report(config.anchor(), "CORS configuration is " + bytes + " bytes, more than the 64 KB ("
              + MAX_XML_BYTES + " bytes) S3 accepts: remove or merge rules");
        }
      }
    });
  }
}
