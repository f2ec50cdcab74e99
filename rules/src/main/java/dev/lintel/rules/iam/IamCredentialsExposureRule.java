package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.policy.PolicyValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reports an identity-policy statement that allows, on every resource, an action returning
 * credentials or tokens (IAM-CE) or a bulk read of secrets or data. One finding per action value.
 */
@RuleMeta(id = "IAM_CREDENTIALS_EXPOSURE", title = "Policy allows obtaining credentials or secrets on any resource",
    severity = Severity.WARNING, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"}, aliases = {"CREDENTIALS_EXPOSURE", "CKV_AWS_107", "CKV_AWS_108",
        "iam_policy_grants_assumerole_permission_across_all_services"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege")
public final class IamCredentialsExposureRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      if (!IamStatements.identity(st.policy()) || !st.isAllow()) {
        return;
      }
      PolicyValue resource = IamStatements.allResourcesValue(st);
      if (resource == null) {
        return;
      }
      Map<Node, List<String>> byAnchor = new LinkedHashMap<>();
      Map<Node, PolicyValue> grants = new LinkedHashMap<>();
      Stream.concat(IamActionSets.CREDENTIALS.stream(), IamActionSets.SECRET_READS.stream()).forEach(action -> {
        PolicyValue g = IamStatements.granting(st, action);
        if (g != null) {
          byAnchor.computeIfAbsent(g.anchor(), k -> new ArrayList<>()).add(action);
          grants.putIfAbsent(g.anchor(), g);
        }
      });
      byAnchor.forEach((anchor, actions) -> {
        PolicyValue g = grants.get(anchor);
        ctx.report(anchor, "'" + g.text() + "' on '" + resource.text() + "' allows obtaining credentials or secrets: "
            + String.join(", ", actions.subList(0, Math.min(5, actions.size())))
            + (actions.size() > 5 ? " and " + (actions.size() - 5) + " more" : "") + g.originSuffix());
      });
    });
  }
}
