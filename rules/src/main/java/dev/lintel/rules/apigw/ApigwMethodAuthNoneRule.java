package dev.lintel.rules.apigw;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.lambda.TemplateValues;

/**
 * Reports REST API methods other than {@code OPTIONS} with {@code AuthorizationType} {@code NONE}
 * or absent and no required API key.
 */
@RuleMeta(id = "APIGW_METHOD_AUTH_NONE", title = "API method without authorization", severity = Severity.WARNING,
    category = Category.APIGW, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_59", "api_gateway_with_open_access", "W59"},
    helpUri = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html")
public final class ApigwMethodAuthNoneRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(ApiGateways.METHOD, (ctx, method) -> {
      String verb = verb(method);
      if (verb == null || apiKeyRequired(method)) {
        return;
      }
      Node auth = method.property("AuthorizationType");
      if (auth == null) {
        ctx.report(method.typeAnchor(), "Method " + method.logicalId() + " (" + verb + ") sets no AuthorizationType,"
            + " so anyone can call it");
        return;
      }
      for (Candidate c : method.values(auth)) {
        if (c.absent() || (c.known() && "NONE".equalsIgnoreCase(c.text()))) {
          ctx.report(auth, "Method " + method.logicalId() + " (" + verb + ") has AuthorizationType NONE and no API"
              + " key, so anyone can call it" + c.originSuffix());
          return;
        }
      }
    });
  }

  /** The first known HTTP method other than OPTIONS, or null. */
  private static String verb(CfnResource method) {
    for (Candidate c : method.values("HttpMethod")) {
      if (c.known() && c.text() != null && !c.text().equalsIgnoreCase("OPTIONS")) {
        return c.text();
      }
    }
    return null;
  }

  private static boolean apiKeyRequired(CfnResource method) {
    return !method.values("ApiKeyRequired").isEmpty()
        && TemplateValues.firstNotTrue(method.values("ApiKeyRequired")) == null;
  }
}
