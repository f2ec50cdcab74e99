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
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A CORS rule that pairs a wildcard origin with state-changing methods lets any web site send
 * such requests from a visitor's browser. Reported on the wildcard origin, naming the methods.
 * Covers S3 CORS configurations and the other template CORS blocks (Lambda function URLs, HTTP
 * APIs, SAM APIs and their {@code Globals}).
 */
@RuleMeta(id = "CORS_WILDCARD_ORIGIN_UNSAFE_METHOD", title = "Every origin may send state-changing requests",
    severity = Severity.WARNING, category = Category.CORS, kinds = {FileKind.CORS, FileKind.CLOUDFORMATION},
    tags = {"security"}, helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/cors.html")
public final class CorsWildcardOriginUnsafeMethodRule implements Rule {

  private static final Set<String> UNSAFE = Set.of("PUT", "POST", "DELETE", "PATCH", "*");

  @Override
  public void register(Subscriptions on) {
    on.corsConfiguration((ctx, config) -> {
      for (CorsRule rule : config.rules()) {
        Token wildcard = rule.origins().stream()
            .filter(o -> CorsRule.isWildcardOrigin(o.text())).findFirst().orElse(null);
        Set<String> unsafe = new LinkedHashSet<>();
        for (Token method : rule.methods()) {
          if (UNSAFE.contains(method.text().trim().toUpperCase(Locale.ROOT))) {
            unsafe.add(method.text().trim());
          }
        }
        if (wildcard != null && !unsafe.isEmpty()) {
          ctx.report(wildcard, message(wildcard.text(), "", unsafe));
        }
      }
    });
    on.cfnTemplate((ctx, template) -> {
      Set<TextRange> reported = new HashSet<>();
      for (TemplateCors.Block block : TemplateCors.blocks(template)) {
        TemplateCors.Value wildcard = block.originValues().stream()
            .filter(o -> CorsRule.isWildcardOrigin(o.text())).findFirst().orElse(null);
        Set<String> unsafe = new LinkedHashSet<>();
        for (TemplateCors.Value method : block.methods()) {
          if (UNSAFE.contains(method.text().toUpperCase(Locale.ROOT))) {
            unsafe.add(method.text() + method.originSuffix());
          }
        }
        if (wildcard != null && !unsafe.isEmpty() && reported.add(wildcard.range())) {
          ctx.report(wildcard.range(), message(wildcard.text(), wildcard.originSuffix(), unsafe));
        }
      }
    });
  }

  private static String message(String origin, String originSuffix, Set<String> unsafe) {
    return "CORS rule lets every origin ('" + origin + "')" + originSuffix + " send " + String.join(", ", unsafe)
        + " requests; restrict the origins of rules with state-changing methods";
  }
}
