package dev.lintel.rules.s3;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.cfn.Candidate;

/** Reports a bucket configured as a static website (HTTP-only endpoint that needs public reads). */
@RuleMeta(id = "S3_WEBSITE_HOSTING_ENABLED", title = "Bucket serves a static website", severity = Severity.NOTE,
    category = Category.S3, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"s3_static_website_host_enabled"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteEndpoints.html")
public final class S3WebsiteHostingEnabledRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(S3Buckets.BUCKET, (ctx, bucket) -> {
      for (Candidate c : bucket.values("WebsiteConfiguration")) {
        if (!c.absent()) {
          ctx.report(bucket.propertyEntry("WebsiteConfiguration").key(), "Bucket " + bucket.logicalId()
              + " has WebsiteConfiguration: its website endpoint is HTTP-only and needs public reads; serve it"
              + " through CloudFront with origin access control instead" + c.originSuffix());
          return;
        }
      }
    });
  }
}
