package dev.lintel.rules.s3;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.EditDistance;
import dev.lintel.model.Node;
import dev.lintel.model.policy.Condition;
import dev.lintel.model.policy.PolicyValue;
import java.util.List;
import java.util.Set;

/**
 * Reports server-side-encryption condition values and keys that can never match (invalid
 * algorithm, misspelled key, customer algorithm other than AES256) and invalid default
 * {@code SSEAlgorithm} values of buckets.
 */
@RuleMeta(id = "S3_POLICY_SSE_VALUE_INVALID", title = "Server-side encryption value or key can never match",
    severity = Severity.ERROR, category = Category.S3, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"}, helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html")
public final class S3PolicySseValueInvalidRule implements Rule {

  private static final String CUSTOMER = "s3:x-amz-server-side-encryption-customer-algorithm";
  private static final List<String> KEYS = List.of(S3PolicySseDenyMissingRule.KEY,
      "s3:x-amz-server-side-encryption-aws-kms-key-id", CUSTOMER);
  private static final Set<String> VALID = S3PolicySseDenyMissingRule.VALID;

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      for (Condition c : st.conditions()) {
        String key = c.keyLower();
        String near = nearMiss(key);
        if (near != null) {
          ctx.report(c.keyNode(), "Condition key '" + c.key() + "' is not an S3 key (did you mean '" + near
              + "'?), so the condition never matches as intended");
          continue;
        }
        boolean ignoreCase = c.baseOperator().endsWith("IgnoreCase");
        Set<String> allowed = key.equals(CUSTOMER) ? Set.of("AES256")
            : key.equals(S3PolicySseDenyMissingRule.KEY) ? VALID : null;
        if (allowed == null || !c.baseOperator().startsWith("String")) {
          continue;
        }
        for (PolicyValue v : c.values()) {
          if (v.known() && !v.text().contains("*") && !v.text().contains("?")
              && allowed.stream().noneMatch(a -> ignoreCase ? a.equalsIgnoreCase(v.text()) : a.equals(v.text()))) {
            ctx.report(v.anchor(), "'" + v.text() + "' is not a valid " + c.key() + " value (" + String.join(", ",
                allowed.stream().sorted().toList()) + ")" + v.originSuffix());
          }
        }
      }
    });
    on.cfnResource(S3Buckets.BUCKET, (ctx, bucket) -> {
      for (Node n : S3Buckets.sseAlgorithmNodes(bucket)) {
        bucket.values(n).stream().filter(c -> c.known() && !VALID.contains(c.text())).findFirst()
            .ifPresent(c -> ctx.report(n, "SSEAlgorithm '" + c.text() + "' is not AES256, aws:kms or aws:kms:dsse"
                + c.originSuffix()));
      }
    });
  }

  /** The S3 encryption key that {@code keyLower} misspells (edit distance 1 or 2), or null. */
  public static String nearMiss(String keyLower) {
    if (KEYS.contains(keyLower)) {
      return null;
    }
    return KEYS.stream().filter(k -> EditDistance.between(k, keyLower) <= 2).findFirst().orElse(null);
  }
}
