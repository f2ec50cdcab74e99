package dev.lintel.rules.s3;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.engine.Handler;
import dev.lintel.model.MappingNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports a {@code PublicAccessBlockConfiguration} that leaves one of the four Block Public
 * Access settings off (false, or absent inside a present block). A bucket without the block keeps
 * the all-on default and is not reported.
 */
@RuleMeta(id = "S3_BPA_DISABLED", title = "Block Public Access setting turned off", severity = Severity.WARNING,
    category = Category.S3, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56", "s3_bucket_allows_public_acl",
        "s3_bucket_with_public_policy", "s3_bucket_without_ignore_public_acl",
        "s3_bucket_without_restriction_of_public_bucket"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html")
public final class S3BpaDisabledRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    Handler<CfnResource> check = (ctx, r) -> {
      for (Candidate block : r.values("PublicAccessBlockConfiguration")) {
        if (!(block.value() instanceof MappingNode m)) {
          continue;
        }
        List<String> off = new ArrayList<>();
        Set<String> origins = new LinkedHashSet<>();
        if (block.origin() != null) {
          origins.add(block.origin());
        }
        for (String flag : S3Buckets.BLOCK_FLAGS) {
          for (Candidate v : m.get(flag) == null ? List.of(Candidate.noValue(null)) : r.values(m.get(flag))) {
            if (v.absent() || (v.known() && "false".equalsIgnoreCase(v.text()))) {
              off.add(flag + (v.absent() ? " (absent)" : ""));
              if (v.origin() != null) {
                origins.add(v.origin());
              }
              break;
            }
          }
        }
        if (!off.isEmpty()) {
          ctx.report(r.propertyEntry("PublicAccessBlockConfiguration").key(), "Block Public Access is off for "
              + String.join(", ", off) + (origins.isEmpty() ? "" : " (" + String.join(", ", origins) + ")"));
          return;
        }
      }
    };
    on.cfnResource(S3Buckets.BUCKET, check);
    on.cfnResource("AWS::S3::AccessPoint", check);
  }
}
