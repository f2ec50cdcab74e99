package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.model.policy.Statement;

/**
 * Reports an identity-policy statement that allows {@code iam:PassRole} on any role (Resource
 * {@code *}, a role ARN whose name is only wildcards, or NotResource) without an
 * {@code iam:PassedToService} condition.
 */
@RuleMeta(id = "IAM_PASSROLE_WILDCARD", title = "iam:PassRole allowed on any role", severity = Severity.ERROR,
    category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY}, tags = {"security"},
    aliases = {"PASS_ROLE_WITH_STAR_IN_RESOURCE", "PASS_ROLE_WITH_NOT_RESOURCE",
        "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE", "PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE",
        "PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE", "PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION",
        "F38", "F39", "F40"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html")
public final class IamPassroleWildcardRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      if (!IamStatements.identity(st.policy()) || !st.isAllow()) {
        return;
      }
      PolicyValue grant = IamStatements.granting(st, "iam:PassRole");
      String scope = scope(st);
      if (grant == null || scope == null || leftToAdminAccess(st, grant)
          || st.conditions().stream().anyMatch(c -> c.keyLower().equals("iam:passedtoservice"))) {
        return;
      }
      ctx.report(grant.anchor(), IamStatements.subject(st) + " allows iam:PassRole (through '"
          + grant.text() + "') " + scope + " without an iam:PassedToService condition" + grant.originSuffix());
    });
  }

  private static String scope(Statement st) {
    if (st.has("NotResource")) {
      return "on every role outside its NotResource list";
    }
    for (PolicyValue r : st.resources()) {
      String shape = IamStatements.shape(r);
      if (shape != null && anyRole(shape)) {
        return "on any role ('" + r.text() + "')";
      }
    }
    return null;
  }

  /** {@code *}, effectively {@code *}, or an IAM role ARN whose path and name are only wildcards. */
  private static boolean anyRole(String arn) {
    if (IamStatements.effectivelyAll(arn)) {
      return true;
    }
    String[] p = arn.split(":", 6);
    return p.length == 6 && p[0].equals("arn") && p[2].equals("iam") && p[5].startsWith("role/")
        && p[5].substring(5).chars().allMatch(c -> c == '*' || c == '?' || c == '/') && p[5].length() > 5;
  }

  /** {@code *} with Resource {@code *} or NotResource: IAM_ADMIN_ACCESS reports that statement. */
  private static boolean leftToAdminAccess(Statement st, PolicyValue grant) {
    return (grant.is("*") || grant.is("*:*"))
        && (st.has("NotResource") || st.resources().stream().anyMatch(r -> r.is("*")));
  }
}
