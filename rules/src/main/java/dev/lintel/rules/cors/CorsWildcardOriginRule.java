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
 * A CORS rule whose origin is {@code *} (or a scheme with a wildcard host) lets scripts on any
 * web site read the responses it covers. Partial wildcards such as {@code https://*.example.com}
 * are not reported.
 */
@RuleMeta(id = "CORS_WILDCARD_ORIGIN", title = "CORS allows every origin", severity = Severity.WARNING,
    category = Category.CORS, kinds = {FileKind.CORS, FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"s3_bucket_with_unsecured_cors_rule", "CKV2_AWS_75"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ManageCorsUsing.html")
public final class CorsWildcardOriginRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.corsConfiguration((ctx, config) -> {
      for (CorsRule rule : config.rules()) {
        for (Token origin : rule.origins()) {
          if (CorsRule.isWildcardOrigin(origin.text())) {
            ctx.report(origin, "CORS rule allows every origin ('" + origin.text()
                + "'): any web site can read these responses from a visitor's browser; list the trusted origins");
          }
        }
      }
    });
  }
}
