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
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.lambda.TemplateValues;
import java.util.regex.Pattern;

/**
 * Reports custom origins that CloudFront reaches over plain HTTP: {@code http-only}, or
 * {@code match-viewer} behind a behaviour that allows HTTP viewers (warning); an S3 website
 * endpoint, which only speaks HTTP, is a note.
 */
@RuleMeta(id = "CF_ORIGIN_PROTOCOL_HTTP", title = "CloudFront talks to the origin over plain HTTP",
    severity = Severity.WARNING, category = Category.CF, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV2_AWS_72", "connection_between_cloudfront_origin_not_encrypted"},
    helpUri = "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html")
public final class CfOriginProtocolHttpRule implements Rule {

  private static final Pattern S3_WEBSITE =
      Pattern.compile("(?i)^(.+\\.)?s3-website[-.][a-z0-9-]+\\.amazonaws\\.com(\\.cn)?$");

  @Override
  public void register(Subscriptions on) {
    Distributions.onConfig(on, (ctx, d, config) -> {
      for (Node item : TemplateValues.items(d, config.get("Origins"))) {
        for (MappingNode origin : TemplateValues.mappings(d, item)) {
          Node policy = TemplateValues.nodeAt(origin.get("CustomOriginConfig"), "OriginProtocolPolicy");
          for (Candidate c : d.values(policy)) {
            boolean http = c.is("http-only") || (c.is("match-viewer") && httpViewers(d, config, origin));
            if (!http) {
              continue;
            }
            if (s3Website(d, origin.get("DomainName"))) {
              ctx.report(policy, "Origin is an S3 website endpoint, which CloudFront can only reach over HTTP; use"
                  + " an S3 REST origin with origin access control to encrypt this hop" + c.originSuffix())
                  .level(Severity.NOTE);
            } else {
              ctx.report(policy, "OriginProtocolPolicy " + c.text() + " lets CloudFront fetch from the origin over"
                  + " plain HTTP" + c.originSuffix());
            }
            break;
          }
        }
      }
    });
  }

  private static boolean httpViewers(CfnResource d, MappingNode config, MappingNode origin) {
    String id = origin.string("Id");
    for (MappingNode behavior : Distributions.behaviors(d, config)) {
      String target = behavior.string("TargetOriginId");
      boolean usesOrigin = id == null || target == null || id.equals(target);
      if (usesOrigin && d.values(behavior.get("ViewerProtocolPolicy")).stream().anyMatch(v -> v.is("allow-all"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean s3Website(CfnResource d, Node domain) {
    return d.values(domain).stream().anyMatch(c -> c.known() && c.text() != null && S3_WEBSITE.matcher(c.text()).matches());
  }
}
