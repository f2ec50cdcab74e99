package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.PolicyKind;
import dev.lintel.model.policy.PolicyValue;

/**
 * Reports an identity-policy statement that allows every action on every resource (or on
 * everything but a NotResource list), whatever its conditions.
 */
@RuleMeta(id = "IAM_ADMIN_ACCESS", title = "Identity policy grants all actions on all resources",
    severity = Severity.ERROR, category = Category.IAM,
    kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY}, tags = {"security"},
    aliases = {"CKV_AWS_62", "iam_policies_with_full_privileges", "iam_policy_grants_full_permissions",
        "lambda_functions_with_full_privileges"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege")
public final class IamAdminAccessRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      if (st.policy().kind() != PolicyKind.IDENTITY || !st.isAllow()) {
        return;
      }
      PolicyValue action = st.actions().stream().filter(a -> a.is("*") || a.is("*:*")).findFirst().orElse(null);
      if (action == null) {
        return;
      }
      String scope;
      if (st.resources().stream().anyMatch(r -> r.is("*"))) {
        scope = "on every resource ('*')";
      } else if (st.has("NotResource")) {
        scope = "on every resource outside its NotResource list";
      } else {
        return;
      }
      ctx.report(action.anchor(), "Statement allows every action ('" + action.text() + "') " + scope
          + ", which is administrator access" + action.originSuffix());
    });
  }
}
