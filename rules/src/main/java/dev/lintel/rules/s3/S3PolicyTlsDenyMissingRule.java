package dev.lintel.rules.s3;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.policy.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reports a bucket policy without a Deny of non-TLS uploads, a bucket of the template without
 * any bucket policy, and (as a note) a TLS Deny that does not cover {@code s3:*} on the bucket
 * and its objects.
 */
@RuleMeta(id = "S3_POLICY_TLS_DENY_MISSING", title = "Bucket does not deny requests without TLS",
    severity = Severity.WARNING, category = Category.S3, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"}, aliases = {"s3_bucket_without_ssl_in_write_actions"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html")
public final class S3PolicyTlsDenyMissingRule implements Rule {

  private static final Pattern BOOL = Pattern.compile("Bool(IfExists)?");

  @Override
  public void register(Subscriptions on) {
    on.policy((ctx, p) -> {
      if (!S3Buckets.isBucketPolicy(p)) {
        return;
      }
      List<Statement> denies = p.statements().stream().filter(S3PolicyTlsDenyMissingRule::tlsDeny).toList();
      if (denies.isEmpty()) {
        ctx.report(p.anchor(), "Bucket policy has no Deny of s3:PutObject on the bucket's objects when"
            + " aws:SecureTransport is false, so requests without TLS are accepted");
      } else if (denies.stream().noneMatch(S3PolicyTlsDenyMissingRule::complete)) {
        ctx.report(denies.get(0).anchor(), "The TLS Deny does not cover s3:* on both the bucket and its objects,"
            + " so other requests may still use plain HTTP").level(Severity.NOTE);
      }
    });
    on.cfnResource(S3Buckets.BUCKET, (ctx, bucket) -> {
      for (CfnResource policy : bucket.template().resources(S3Buckets.BUCKET_POLICY)) {
        if (mayName(policy.property("Bucket"), bucket)) {
          return;
        }
      }
      ctx.report(bucket.typeAnchor(), "Bucket " + bucket.logicalId()
          + " has no bucket policy, so nothing denies requests without TLS");
    });
  }

  private static boolean tlsDeny(Statement st) {
    return S3PolicyStatements.publicDenyOfPutObject(st)
        && st.resources().stream().anyMatch(S3PolicyStatements::coversObjects)
        && st.conditions().stream().anyMatch(c -> BOOL.matcher(c.operator()).matches()
            && c.keyLower().equals("aws:securetransport")
            && c.values().stream().anyMatch(v -> !v.known() || v.text().equalsIgnoreCase("false")));
  }

  private static boolean complete(Statement st) {
    return st.actions().stream().anyMatch(S3PolicyStatements::allS3Actions)
        && st.resources().stream().anyMatch(S3PolicyStatements::coversBucket)
        && st.resources().stream().anyMatch(S3PolicyStatements::coversObjects);
  }

  /** False only when the policy's Bucket surely names another bucket. */
  private static boolean mayName(Node value, CfnResource bucket) {
    if (value instanceof IntrinsicNode fn) {
      String target = fn.function().equals("Ref") ? fn.argument().text() : null;
      return !fn.function().equals("Ref") || target == null || target.equals(bucket.logicalId())
          || bucket.template().resource(target) == null;
    }
    String name = bucket.properties() == null ? null : bucket.properties().string("BucketName");
    return value != null && name != null && name.equals(value.text());
  }
}
