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
import dev.lintel.rules.lambda.SamGlobals;
import dev.lintel.rules.lambda.TemplateLinks;
import java.util.List;
import java.util.Set;

/**
 * Reports REST API stages (plain and SAM {@code Api}) that no WAFv2 or WAF Regional web ACL
 * association of the template targets. An association targets a stage when its
 * {@code ResourceArn} references the stage or its API, or is a literal stage ARN ending in the
 * stage name.
 */
@RuleMeta(id = "APIGW_WAF_MISSING", title = "REST API stage not protected by a web ACL", severity = Severity.NOTE,
    category = Category.APIGW, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"api_gateway_without_waf"},
    helpUri = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html")
public final class ApigwWafMissingRule implements Rule {

  private static final List<String> ASSOCIATIONS =
      List.of("AWS::WAFv2::WebACLAssociation", "AWS::WAFRegional::WebACLAssociation");

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(ApiGateways.STAGE, (ctx, stage) -> {
      if (!protectedBy(stage, Set.of(stage.logicalId()), stage.property("StageName"))) {
        ctx.report(stage.typeAnchor(), "Stage " + stage.logicalId() + " is not associated with a web ACL, so AWS WAF"
            + " does not filter its requests");
      }
    });
    on.cfnResource(SamGlobals.API, (ctx, api) -> {
      if (!protectedBy(api, Set.of(api.logicalId()), api.property("StageName"))) {
        ctx.report(api.typeAnchor(), "Api " + api.logicalId() + " is not associated with a web ACL, so AWS WAF does"
            + " not filter its requests");
      }
    });
  }

  private static boolean protectedBy(CfnResource stage, Set<String> ids, Node stageName) {
    Set<String> apis = TemplateLinks.targets(stage.property("RestApiId"));
    List<Candidate> names = stage.values(stageName);
    for (String type : ASSOCIATIONS) {
      for (CfnResource association : stage.template().resources(type)) {
        Node arn = association.property("ResourceArn");
        Set<String> targets = TemplateLinks.targets(arn);
        if (targets.stream().anyMatch(t -> ids.contains(t) || apis.contains(t))) {
          return true;
        }
        for (Candidate a : association.values(arn)) {
          for (Candidate n : names) {
            if (a.text() != null && n.known() && n.text() != null && a.text().endsWith("/stages/" + n.text())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
