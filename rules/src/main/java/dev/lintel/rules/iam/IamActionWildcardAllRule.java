package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.PolicyValue;

/** Reports an Allow statement of any policy kind whose Action is {@code *} or {@code *:*}. */
@RuleMeta(id = "IAM_ACTION_WILDCARD_ALL", title = "Statement allows every action",
    severity = Severity.WARNING, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"}, aliases = {"CKV_AWS_63", "F2", "F3", "F4", "F5", "F15", "F20"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html")
public final class IamActionWildcardAllRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      if (!st.isAllow()) {
        return;
      }
      for (PolicyValue a : st.actions()) {
        if (a.is("*") || a.is("*:*")) {
          ctx.report(a.anchor(), IamStatements.subject(st) + " allows every action ('" + a.text()
              + "') of every service" + a.originSuffix());
          return;
        }
      }
    });
  }
}
