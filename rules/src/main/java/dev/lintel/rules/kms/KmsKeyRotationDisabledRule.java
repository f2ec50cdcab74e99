package dev.lintel.rules.kms;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reports a symmetric encryption key without automatic rotation (warning), and as errors
 * rotation settings KMS rejects: rotation on an asymmetric, HMAC, imported or custom-key-store
 * key, and a {@code RotationPeriodInDays} outside 90–2560 or without rotation enabled.
 */
@RuleMeta(id = "KMS_KEY_ROTATION_DISABLED", title = "Customer key rotation off, or set where unsupported",
    severity = Severity.WARNING, category = Category.KMS, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_7", "kms_enable_key_rotation_disabled", "cmk_rotation_disabled", "F19"},
    helpUri = "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html")
public final class KmsKeyRotationDisabledRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::KMS::Key", (ctx, key) -> {
      if (CfnFlags.isFalse(key, "Enabled") != null) {
        return;
      }
      Setting unsupported = unsupported(key);
      Setting rotation = CfnFlags.first(key, "EnableKeyRotation", Setting::isTrue);
      if (unsupported != null && rotation != null) {
        ctx.report(rotation.range(), "EnableKeyRotation is true but " + unsupported.describe()
            + ": KMS rotates only symmetric encryption keys with KMS key material, and rejects this key"
            + rotation.candidate().originSuffix()).level(Severity.ERROR);
      } else if (unsupported == null && KmsKeys.symmetricKnown(key)) {
        Setting off = CfnFlags.notTrue(key, "EnableKeyRotation");
        if (off != null) {
          ctx.report(off.range(), "Key " + key.logicalId() + " does not rotate its key material: "
              + off.describe() + "; set EnableKeyRotation: true");
        }
      }
      for (Setting period : CfnFlags.at(key, "RotationPeriodInDays")) {
        if (!period.known()) {
          continue;
        }
        BigDecimal days = KmsKeys.number(period.text());
        if (days == null || days.compareTo(BigDecimal.valueOf(90)) < 0 || days.compareTo(BigDecimal.valueOf(2560)) > 0) {
          ctx.report(period.range(), "RotationPeriodInDays " + period.text()
              + " is outside 90-2560 days, so KMS rejects the key" + period.candidate().originSuffix())
              .level(Severity.ERROR);
        } else if (CfnFlags.notTrue(key, "EnableKeyRotation") != null) {
          ctx.report(period.range(), "RotationPeriodInDays is set but " + CfnFlags.notTrue(key, "EnableKeyRotation")
              .describe() + ": KMS accepts a rotation period only with rotation enabled").level(Severity.ERROR);
        }
      }
    });
  }

  private static Setting unsupported(CfnResource key) {
    for (String[] check : List.of(new String[] {"KeySpec", "SYMMETRIC_DEFAULT"},
        new String[] {"KeyUsage", "ENCRYPT_DECRYPT"}, new String[] {"Origin", "AWS_KMS"})) {
      Setting s = CfnFlags.first(key, check[0], v -> v.known() && !v.is(check[1]));
      if (s != null) {
        return s;
      }
    }
    return null;
  }
}
