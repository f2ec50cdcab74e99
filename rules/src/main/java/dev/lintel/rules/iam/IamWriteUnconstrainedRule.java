package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.parse.data.IamCatalogue.Action;
import java.util.Collection;
import java.util.List;

/**
 * Reports an identity-policy statement without conditions that allows Write or Tagging actions
 * on every resource. Statements that IAM_ADMIN_ACCESS reports are left to it. One finding per
 * Action value (or on {@code NotAction}), listing the write actions it covers.
 */
@RuleMeta(id = "IAM_WRITE_UNCONSTRAINED", title = "Identity policy allows write actions on all resources",
    severity = Severity.NOTE, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"}, aliases = {"CKV_AWS_111"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege")
public final class IamWriteUnconstrainedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      if (!IamStatements.identity(st.policy()) || !st.isAllow() || st.has("Condition")) {
        return;
      }
      PolicyValue resource = IamStatements.allResourcesValue(st);
      if (resource == null || st.actions().stream().anyMatch(a -> a.is("*") || a.is("*:*"))) {
        return;
      }
      if (st.has("NotAction")) {
        List<Action> writes = writes(IamActions.of(st));
        if (!writes.isEmpty() && !IamActions.hasUnknown(st)) {
          ctx.report(st.node().entry("NotAction").key(), "NotAction on '" + resource.text() + "' allows "
              + writes.size() + " write actions without a condition, e.g. " + IamActions.list(writes, 3));
        }
        return;
      }
      for (PolicyValue a : st.actions()) {
        List<Action> writes = a.known() ? writes(IamActions.catalogue().expand(a.text())) : List.of();
        if (!writes.isEmpty()) {
          ctx.report(a.anchor(), "'" + a.text() + "' on '" + resource.text() + "' allows write actions without a"
              + " condition: " + IamActions.list(writes, 5) + a.originSuffix() + "; name the resources or add a"
              + " condition");
        }
      }
    });
  }

  private static List<Action> writes(Collection<Action> actions) {
    return actions.stream().filter(x -> x.accessLevel().isWrite()).toList();
  }
}
