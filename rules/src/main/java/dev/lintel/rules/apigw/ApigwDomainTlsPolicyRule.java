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
import dev.lintel.model.TextRange;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.lambda.SamGlobals;
import dev.lintel.rules.lambda.TemplateValues;

/**
 * Reports API custom domains whose {@code SecurityPolicy} is absent or {@code TLS_1_0}: plain
 * REST and v2 domain names, and the {@code Domain} of SAM {@code Api}/{@code HttpApi}.
 */
@RuleMeta(id = "APIGW_DOMAIN_TLS_POLICY", title = "Custom domain accepts TLS 1.0", severity = Severity.WARNING,
    category = Category.APIGW, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"api_gateway_without_security_policy", "W62"},
    helpUri = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html")
public final class ApigwDomainTlsPolicyRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::ApiGateway::DomainName", (ctx, domain) ->
        check(ctx, domain, domain.typeAnchor(), domain.property("SecurityPolicy"),
            "Domain name " + domain.logicalId()));
    on.cfnResource("AWS::ApiGatewayV2::DomainName", (ctx, domain) -> {
      Node configs = domain.property("DomainNameConfigurations");
      if (configs == null) {
        ctx.report(domain.typeAnchor(), "Domain name " + domain.logicalId() + " sets no SecurityPolicy, so it accepts"
            + " TLS 1.0");
        return;
      }
      for (Node config : TemplateValues.items(domain, configs)) {
        check(ctx, domain, config.range(), TemplateValues.nodeAt(config, "SecurityPolicy"), "Domain name "
            + domain.logicalId());
      }
    });
    on.cfnResource(SamGlobals.API, (ctx, api) -> sam(ctx, api));
    on.cfnResource(SamGlobals.HTTP_API, (ctx, api) -> sam(ctx, api));
  }

  private static void sam(RuleContext ctx, CfnResource api) {
    Node domain = ApiGateways.property(api, "Domain");
    if (domain != null && ApiGateways.reportable(api, "Domain")) {
      for (MappingNode m : TemplateValues.mappings(api, domain)) {
        check(ctx, api, domain.range(), m.get("SecurityPolicy"), "Domain of " + api.logicalId());
        return;
      }
    }
  }

  private static void check(RuleContext ctx, CfnResource r, TextRange missingAt, Node policy, String subject) {
    if (policy == null) {
      ctx.report(missingAt, subject + " sets no SecurityPolicy, so it accepts TLS 1.0");
      return;
    }
    for (Candidate c : r.values(policy)) {
      if (c.absent() || c.is("TLS_1_0")) {
        ctx.report(policy, subject + " has SecurityPolicy " + (c.absent() ? "removed by AWS::NoValue" : "TLS_1_0")
            + ", so it accepts TLS 1.0" + c.originSuffix());
        return;
      }
    }
  }
}
