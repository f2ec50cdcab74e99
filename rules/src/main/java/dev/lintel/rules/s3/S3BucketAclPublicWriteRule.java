package dev.lintel.rules.s3;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.cfn.Candidate;

/**
 * Reports the {@code PublicReadWrite} canned ACL, which lets anyone write to the bucket; a note
 * when the bucket's Block Public Access ignores public ACLs.
 */
@RuleMeta(id = "S3_BUCKET_ACL_PUBLIC_WRITE", title = "Bucket ACL lets everyone write", severity = Severity.ERROR,
    category = Category.S3, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_57", "s3_bucket_acl_allows_read_or_write_to_all_users", "F14"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl")
public final class S3BucketAclPublicWriteRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(S3Buckets.BUCKET, (ctx, bucket) -> {
      for (Candidate acl : bucket.values("AccessControl")) {
        if (acl.is("PublicReadWrite")) {
          String message = "AccessControl 'PublicReadWrite' lets anyone on the internet write to the bucket"
              + acl.originSuffix();
          S3Buckets.reportAclGrant(ctx, bucket, message);
          return;
        }
      }
    });
  }
}
