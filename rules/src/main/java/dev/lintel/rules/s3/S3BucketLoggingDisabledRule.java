package dev.lintel.rules.s3;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.cfn.Candidate;

/** Reports a bucket without server access logging, unless it is itself a log destination. */
@RuleMeta(id = "S3_BUCKET_LOGGING_DISABLED", title = "Server access logging is off", severity = Severity.NOTE,
    category = Category.S3, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_18", "s3_bucket_logging_disabled", "s3_bucket_cloudtrail_logging_disabled", "W35"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html")
public final class S3BucketLoggingDisabledRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(S3Buckets.BUCKET, (ctx, bucket) -> {
      if (S3Buckets.isLogTarget(bucket)) {
        return;
      }
      if (bucket.property("LoggingConfiguration") == null) {
        ctx.report(bucket.typeAnchor(), "Bucket " + bucket.logicalId() + " has no LoggingConfiguration, so"
            + " requests to it are not logged");
        return;
      }
      for (Candidate c : bucket.values("LoggingConfiguration")) {
        if (c.absent()) {
          ctx.report(bucket.property("LoggingConfiguration"), "LoggingConfiguration is removed by AWS::NoValue, so"
              + " requests to the bucket are not logged" + c.originSuffix());
          return;
        }
      }
    });
  }
}
