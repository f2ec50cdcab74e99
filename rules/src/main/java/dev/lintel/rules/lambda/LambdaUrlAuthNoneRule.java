package dev.lintel.rules.lambda;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import java.util.List;

/**
 * Reports function URLs that anyone can call without signing the request: {@code AuthType: NONE}
 * on {@code AWS::Lambda::Url} or SAM {@code FunctionUrlConfig}, and public permissions for
 * {@code lambda:InvokeFunctionUrl} with {@code FunctionUrlAuthType: NONE}.
 */
@RuleMeta(id = "LAMBDA_URL_AUTH_NONE", title = "Function URL open without authentication",
    severity = Severity.WARNING, category = Category.LAMBDA, kinds = {FileKind.CLOUDFORMATION},
    tags = {"security"}, aliases = {"CKV_AWS_258"},
    helpUri = "https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html")
public final class LambdaUrlAuthNoneRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::Lambda::Url", (ctx, url) ->
        reportNone(ctx, url, url.property("AuthType"), "Function URL " + url.logicalId() + " has AuthType NONE"));
    on.cfnResource(LambdaFunctions.SAM, (ctx, fn) -> {
      if (LambdaFunctions.reportable(fn, "FunctionUrlConfig")) {
        Node auth = TemplateValues.nodeAt(LambdaFunctions.property(fn, "FunctionUrlConfig"), "AuthType");
        reportNone(ctx, fn, auth, "FunctionUrlConfig of " + fn.logicalId() + " has AuthType NONE");
      }
    });
    on.cfnResource("AWS::Lambda::Permission", (ctx, p) -> {
      if (any(p.values("Action"), "lambda:InvokeFunctionUrl") && any(p.values("Principal"), "*")) {
        reportNone(ctx, p, p.property("FunctionUrlAuthType"),
            "Permission " + p.logicalId() + " lets everyone invoke the function URL with FunctionUrlAuthType NONE");
      }
    });
  }

  private static void reportNone(RuleContext ctx, CfnResource r, Node auth, String message) {
    for (Candidate c : r.values(auth)) {
      if (c.is("NONE")) {
        ctx.report(auth, message + ", so anyone on the internet can call the function" + c.originSuffix());
        return;
      }
    }
  }

  private static boolean any(List<Candidate> values, String expected) {
    for (Candidate c : values) {
      if (c.known() && c.text() != null && c.text().equalsIgnoreCase(expected)) {
        return true;
      }
    }
    return false;
  }
}
