package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.PolicyKind;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.parse.data.IamCatalogue.Action;
import java.util.List;

/**
 * Reports an identity-policy Allow on {@code *} (or an ARN that is effectively {@code *}) that
 * includes actions which could be scoped to specific resources. Statements that IAM_ADMIN_ACCESS
 * reports are left to it.
 */
@RuleMeta(id = "IAM_RESOURCE_STAR", title = "Identity policy allows resource-scopable actions on all resources",
    severity = Severity.NOTE, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"}, aliases = {"RESOURCE_STAR", "RESOURCE_EFFECTIVELY_STAR", "W11", "W12", "W13"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege")
public final class IamResourceStarRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      if (st.policy().kind() != PolicyKind.IDENTITY || !st.isAllow()) {
        return;
      }
      PolicyValue star = st.resources().stream()
          .filter(r -> r.known() && IamActions.effectivelyStar(r.text())).findFirst().orElse(null);
      if (star == null || adminAccess(st)) {
        return;
      }
      List<Action> scopable = IamActions.of(st).stream().filter(a -> !a.onlyStar()).toList();
      if (!scopable.isEmpty()) {
        ctx.report(star.anchor(), "Statement allows actions that support resource-level scoping ("
            + IamActions.list(scopable, 3) + ") on every resource ('" + star.text() + "')" + star.originSuffix());
      }
    });
  }

  /** What IAM_ADMIN_ACCESS reports: every action on {@code *}. */
  private static boolean adminAccess(dev.lintel.model.policy.Statement st) {
    return st.actions().stream().anyMatch(a -> a.is("*") || a.is("*:*"))
        && st.resources().stream().anyMatch(r -> r.is("*"));
  }
}
