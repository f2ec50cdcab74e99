package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.Policy;
import dev.lintel.model.policy.PolicyKind;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.model.policy.Statement;
import dev.lintel.parse.cfn.LambdaPermissionStatements;
import dev.lintel.rules.iam.IamActions.ActionClass;
import java.util.stream.Collectors;

/**
 * Reports a resource or trust policy statement (S3 buckets and access points excepted) that
 * allows a public principal without a restricting condition (RULES.md §2.5), naming the action
 * classes it opens; a warning for API Gateway {@code execute-api:Invoke}-only statements.
 */
@RuleMeta(id = "IAM_RESOURCE_POLICY_PUBLIC", title = "Resource policy grants access to anyone",
    severity = Severity.ERROR, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"},
    aliases = {"CKV_AWS_60", "CKV_AWS_33", "CKV_AWS_32", "iam_role_allows_all_principals_to_assume",
        "sqs_policy_with_public_access", "sns_topic_is_publicly_accessible", "kms_allows_wildcard_principal",
        "kms_key_with_full_permissions", "ecr_repository_is_publicly_accessible",
        "lambda_permission_principal_is_wildcard", "F13", "F18", "F21", "F76"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-concepts.html")
public final class IamResourcePolicyPublicRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      Policy p = st.policy();
      if (p.kind() == PolicyKind.IDENTITY || p.isS3() || !st.isAllow() || st.has("NotPrincipal")
          || PublicAccess.hasRestrictingCondition(st) || leftToOtherRules(st)) {
        return;
      }
      String classes = IamActions.classes(st).stream().map(ActionClass::label).collect(Collectors.joining(", "));
      String message = p.kind() == PolicyKind.TRUST
          ? "Trust statement " + IamStatements.name(st) + " lets anyone assume the role: public principal without"
              + " a restricting condition"
          : IamStatements.subject(st) + " grants anyone " + classes + " access to this "
              + (p.service() == null ? "resource" : p.service() + " resource")
              + ": public principal without a restricting condition";
      if ("execute-api".equals(p.service()) && invokeOnly(st)) {
        ctx.report(st.principal(), message + "; authorization then rests on each API method")
            .level(Severity.WARNING);
      } else {
        ctx.report(st.principal(), message);
      }
    });
  }

  /**
   * Statements another rule owns: public only through a Federated provider in a trust policy
   * (IAM_TRUST_FEDERATED_UNSCOPED), or a Lambda function URL permission with auth type NONE
   * (LAMBDA_URL_AUTH_NONE).
   */
  private static boolean leftToOtherRules(Statement st) {
    if (!PublicAccess.isPublicNonFederated(st)) {
      return st.policy().kind() == PolicyKind.TRUST || !PublicAccess.isPublicFederated(st);
    }
    return LambdaPermissionStatements.isSynthetic(st.policy()) && !st.actions().isEmpty()
        && st.actions().stream().allMatch(a -> a.known() && a.text().equalsIgnoreCase("lambda:InvokeFunctionUrl"))
        && st.conditions().stream().anyMatch(c -> c.key().equals("lambda:FunctionUrlAuthType")
            && c.values().stream().anyMatch(v -> v.is("NONE")));
  }

  private static boolean invokeOnly(Statement st) {
    return !st.actions().isEmpty() && st.actions().stream().allMatch(IamResourcePolicyPublicRule::isInvoke);
  }

  private static boolean isInvoke(PolicyValue a) {
    return a.known() && a.text().equalsIgnoreCase("execute-api:Invoke");
  }
}
