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
 * A CORS rule whose origin is {@code *} (or a scheme with a wildcard host) lets scripts on any
 * web site read the responses it covers. Partial wildcards such as {@code https://*.example.com}
 * are not reported. Covers S3 CORS configurations and the other template CORS blocks (Lambda
 * function URLs, HTTP APIs, SAM APIs and their {@code Globals}).
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
            ctx.report(origin, message(origin.text(), ""));
          }
        }
      }
    });
    on.cfnTemplate((ctx, template) -> {
      Set<TextRange> reported = new HashSet<>();
      for (TemplateCors.Block block : TemplateCors.blocks(template)) {
        for (TemplateCors.Value origin : block.originValues()) {
          if (CorsRule.isWildcardOrigin(origin.text()) && reported.add(origin.range())) {
            ctx.report(origin.range(), message(origin.text(), origin.originSuffix()));
          }
        }
      }
    });
  }

  private static String message(String origin, String originSuffix) {
    return "CORS rule allows every origin ('" + origin + "')" + originSuffix
        + ": any web site can read these responses from a visitor's browser; list the trusted origins";
  }
}
