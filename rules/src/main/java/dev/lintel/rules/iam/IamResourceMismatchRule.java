package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.parse.data.IamCatalogue.Action;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a statement whose actions cannot apply to any of its Resource entries, judged by the
 * catalogue ARN formats: object actions on a bucket ARN, bucket actions on {@code bucket/*}, or
 * actions that only support {@code *}. Unknown template values count as wildcards.
 */
@RuleMeta(id = "IAM_RESOURCE_MISMATCH", title = "Statement actions cannot apply to any listed resource",
    severity = Severity.WARNING, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"correctness"}, aliases = {"RESOURCE_MISMATCH", "UNSUPPORTED_RESOURCE_ARN_IN_POLICY", "I3510"},
    helpUri = "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html")
public final class IamResourceMismatchRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      if (!st.has("Action") || !st.has("Resource") || st.has("NotAction") || st.has("NotResource")) {
        return;
      }
      boolean standalone = st.policy().owner() == null;
      List<String> resources = new ArrayList<>();
      for (PolicyValue r : st.resources()) {
        if (r.text() == null || r.text().equals("*")) {
          return;
        }
        if (ArnChecks.problem(r, standalone) == null) {
          resources.add(r.text());
        }
      }
      if (resources.isEmpty()) {
        return;
      }
      List<Action> mismatched = new ArrayList<>();
      for (PolicyValue a : st.actions()) {
        if (!a.known()) {
          continue;
        }
        List<Action> matched = IamActions.catalogue().expand(a.text());
        boolean wildcard = a.text().contains("*") || a.text().contains("?");
        List<Action> misfits = matched.stream().filter(x -> !fits(x, resources)).toList();
        if (!wildcard || (!matched.isEmpty() && misfits.size() == matched.size())) {
          misfits.stream().filter(x -> !mismatched.contains(x)).forEach(mismatched::add);
        }
      }
      if (!mismatched.isEmpty()) {
        ctx.report(st.node().entry("Action").key(), "No listed resource (" + String.join(", ", resources)
            + ") fits " + IamActions.list(mismatched, 5) + ": " + needs(mismatched.get(0)));
      }
    });
  }

  /**
   * True when one of the action's resource types matches an entry. Every type counts, not only the
   * required ones: the reference marks {@code dynamodb:Query}'s table as required although an index
   * alone is a valid target.
   */
  private static boolean fits(Action action, List<String> resources) {
    return resources.stream().anyMatch(action::appliesTo);
  }

  private static String needs(Action action) {
    if (action.onlyStar()) {
      return action.fullName() + " supports only Resource \"*\"";
    }
    return action.fullName() + " acts on " + String.join(", ", action.resourceTypes().stream()
        .map(t -> t.type().name() + " (" + t.type().arn().format() + ")").limit(3).toList());
  }
}
