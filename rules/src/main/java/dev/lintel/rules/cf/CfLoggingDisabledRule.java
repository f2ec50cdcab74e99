package dev.lintel.rules.cf;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.lambda.TemplateLinks;
import dev.lintel.rules.lambda.TemplateValues;
import java.util.regex.Pattern;

/**
 * Reports a distribution without standard logging ({@code Logging} with an S3 bucket domain
 * name as {@code Bucket}) and without a log delivery source ({@code AWS::Logs::DeliverySource})
 * for it in the template.
 */
@RuleMeta(id = "CF_LOGGING_DISABLED", title = "Distribution access logging is off", severity = Severity.NOTE,
    category = Category.CF, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_86", "cloudfront_logging_disabled", "W10"},
    helpUri = "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html")
public final class CfLoggingDisabledRule implements Rule {

  private static final Pattern S3_BUCKET_DOMAIN =
      Pattern.compile("(?i)^[a-z0-9][a-z0-9.-]*\\.s3(\\.[a-z0-9-]+)?\\.amazonaws\\.com(\\.cn)?$");

  @Override
  public void register(Subscriptions on) {
    Distributions.onConfig(on, (ctx, d, config) -> {
      if (deliverySource(d)) {
        return;
      }
      Node logging = config.get("Logging");
      if (logging == null) {
        ctx.report(Distributions.anchor(d), "Distribution " + d.logicalId() + " has no Logging and no log delivery,"
            + " so viewer requests are not recorded");
        return;
      }
      for (Candidate c : TemplateValues.at(d, logging, "Bucket")) {
        if (c.absent()) {
          ctx.report(logging, "Logging has no Bucket, so viewer requests are not recorded" + c.originSuffix());
          return;
        }
        if (c.known() && c.text() != null && !S3_BUCKET_DOMAIN.matcher(c.text()).matches()) {
          ctx.report(TemplateValues.nodeAt(logging, "Bucket") != null ? TemplateValues.nodeAt(logging, "Bucket")
              : logging, "Logging.Bucket '" + c.text() + "' is not an S3 bucket domain name"
              + " (<bucket>.s3.amazonaws.com), so CloudFront cannot deliver the logs" + c.originSuffix());
          return;
        }
      }
    });
  }

  private static boolean deliverySource(CfnResource d) {
    for (CfnResource source : d.template().resources("AWS::Logs::DeliverySource")) {
      if (TemplateLinks.targets(source.property("ResourceArn")).contains(d.logicalId())) {
        return true;
      }
    }
    return false;
  }
}
