package dev.lintel.rules.ec2;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.engine.RuleContext;
import dev.lintel.model.MappingNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.support.CfnPaths;

/**
 * Reports instances, launch templates and launch configurations whose metadata service accepts
 * IMDSv1 requests: {@code MetadataOptions} absent or {@code HttpTokens} other than
 * {@code required}, unless the endpoint is disabled.
 */
@RuleMeta(id = "EC2_IMDSV1_ENABLED", title = "Instance metadata service accepts requests without a token",
    severity = Severity.WARNING, category = Category.EC2, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_79"},
    helpUri = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html")
public final class Ec2ImdsV1EnabledRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::EC2::LaunchTemplate", (ctx, r) -> check(ctx, r, "LaunchTemplateData", "MetadataOptions"));
    on.cfnResource("AWS::AutoScaling::LaunchConfiguration", (ctx, r) -> check(ctx, r, "MetadataOptions"));
    on.cfnResource("AWS::EC2::Instance", (ctx, r) -> {
      if (r.property("LaunchTemplate") == null || r.property("MetadataOptions") != null) {
        check(ctx, r, "MetadataOptions");
      }
    });
  }

  private static void check(RuleContext ctx, CfnResource r, String... path) {
    for (CfnPaths.Value options : CfnPaths.at(r, path)) {
      if (options.missing()) {
        ctx.report(options.anchor() == null ? r.typeAnchor() : options.anchor().range(), r.logicalId()
            + " has no MetadataOptions, so the metadata service also answers IMDSv1 requests without a token"
            + options.originSuffix());
        return;
      }
      if (!(options.candidate().value() instanceof MappingNode m)
          || r.values(m.get("HttpEndpoint")).stream().anyMatch(c -> c.is("disabled"))) {
        continue;
      }
      if (m.get("HttpTokens") == null) {
        ctx.report(options.anchor(), "MetadataOptions does not set HttpTokens: required, so IMDSv1 requests"
            + " without a token are accepted" + options.originSuffix());
        return;
      }
      for (Candidate tokens : r.values(m.get("HttpTokens"))) {
        if (tokens.absent() || (tokens.known() && !"required".equals(tokens.text()))) {
          ctx.report(m.get("HttpTokens"), "HttpTokens is " + (tokens.absent() ? "removed" : "'" + tokens.text() + "'")
              + ", so IMDSv1 requests without a token are accepted" + tokens.within(options.candidate().origin())
              .originSuffix());
          return;
        }
      }
    }
  }
}
