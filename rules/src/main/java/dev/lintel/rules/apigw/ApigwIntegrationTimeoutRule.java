package dev.lintel.rules.apigw;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.lambda.LambdaFunctions;
import dev.lintel.rules.lambda.SamGlobals;
import dev.lintel.rules.lambda.TemplateValues;

/**
 * Reports integration timeouts outside API Gateway's limits: below 50 ms, above 29 s on an
 * edge-optimized REST API or a WebSocket API, above 30 s on an HTTP API (error); above 29 s on a
 * regional or private REST API, valid only after a quota increase (warning); and Lambda proxy
 * integrations whose function may run longer than the integration waits (note).
 */
@RuleMeta(id = "APIGW_INTEGRATION_TIMEOUT", title = "Integration timeout outside API Gateway limits",
    severity = Severity.ERROR, category = Category.APIGW, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html")
public final class ApigwIntegrationTimeoutRule implements Rule {

  private static final long REST_MAX = 29000;
  private static final long HTTP_MAX = 30000;

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(ApiGateways.METHOD, (ctx, method) -> {
      for (MappingNode integration : TemplateValues.mappings(method, method.property("Integration"))) {
        String endpoint = ApiEndpoints.restEndpoint(method, method.property("RestApiId"));
        Node uri = "AWS_PROXY".equals(integration.string("Type")) ? integration.get("Uri") : null;
        check(ctx, method, integration.get("TimeoutInMillis"), endpoint, uri, integration.get("Type"));
      }
    });
    on.cfnResource(ApiGateways.V2_INTEGRATION, (ctx, integration) -> {
      String protocol = ApiEndpoints.v2Protocol(integration, integration.property("ApiId"));
      Node uri = "AWS_PROXY".equals(text(integration.property("IntegrationType")))
          ? integration.property("IntegrationUri") : null;
      check(ctx, integration, integration.property("TimeoutInMillis"), protocol, uri,
          integration.property("IntegrationType"));
    });
    on.cfnResource(LambdaFunctions.SAM, (ctx, fn) -> {
      for (MappingNode event : LambdaFunctions.samEvents(fn)) {
        String type = event.string("Type");
        MappingNode props = event.mapping("Properties");
        String endpoint = "Api".equals(type) ? ApiEndpoints.samRestEndpoint(fn, props == null ? null
            : props.get("RestApiId")) : "HttpApi".equals(type) ? "HTTP" : null;
        if (endpoint != null) {
          check(ctx, fn, props == null ? null : props.get("TimeoutInMillis"), endpoint, fn.node(), event.get("Type"));
        }
      }
    });
  }

  /**
   * Checks one integration. {@code endpoint} is EDGE, REGIONAL, PRIVATE, HTTP, WEBSOCKET or null
   * (unknown REST endpoint); {@code function} is the Lambda proxy target (a node naming it, or the
   * SAM function's own node), or null; {@code noteAt} is where the function-timeout note goes
   * when the integration sets no timeout.
   */
  private static void check(RuleContext ctx, CfnResource r, Node timeout, String endpoint, Node function,
      Node noteAt) {
    long max = "HTTP".equals(endpoint) ? HTTP_MAX : REST_MAX;
    for (Candidate c : r.values(timeout)) {
      Long v = TemplateValues.integer(c);
      if (v == null) {
        continue;
      }
      if (v < 50 || (v > max && !"REGIONAL".equals(endpoint) && !"PRIVATE".equals(endpoint) && endpoint != null)) {
        ctx.report(timeout, "TimeoutInMillis " + v + " is outside the " + ApiEndpoints.describe(endpoint)
            + " limit of 50-" + max + " ms" + c.originSuffix());
        return;
      }
      if (v > max) {
        ctx.report(timeout, "TimeoutInMillis " + v + " exceeds 29000 ms; a " + (endpoint == null ? "REST API" :
            ApiEndpoints.describe(endpoint)) + " accepts it only after an account quota increase" + c.originSuffix())
            .level(Severity.WARNING);
        return;
      }
    }
    CfnResource fn = function == null ? null : ApiEndpoints.proxiedFunction(r, function);
    if (fn == null) {
      return;
    }
    long waits = max;
    Node at = noteAt;
    for (Candidate c : r.values(timeout)) {
      Long v = TemplateValues.integer(c);
      if (v != null) {
        waits = Math.min(waits, v);
        at = timeout;
      }
    }
    for (Candidate t : LambdaFunctions.values(fn, "Timeout")) {
      Long seconds = TemplateValues.integer(t);
      if (seconds != null && seconds * 1000 > waits && at != null) {
        ctx.report(at, "Function " + fn.logicalId() + " may run for " + seconds + " s but the integration waits "
            + waits + " ms, so clients receive a 504 first" + t.originSuffix()).level(Severity.NOTE);
        return;
      }
    }
  }

  private static String text(Node n) {
    return n == null ? null : n.text();
  }
}
