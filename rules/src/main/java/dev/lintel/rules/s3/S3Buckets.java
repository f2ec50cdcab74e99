package dev.lintel.rules.s3;

import dev.lintel.engine.RuleContext;
import dev.lintel.engine.Severity;
import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.policy.Policy;
import java.util.ArrayList;
import java.util.List;

/** Facts about S3 buckets and bucket policies shared by the S3 rules (RULES.md §3.2). */
public final class S3Buckets {

  public static final String BUCKET = "AWS::S3::Bucket";
  public static final String BUCKET_POLICY = "AWS::S3::BucketPolicy";

  /** The four Block Public Access settings. */
  public static final List<String> BLOCK_FLAGS =
      List.of("BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets");

  private S3Buckets() {}

  /** True for an S3 bucket policy: a standalone S3 resource policy or an {@code AWS::S3::BucketPolicy}. */
  public static boolean isBucketPolicy(Policy p) {
    return p.isS3() && (p.owner() == null || BUCKET_POLICY.equals(p.owner().type()));
  }

  /** The bucket of the same template that the policy's owner names by {@code Ref} in {@code Bucket}, or null. */
  public static CfnResource bucketOf(Policy p) {
    if (p.owner() == null || !(p.owner().property("Bucket") instanceof IntrinsicNode fn)
        || !fn.function().equals("Ref") || fn.argument().text() == null) {
      return null;
    }
    CfnResource bucket = p.owner().template().resource(fn.argument().text());
    return bucket != null && BUCKET.equals(bucket.type()) ? bucket : null;
  }

  /** True when every candidate of {@code PublicAccessBlockConfiguration.<flag>} is a known {@code true}. */
  public static boolean blockFlagOn(CfnResource bucket, String flag) {
    List<Candidate> blocks = bucket.values("PublicAccessBlockConfiguration");
    if (blocks.isEmpty()) {
      return false;
    }
    for (Candidate block : blocks) {
      if (!(block.value() instanceof MappingNode m) || m.get(flag) == null) {
        return false;
      }
      for (Candidate v : bucket.values(m.get(flag))) {
        if (!v.known() || v.text() == null || !v.text().equalsIgnoreCase("true")) {
          return false;
        }
      }
    }
    return true;
  }

  /** The {@code SSEAlgorithm} value nodes of the bucket's default-encryption rules. */
  public static List<Node> sseAlgorithmNodes(CfnResource bucket) {
    List<Node> out = new ArrayList<>();
    for (Candidate enc : bucket.values("BucketEncryption")) {
      if (!(enc.value() instanceof MappingNode m)) {
        continue;
      }
      for (Candidate rules : bucket.values(m.get("ServerSideEncryptionConfiguration"))) {
        if (rules.value() instanceof SequenceNode seq) {
          for (Node item : seq.items()) {
            MappingNode byDefault = item.asMapping() == null ? null
                : item.asMapping().mapping("ServerSideEncryptionByDefault");
            if (byDefault != null && byDefault.get("SSEAlgorithm") != null) {
              out.add(byDefault.get("SSEAlgorithm"));
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Reports a public ACL grant on the bucket's {@code AccessControl}; as a note when
   * {@code IgnorePublicAcls} makes S3 ignore the grant.
   */
  public static void reportAclGrant(RuleContext ctx, CfnResource bucket, String message) {
    if (blockFlagOn(bucket, "IgnorePublicAcls")) {
      ctx.report(bucket.property("AccessControl"), message + "; IgnorePublicAcls is on, so S3 ignores the grant")
          .level(Severity.NOTE);
    } else {
      ctx.report(bucket.property("AccessControl"), message);
    }
  }

  /**
   * True when the bucket receives access logs: another bucket of the template names it as
   * {@code DestinationBucketName}, its ACL is {@code LogDeliveryWrite}, or a bucket policy of it
   * grants {@code logging.s3.amazonaws.com}.
   */
  public static boolean isLogTarget(CfnResource bucket) {
    if (bucket.values("AccessControl").stream().anyMatch(c -> c.is("LogDeliveryWrite"))) {
      return true;
    }
    for (CfnResource other : bucket.template().resources(BUCKET)) {
      MappingNode logging = other.property("LoggingConfiguration") == null ? null
          : other.property("LoggingConfiguration").asMapping();
      if (other != bucket && logging != null && names(bucket, logging.get("DestinationBucketName"))) {
        return true;
      }
    }
    for (CfnResource policy : bucket.template().resources(BUCKET_POLICY)) {
      if (names(bucket, policy.property("Bucket")) && mentions(policy.property("PolicyDocument"),
          "logging.s3.amazonaws.com", 0)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code ref} is a {@code Ref} to the bucket or a literal equal to its literal {@code BucketName}. */
  private static boolean names(CfnResource bucket, Node ref) {
    if (ref instanceof IntrinsicNode fn) {
      return fn.function().equals("Ref") && bucket.logicalId().equals(fn.argument().text());
    }
    String name = bucket.properties() == null ? null : bucket.properties().string("BucketName");
    return ref != null && name != null && name.equals(ref.text());
  }

  private static boolean mentions(Node n, String text, int depth) {
    if (n == null || depth > 64) {
      return false;
    }
    if (n.text() != null) {
      return n.text().contains(text);
    }
    if (n instanceof MappingNode m) {
      return m.entries().stream().anyMatch(e -> mentions(e.value(), text, depth + 1));
    }
    if (n instanceof SequenceNode s) {
      return s.items().stream().anyMatch(item -> mentions(item, text, depth + 1));
    }
    return n instanceof IntrinsicNode fn && mentions(fn.argument(), text, depth + 1);
  }
}
