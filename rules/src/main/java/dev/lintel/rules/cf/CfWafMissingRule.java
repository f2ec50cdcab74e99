package dev.lintel.rules.cf;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;

/** Reports a distribution without {@code WebACLId}: AWS WAF does not filter its requests. */
@RuleMeta(id = "CF_WAF_MISSING", title = "Distribution not protected by a web ACL", severity = Severity.NOTE,
    category = Category.CF, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_68", "cloudfront_without_waf"},
    helpUri = "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-awswaf.html")
public final class CfWafMissingRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    Distributions.onConfig(on, (ctx, d, config) -> {
      Node acl = config.get("WebACLId");
      if (acl == null) {
        ctx.report(Distributions.anchor(d), "Distribution " + d.logicalId() + " has no WebACLId, so AWS WAF does not"
            + " filter its requests");
        return;
      }
      for (Candidate c : d.values(acl)) {
        if (c.absent() || c.is("")) {
          ctx.report(acl, "WebACLId is " + (c.absent() ? "removed by AWS::NoValue" : "empty") + ", so AWS WAF does"
              + " not filter the distribution's requests" + c.originSuffix());
          return;
        }
      }
    });
  }
}
