package dev.lintel.rules.cors;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.TextRange;
import dev.lintel.model.Token;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cors.CorsRule;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code AllowCredentials: true} next to a wildcard origin in a Lambda function URL, HTTP API or
 * SAM API CORS block. Browsers refuse credentialed responses that carry a wildcard origin, and
 * the SAM transform rejects the combination on {@code AWS::Serverless::Api}. Reported on the
 * {@code AllowCredentials} value, naming the origin and the branch or parameter that sets it.
 */
@RuleMeta(id = "CORS_CREDENTIALS_WITH_WILDCARD", title = "Credentials allowed together with a wildcard origin",
    severity = Severity.ERROR, category = Category.CORS, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    helpUri = "https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS/Errors/CORSNotSupportingCredentials")
public final class CorsCredentialsWithWildcardRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, template) -> {
      Set<TextRange> reported = new HashSet<>();
      for (TemplateCors.Block block : TemplateCors.blocks(template)) {
        Token wildcard = block.origins().stream()
            .filter(o -> CorsRule.isWildcardOrigin(o.text())).findFirst().orElse(null);
        if (wildcard == null) {
          continue;
        }
        for (Candidate c : block.credentials()) {
          if (c.known() && !c.absent() && "true".equalsIgnoreCase(c.text())
              && reported.add(block.credentialsNode().range())) {
            ctx.report(block.credentialsNode(), "CORS block allows credentials together with the wildcard origin '"
                + wildcard.text() + "'" + c.originSuffix() + ": browsers reject credentialed responses for a"
                + " wildcard origin; list the trusted origins or set AllowCredentials to false");
          }
        }
      }
    });
  }
}
