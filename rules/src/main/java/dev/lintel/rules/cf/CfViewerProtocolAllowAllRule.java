package dev.lintel.rules.cf;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;

/** Reports cache behaviours with {@code ViewerProtocolPolicy: allow-all}: viewers may use plain HTTP. */
@RuleMeta(id = "CF_VIEWER_PROTOCOL_ALLOW_ALL", title = "Distribution serves content over plain HTTP",
    severity = Severity.WARNING, category = Category.CF, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_34", "cloudfront_viewer_protocol_policy_allows_http"},
    helpUri = "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html")
public final class CfViewerProtocolAllowAllRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    Distributions.onConfig(on, (ctx, d, config) -> {
      for (MappingNode behavior : Distributions.behaviors(d, config)) {
        Node policy = behavior.get("ViewerProtocolPolicy");
        for (Candidate c : d.values(policy)) {
          if (c.is("allow-all")) {
            ctx.report(policy, "ViewerProtocolPolicy allow-all lets viewers fetch content over plain HTTP"
                + c.originSuffix());
            break;
          }
        }
      }
    });
  }
}
