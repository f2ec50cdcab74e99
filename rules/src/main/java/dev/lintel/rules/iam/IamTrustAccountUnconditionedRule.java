package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.Condition;
import dev.lintel.model.policy.PolicyKind;
import dev.lintel.model.policy.PolicyValue;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reports a trust statement that lets a whole account (by literal id or root ARN) assume the
 * role with no external id, MFA, principal or organisation condition.
 */
@RuleMeta(id = "IAM_TRUST_ACCOUNT_UNCONDITIONED", title = "Role trusts a whole other account without a condition",
    severity = Severity.WARNING, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"}, aliases = {"CKV_AWS_61", "cross_account_iam_assume_role_policy_without_external_id_or_mfa"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html")
public final class IamTrustAccountUnconditionedRule implements Rule {

  private static final Pattern ACCOUNT = Pattern.compile("(\\d{12})|arn:[a-z-]+:iam::(\\d{12}):root");

  private static final Set<String> SCOPING_KEYS = Set.of("sts:externalid", "aws:multifactorauthpresent",
      "aws:multifactorauthage", "aws:principalarn", "aws:principalorgid", "aws:principalorgpaths",
      "aws:sourceidentity");

  /**
   * A condition on a scoping key, unless it cannot scope: every known value empty, or
   * {@code aws:MultiFactorAuthPresent} tested for {@code false}.
   */
  private static boolean scopes(Condition c) {
    if (!SCOPING_KEYS.contains(c.keyLower()) && !c.keyLower().startsWith("aws:principaltag/")) {
      return false;
    }
    boolean mfaFalse = c.keyLower().equals("aws:multifactorauthpresent")
        && c.values().stream().allMatch(v -> v.known() && v.text().equalsIgnoreCase("false"));
    boolean empty = !c.values().isEmpty() && c.values().stream().allMatch(v -> v.known() && v.text().isEmpty());
    return !mfaFalse && !empty;
  }

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      if (st.policy().kind() != PolicyKind.TRUST || !st.isAllow()
          || IamStatements.granting(st, "sts:AssumeRole") == null
          || st.conditions().stream().anyMatch(IamTrustAccountUnconditionedRule::scopes)) {
        return;
      }
      for (PolicyValue v : st.principals("AWS")) {
        if (v.known() && ACCOUNT.matcher(v.text()).matches()) {
          ctx.report(v.anchor(), "Any principal of account '" + v.text() + "' can assume this role: add an"
              + " sts:ExternalId, MFA, aws:PrincipalArn or organisation condition" + v.originSuffix());
        }
      }
    });
  }
}
