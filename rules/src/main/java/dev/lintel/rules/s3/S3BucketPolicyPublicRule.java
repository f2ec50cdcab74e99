package dev.lintel.rules.s3;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.policy.Statement;
import dev.lintel.parse.data.IamCatalogue.Action;
import dev.lintel.rules.iam.IamActions;
import dev.lintel.rules.iam.IamActions.ActionClass;
import dev.lintel.rules.iam.PublicAccess;
import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * Reports an S3 bucket or access-point policy statement that allows a public principal without a
 * restricting condition; lower levels for read-only website buckets and RestrictPublicBuckets.
 */
@RuleMeta(id = "S3_BUCKET_POLICY_PUBLIC", title = "Bucket policy grants access to anyone", severity = Severity.ERROR,
    category = Category.S3, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY}, tags = {"security"},
    aliases = {"s3_bucket_access_to_any_principal", "s3_bucket_allows_get_actions_from_all_principals",
        "s3_bucket_allows_list_actions_from_all_principals", "s3_bucket_allows_put_actions_from_all_principals",
        "s3_bucket_allows_delete_actions_from_all_principals", "s3_bucket_allows_restore_actions_from_all_principals",
        "s3_bucket_with_all_permissions", "F16"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html")
public final class S3BucketPolicyPublicRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      if (!st.policy().isS3() || !st.isAllow() || st.has("NotPrincipal") || !PublicAccess.isPublicPrincipal(st)
          || PublicAccess.hasRestrictingCondition(st)) {
        return;
      }
      EnumSet<ActionClass> classes = IamActions.classes(st);
      String message = "Statement " + name(st) + " grants anyone "
          + classes.stream().map(ActionClass::label).collect(Collectors.joining(", "))
          + " access: public principal without a restricting condition";
      CfnResource bucket = S3Buckets.bucketOf(st.policy());
      if (bucket != null && S3Buckets.blockFlagOn(bucket, "RestrictPublicBuckets")) {
        ctx.report(st.principal(), message + "; RestrictPublicBuckets on bucket " + bucket.logicalId()
            + " blocks it for anonymous callers").level(Severity.NOTE);
      } else if (bucket != null && classes.equals(EnumSet.of(ActionClass.READ))
          && bucket.property("WebsiteConfiguration") != null) {
        ctx.report(st.principal(), message + "; bucket " + bucket.logicalId() + " hosts a website")
            .level(Severity.WARNING);
      } else {
        ctx.report(st.principal(), message);
      }
    });
  }

  private static String name(Statement st) {
    return st.sid() != null ? "'" + st.sid() + "'" : "#" + (st.index() + 1);
  }
}
