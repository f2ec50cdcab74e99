package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.PolicyValue;
import java.util.stream.Stream;

/**
 * Reports a Resource or NotResource entry that is not a well-formed ARN: missing fields, an unknown
 * partition, a bad account, a region or account where the service's ARN formats have none (or
 * the reverse), or an invalid S3 bucket name.
 */
@RuleMeta(id = "IAM_ARN_INVALID", title = "Resource ARN is malformed", severity = Severity.ERROR,
    category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY}, tags = {"correctness"},
    aliases = {"INVALID_ARN", "INVALID_ARN_ACCOUNT", "INVALID_ARN_PREFIX", "INVALID_ARN_REGION",
        "INVALID_ARN_RESOURCE", "INVALID_ARN_SERVICE_CASE", "INVALID_PARTITION", "MISSING_ARN_FIELD",
        "MISSING_ARN_REGION", "ARN_ACCOUNT_NOT_ALLOWED", "ARN_REGION_NOT_ALLOWED", "E3514"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html")
public final class IamArnInvalidRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      boolean standalone = st.policy().owner() == null;
      for (PolicyValue v : Stream.concat(st.resources().stream(), st.notResources().stream()).toList()) {
        String problem = ArnChecks.problem(v, standalone);
        if (problem != null) {
          ctx.report(v.anchor(), problem + v.originSuffix());
        }
      }
    });
  }
}
