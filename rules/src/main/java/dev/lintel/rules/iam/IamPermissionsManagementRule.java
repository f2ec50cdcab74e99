package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.policy.PolicyKind;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.model.policy.Statement;
import dev.lintel.parse.data.IamCatalogue.AccessLevel;
import dev.lintel.parse.data.IamCatalogue.Action;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reports an Allow of actions whose catalogue access level is Permissions management: a warning on
 * (effectively) every resource in an identity policy, a note otherwise. The default KMS key-policy
 * statement that gives the account root key administration is not reported.
 */
@RuleMeta(id = "IAM_PERMISSIONS_MANAGEMENT", title = "Policy allows changing permissions", severity = Severity.WARNING,
    category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY}, tags = {"security"},
    aliases = {"PERMISSIONS_MANAGEMENT_ACTIONS", "CKV_AWS_109"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html")
public final class IamPermissionsManagementRule implements Rule {

  private static final Pattern ACCOUNT_ROOT = Pattern.compile("\\d{12}|arn:[^:]*:iam::.*:root");

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      if (!st.isAllow() || kmsRootStatement(st)) {
        return;
      }
      List<Action> managing = IamActions.of(st).stream()
          .filter(a -> a.accessLevel() == AccessLevel.PERMISSIONS_MANAGEMENT).toList();
      if (managing.isEmpty()) {
        return;
      }
      boolean everywhere = st.has("NotResource")
          || st.resources().stream().anyMatch(r -> r.known() && IamActions.effectivelyStar(r.text()));
      String message = "Statement allows permissions-management actions (" + IamActions.list(managing, 5) + ")";
      if (st.policy().kind() == PolicyKind.IDENTITY && everywhere) {
        ctx.report(anchor(st, managing), message + " on every resource");
      } else {
        ctx.report(anchor(st, managing), message).level(Severity.NOTE);
      }
    });
  }

  /** The first Action value granting one of {@code managing}, or the NotAction key. */
  private static Node anchor(Statement st, List<Action> managing) {
    if (st.has("NotAction")) {
      return st.node().entry("NotAction").key();
    }
    for (PolicyValue v : st.actions()) {
      if (v.known() && IamActions.catalogue().expand(v.text()).stream().anyMatch(managing::contains)) {
        return v.anchor();
      }
    }
    return st.node().entry("Action").key();
  }

  /** A KMS key-policy statement whose principals are all account roots (key administration). */
  private static boolean kmsRootStatement(Statement st) {
    List<PolicyValue> principals = st.principals("AWS");
    return "kms".equals(st.policy().service()) && !principals.isEmpty()
        && principals.stream().allMatch(p -> p.text() != null && ACCOUNT_ROOT.matcher(p.text()).matches());
  }
}
