package dev.lintel.rules.lambda;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import java.util.List;
import java.util.Set;

/**
 * Reports functions that share an execution role (same {@code Ref}/{@code Fn::GetAtt} target or
 * literal ARN) with an earlier function of the template, with the first function's {@code Role}
 * as related location. SAM functions without {@code Role} get a role of their own.
 */
@RuleMeta(id = "LAMBDA_ROLE_SHARED", title = "Several functions share one execution role", severity = Severity.NOTE,
    category = Category.LAMBDA, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"lambda_functions_without_unique_iam_roles", "serverless_function_without_unique_iam_role"},
    helpUri = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html")
public final class LambdaRoleSharedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    LambdaFunctions.on(on, (ctx, fn) -> {
      Node role = LambdaFunctions.property(fn, "Role");
      String key = key(fn, role);
      if (key == null) {
        return;
      }
      int earlierSameNode = 0;
      CfnResource first = null;
      Node firstRole = null;
      for (CfnResource other : LambdaFunctions.all(fn)) {
        if (other.logicalId().equals(fn.logicalId())) {
          break;
        }
        Node otherRole = LambdaFunctions.property(other, "Role");
        if (key.equals(key(other, otherRole))) {
          firstRole = first == null ? otherRole : firstRole;
          first = first == null ? other : first;
          earlierSameNode += otherRole == role ? 1 : 0;
        }
      }
      if (first != null && earlierSameNode <= 1) {
        var report = ctx.report(role, "Function " + fn.logicalId() + " uses the same execution role as "
            + first.logicalId() + "; each function should have a role with only the permissions it needs");
        if (firstRole != role) {
          report.related(firstRole.range(), "role of " + first.logicalId());
        }
      }
    });
  }

  /** The identity of the role: its target's logical id or its literal ARN; null when unknown. */
  private static String key(CfnResource fn, Node role) {
    if (role == null) {
      return null;
    }
    Set<String> targets = TemplateLinks.targets(role);
    if (targets.size() == 1) {
      return "resource " + targets.iterator().next();
    }
    List<Candidate> values = fn.values(role);
    return targets.isEmpty() && values.size() == 1 && values.get(0).known() && values.get(0).text() != null
        ? "arn " + values.get(0).text() : null;
  }
}
