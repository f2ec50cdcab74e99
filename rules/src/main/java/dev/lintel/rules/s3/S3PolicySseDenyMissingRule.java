package dev.lintel.rules.s3;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.policy.Condition;
import dev.lintel.model.policy.Statement;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reports a bucket policy that does not deny uploads without (or with the wrong) server-side
 * encryption header; a warning when the bucket defaults to KMS but AES256 uploads stay allowed.
 */
@RuleMeta(id = "S3_POLICY_SSE_DENY_MISSING", title = "Bucket policy does not enforce the upload encryption setting",
    severity = Severity.NOTE, category = Category.S3, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"}, helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html")
public final class S3PolicySseDenyMissingRule implements Rule {

  private static final Pattern STRING_NOT_EQUALS = Pattern.compile("StringNotEquals(IfExists)?");

  static final String KEY = "s3:x-amz-server-side-encryption";
  static final Set<String> VALID = Set.of("AES256", "aws:kms", "aws:kms:dsse");
  private static final Set<String> KMS = Set.of("aws:kms", "aws:kms:dsse");

  @Override
  public void register(Subscriptions on) {
    on.policy((ctx, p) -> {
      if (!S3Buckets.isBucketPolicy(p)) {
        return;
      }
      Statement nullDeny = null;
      boolean pinned = false;
      boolean pinnedKms = false;
      for (Statement st : p.statements()) {
        if (!S3PolicyStatements.publicDenyOfPutObject(st)) {
          continue;
        }
        for (Condition c : st.conditions()) {
          if (!c.keyLower().equals(KEY)) {
            continue;
          }
          if (c.operator().equals("Null") && c.values().stream().anyMatch(v -> !v.known() || v.is("true"))) {
            nullDeny = nullDeny == null ? st : nullDeny;
          } else if (STRING_NOT_EQUALS.matcher(c.operator()).matches()
              && c.values().stream().allMatch(v -> !v.known() || VALID.contains(v.text()))) {
            pinned = true;
            pinnedKms |= c.values().stream().allMatch(v -> !v.known() || KMS.contains(v.text()));
          }
        }
      }
      Candidate kms = bucketKmsDefault(S3Buckets.bucketOf(p));
      if (kms != null && !pinnedKms) {
        ctx.report(p.anchor(), "Bucket defaults to " + kms.text() + kms.originSuffix() + " but no Deny requires "
            + KEY + " to be a KMS value, so an upload that sends AES256 bypasses the KMS key").level(Severity.WARNING);
      } else if (nullDeny == null && !pinned) {
        ctx.report(p.anchor(), "Bucket policy has no Deny of s3:PutObject conditioned on " + KEY);
      } else if (!pinned) {
        ctx.report(nullDeny.anchor(), "The encryption Deny only tests that " + KEY
            + " is present (Null), so any algorithm is accepted");
      }
    });
  }

  private static Candidate bucketKmsDefault(CfnResource bucket) {
    if (bucket == null) {
      return null;
    }
    for (Node n : S3Buckets.sseAlgorithmNodes(bucket)) {
      for (Candidate c : bucket.values(n)) {
        if (c.known() && KMS.contains(c.text())) {
          return c;
        }
      }
    }
    return null;
  }
}
