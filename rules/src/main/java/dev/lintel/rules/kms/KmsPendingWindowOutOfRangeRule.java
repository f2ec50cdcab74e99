package dev.lintel.rules.kms;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;
import java.math.BigDecimal;

/** Reports a key deletion waiting period ({@code PendingWindowInDays}) outside 7–30 days. */
@RuleMeta(id = "KMS_PENDING_WINDOW_OUT_OF_RANGE", title = "Key deletion waiting period outside 7–30 days",
    severity = Severity.ERROR, category = Category.KMS, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html#deleting-keys-scheduling-key-deletion")
public final class KmsPendingWindowOutOfRangeRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::KMS::Key", (ctx, key) -> check(ctx, key));
    on.cfnResource("AWS::KMS::ReplicaKey", (ctx, key) -> check(ctx, key));
  }

  private static void check(RuleContext ctx, CfnResource key) {
    for (Setting s : CfnFlags.at(key, "PendingWindowInDays")) {
      if (!s.known()) {
        continue;
      }
      BigDecimal days = KmsKeys.number(s.text());
      if (days == null || days.compareTo(BigDecimal.valueOf(7)) < 0 || days.compareTo(BigDecimal.valueOf(30)) > 0
          || days.stripTrailingZeros().scale() > 0) {
        ctx.report(s.range(), "PendingWindowInDays " + s.text() + " is outside the 7-30 days KMS accepts"
            + s.candidate().originSuffix());
      }
    }
  }
}
