package dev.lintel.rules.s3;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.engine.RuleContext;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a bucket without default encryption (a note: S3 applies SSE-S3 anyway), KMS default
 * encryption without a customer key or without S3 Bucket Keys (notes), and a KMS key combined
 * with {@code AES256}, which S3 rejects (an error).
 */
@RuleMeta(id = "S3_BUCKET_DEFAULT_ENCRYPTION", title = "Bucket default encryption missing or without key control",
    severity = Severity.NOTE, category = Category.S3, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"s3_bucket_without_server_side_encryption", "CKV_AWS_19", "W41"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html")
public final class S3BucketDefaultEncryptionRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(S3Buckets.BUCKET, (ctx, bucket) -> {
      List<Candidate> encryption = bucket.values("BucketEncryption");
      if (encryption.isEmpty()) {
        ctx.report(bucket.typeAnchor(), "Bucket " + bucket.logicalId() + " has no BucketEncryption; S3 encrypts"
            + " new objects with S3-managed keys (SSE-S3), without key-policy control");
        return;
      }
      for (Candidate enc : encryption) {
        if (enc.absent()) {
          ctx.report(bucket.property("BucketEncryption"), "BucketEncryption is removed by AWS::NoValue; S3 encrypts"
              + " new objects with S3-managed keys (SSE-S3)" + enc.originSuffix());
          return;
        }
        Node rules = enc.value() instanceof MappingNode m ? m.get("ServerSideEncryptionConfiguration") : null;
        for (Candidate list : bucket.values(rules)) {
          for (Node item : list.value() instanceof SequenceNode seq ? seq.items() : List.<Node>of()) {
            for (Candidate rule : bucket.values(item)) {
              if (rule.value() instanceof MappingNode m) {
                checkRule(ctx, bucket, m);
              }
            }
          }
        }
      }
    });
  }

  private static void checkRule(RuleContext ctx, CfnResource bucket, MappingNode rule) {
    for (Candidate byDefault : bucket.values(rule.get("ServerSideEncryptionByDefault"))) {
      if (!(byDefault.value() instanceof MappingNode m) || m.get("SSEAlgorithm") == null) {
        continue;
      }
      boolean key = bucket.values(m.get("KMSMasterKeyID")).stream().anyMatch(c -> !c.absent());
      for (Candidate alg : bucket.values(m.get("SSEAlgorithm"))) {
        if (alg.is("AES256") && key) {
          ctx.report(m.get("KMSMasterKeyID"), "KMSMasterKeyID is set with SSEAlgorithm AES256; S3 rejects a KMS key"
              + " for S3-managed encryption" + alg.originSuffix()).level(Severity.ERROR);
          return;
        }
        if (alg.is("aws:kms") || alg.is("aws:kms:dsse")) {
          List<String> gaps = new ArrayList<>();
          if (!key) {
            gaps.add("without KMSMasterKeyID, so the AWS managed aws/s3 key is used (no key-policy control,"
                + " no cross-account reads)");
          }
          if (!bucketKeyOn(bucket, rule)) {
            gaps.add("without BucketKeyEnabled: true, so every object operation calls KMS");
          }
          if (!gaps.isEmpty()) {
            ctx.report(m.get("SSEAlgorithm"), "SSEAlgorithm " + alg.text() + " " + String.join(" and ", gaps)
                + alg.originSuffix());
            return;
          }
        }
      }
    }
  }

  /** True unless every candidate of {@code BucketKeyEnabled} is absent or a known non-true value. */
  private static boolean bucketKeyOn(CfnResource bucket, MappingNode rule) {
    return bucket.values(rule.get("BucketKeyEnabled")).stream()
        .anyMatch(c -> !c.absent() && (!c.known() || "true".equalsIgnoreCase(c.text())));
  }
}
