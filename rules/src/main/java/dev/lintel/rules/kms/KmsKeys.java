package dev.lintel.rules.kms;

import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.support.CfnFlags;
import java.math.BigDecimal;

/** Facts about {@code AWS::KMS::Key} resources shared by the KMS rules. */
final class KmsKeys {

  private KmsKeys() {}

  /**
   * True when every value of {@code KeySpec}, {@code KeyUsage} and {@code Origin} is known or
   * absent, so the key's kind is decided (the unsupported kinds are tested separately).
   */
  static boolean symmetricKnown(CfnResource key) {
    for (String p : new String[] {"KeySpec", "KeyUsage", "Origin"}) {
      if (CfnFlags.first(key, p, v -> !v.missing() && !v.known()) != null) {
        return false;
      }
    }
    return true;
  }

  /** The number a template value spells, or null. */
  static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
