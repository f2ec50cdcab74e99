package dev.lintel.rules.trail;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.engine.RuleContext;

/**
 * Reports each missing CloudTrail hardening setting as its own finding: logging off, log file
 * validation off, a single-region trail (warnings), no KMS key and no CloudWatch Logs delivery
 * (notes).
 */
@RuleMeta(id = "TRAIL_INSECURE_CONFIG", title = "CloudTrail trail is not hardened", severity = Severity.WARNING,
    category = Category.TRAIL, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_35", "CKV_AWS_36", "CKV_AWS_67", "cloudtrail_logging_disabled",
        "cloudtrail_log_file_validation_disabled", "cloudtrail_multi_region_disabled",
        "cloudtrail_log_files_not_encrypted_with_kms", "cloudtrail_not_integrated_with_cloudwatch"},
    helpUri = "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/best-practices-security.html")
public final class TrailInsecureConfigRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::CloudTrail::Trail", (ctx, trail) -> {
      Setting off = CfnFlags.isFalse(trail, "IsLogging");
      if (off != null) {
        ctx.report(off.range(), "Trail " + trail.logicalId() + " records nothing: " + off.describe());
      }
      report(ctx, trail, CfnFlags.notTrue(trail, "EnableLogFileValidation"),
          "log files can be altered or deleted without detection", Severity.WARNING);
      report(ctx, trail, CfnFlags.notTrue(trail, "IsMultiRegionTrail"),
          "activity in other regions is not recorded", Severity.WARNING);
      report(ctx, trail, CfnFlags.unset(trail, "KMSKeyId"),
          "log files are encrypted with S3-managed keys only, without KMS key-policy control", Severity.NOTE);
      report(ctx, trail, CfnFlags.unset(trail, "CloudWatchLogsLogGroupArn"),
          "events are not delivered to CloudWatch Logs for metric filters and alarms", Severity.NOTE);
    });
  }

  private static void report(RuleContext ctx, CfnResource trail, Setting s, String effect, Severity level) {
    if (s != null) {
      ctx.report(s.range(), "Trail " + trail.logicalId() + ": " + s.describe() + ", so " + effect).level(level);
    }
  }
}
