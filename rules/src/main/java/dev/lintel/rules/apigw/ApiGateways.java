package dev.lintel.rules.apigw;

import dev.lintel.engine.RuleContext;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.lambda.SamGlobals;
import dev.lintel.rules.lambda.TemplateValues;

/** API Gateway resource types and shared checks (RULES.md §3.12). */
public final class ApiGateways {

  public static final String REST_API = "AWS::ApiGateway::RestApi";
  public static final String STAGE = "AWS::ApiGateway::Stage";
  public static final String DEPLOYMENT = "AWS::ApiGateway::Deployment";
  public static final String METHOD = "AWS::ApiGateway::Method";
  public static final String V2_API = "AWS::ApiGatewayV2::Api";
  public static final String V2_STAGE = "AWS::ApiGatewayV2::Stage";
  public static final String V2_INTEGRATION = "AWS::ApiGatewayV2::Integration";

  private ApiGateways() {}

  /** The effective property of a plain or SAM resource (SAM falls back to {@code Globals}). */
  public static Node property(CfnResource r, String name) {
    return SamGlobals.isSam(r) ? SamGlobals.property(r, name) : r.property(name);
  }

  /** True when a finding on the effective property belongs to this resource. */
  public static boolean reportable(CfnResource r, String name) {
    return !SamGlobals.isSam(r) || SamGlobals.reportable(r, name);
  }

  /**
   * Reports when {@code block.path} is missing or removed in a known candidate: on the block when
   * it exists, else on the resource's type. Returns true when it reported.
   */
  public static boolean reportMissing(RuleContext ctx, CfnResource r, String blockName, String[] path,
      String message) {
    Node block = property(r, blockName);
    if (block == null) {
      ctx.report(r.typeAnchor(), message);
      return true;
    }
    if (!reportable(r, blockName)) {
      return false;
    }
    for (Candidate c : TemplateValues.at(r, block, path)) {
      if (c.absent() || (c.known() && c.value() instanceof ScalarNode s && s.isNull())) {
        ctx.report(block, message + c.originSuffix());
        return true;
      }
    }
    return false;
  }

  /** Reports when the effective boolean {@code name} is absent or a known non-true value. */
  public static void reportNotTrue(RuleContext ctx, CfnResource r, String name, String message) {
    Node node = property(r, name);
    if (node == null) {
      ctx.report(r.typeAnchor(), message);
      return;
    }
    Candidate c = TemplateValues.firstNotTrue(r.values(node));
    if (c != null && reportable(r, name)) {
      ctx.report(node, message + c.originSuffix());
    }
  }


}
