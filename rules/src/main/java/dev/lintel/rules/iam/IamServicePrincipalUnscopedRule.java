package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.Condition;
import dev.lintel.model.policy.Policy;
import dev.lintel.model.policy.PolicyKind;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.parse.cfn.LambdaPermissionStatements;
import java.util.List;
import java.util.Set;

/**
 * Reports a resource-policy statement granting a service principal without a positive
 * {@code aws:SourceArn}/{@code aws:SourceAccount}/{@code aws:SourceOrgID}/{@code aws:SourceOrgPaths}
 * condition (confused deputy): a warning for Lambda, including {@code AWS::Lambda::Permission}, a
 * note elsewhere.
 */
@RuleMeta(id = "IAM_SERVICE_PRINCIPAL_UNSCOPED", title = "Service principal allowed without a source condition",
    severity = Severity.WARNING, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"}, aliases = {"CKV_AWS_364", "RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html")
public final class IamServicePrincipalUnscopedRule implements Rule {

  private static final Set<String> SOURCE_KEYS = Set.of(
      "aws:sourcearn", "aws:sourceaccount", "aws:sourceorgid", "aws:sourceorgpaths");

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      Policy p = st.policy();
      List<PolicyValue> services = st.principals("Service");
      if (p.kind() != PolicyKind.RESOURCE || !st.isAllow() || services.isEmpty()
          || st.conditions().stream().anyMatch(c -> scopes(p, c))) {
        return;
      }
      PolicyValue service = services.get(0);
      if (LambdaPermissionStatements.isSynthetic(p)) {
        ctx.report(service.anchor(), "Permission lets '" + service.text() + "' invoke on behalf of any account:"
            + " set SourceArn or SourceAccount" + service.originSuffix());
        return;
      }
      String message = IamStatements.subject(st) + " grants '" + service.text() + "' without an"
          + " aws:SourceArn, aws:SourceAccount or aws:SourceOrgID condition: any account's resources of that"
          + " service can use it" + service.originSuffix();
      if ("lambda".equals(p.service())) {
        ctx.report(service.anchor(), message);
      } else {
        ctx.report(service.anchor(), message).level(Severity.NOTE);
      }
    });
  }

  private static boolean scopes(Policy p, Condition c) {
    if (!PublicAccess.isPositive(c)) {
      return false;
    }
    return SOURCE_KEYS.contains(c.keyLower())
        || ("kms".equals(p.service()) && c.keyLower().startsWith("kms:encryptioncontext:"));
  }
}
