package dev.lintel.rules.s3;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.cfn.Candidate;
import java.util.Set;

/**
 * Reports a bucket canned ACL that grants read access to everyone or to every AWS account; a
 * note when the bucket's Block Public Access ignores public ACLs.
 */
@RuleMeta(id = "S3_BUCKET_ACL_PUBLIC_READ", title = "Bucket ACL lets everyone read", severity = Severity.ERROR,
    category = Category.S3, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_20", "s3_bucket_acl_allows_read_to_all_users",
        "s3_bucket_acl_allows_read_to_any_authenticated_user", "W31"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl")
public final class S3BucketAclPublicReadRule implements Rule {

  private static final Set<String> PUBLIC_READ = Set.of("PublicRead", "PublicReadWrite", "AuthenticatedRead");

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(S3Buckets.BUCKET, (ctx, bucket) -> {
      for (Candidate acl : bucket.values("AccessControl")) {
        if (acl.known() && PUBLIC_READ.contains(acl.text())) {
          String who = acl.is("AuthenticatedRead") ? "every AWS account" : "anyone on the internet";
          String message = "AccessControl '" + acl.text() + "' lets " + who + " list the bucket's objects"
              + acl.originSuffix();
          S3Buckets.reportAclGrant(ctx, bucket, message);
          return;
        }
      }
    });
  }
}
