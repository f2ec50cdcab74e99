package dev.lintel.rules.cors;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import dev.lintel.model.cors.CorsRule;

/**
 * S3 allows at most one {@code *} wildcard in each {@code AllowedOrigin} and
 * {@code AllowedHeader} value and rejects the configuration otherwise.
 */
@RuleMeta(id = "CORS_WILDCARD_COUNT", title = "CORS origin or header has more than one wildcard",
    severity = Severity.ERROR, category = Category.CORS, kinds = {FileKind.CORS, FileKind.CLOUDFORMATION},
    tags = {"correctness"}, helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ManageCorsUsing.html")
public final class CorsWildcardCountRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.corsConfiguration((ctx, config) -> {
      for (CorsRule rule : config.rules()) {
        rule.origins().forEach(t -> check(ctx, t, "origin"));
        rule.allowedHeaders().forEach(t -> check(ctx, t, "allowed header"));
      }
    });
  }

  private static void check(RuleContext ctx, Token value, String what) {
    long stars = value.text().chars().filter(c -> c == '*').count();
    if (stars > 1) {
      ctx.report(value, "S3 allows one * wildcard per CORS " + what + ", and '" + value.text() + "' has "
          + stars + ": S3 rejects the configuration; split it into several values");
    }
  }
}
