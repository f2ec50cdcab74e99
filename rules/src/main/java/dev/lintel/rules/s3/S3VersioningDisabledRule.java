package dev.lintel.rules.s3;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.support.CfnPaths;

/** Reports a bucket whose versioning is not configured or is suspended. */
@RuleMeta(id = "S3_VERSIONING_DISABLED", title = "Bucket versioning is not enabled", severity = Severity.NOTE,
    category = Category.S3, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_21", "s3_bucket_without_versioning"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html")
public final class S3VersioningDisabledRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(S3Buckets.BUCKET, (ctx, bucket) -> {
      for (CfnPaths.Value v : CfnPaths.at(bucket, "VersioningConfiguration")) {
        if (v.missing()) {
          String why = v.anchor() == null ? "has no VersioningConfiguration" : "has VersioningConfiguration removed"
              + " by AWS::NoValue";
          ctx.report(v.anchor() == null ? bucket.typeAnchor() : v.anchor().range(), "Bucket " + bucket.logicalId()
              + " " + why + ", so overwritten and deleted objects cannot be recovered" + v.originSuffix());
          return;
        }
      }
      for (CfnPaths.Value v : CfnPaths.at(bucket, "VersioningConfiguration", "Status")) {
        if (v.is("Suspended")) {
          ctx.report(v.anchor(), "Versioning is Suspended, so new overwrites and deletes cannot be recovered"
              + v.originSuffix());
          return;
        }
      }
    });
  }
}
