package dev.lintel.engine;

import java.util.Locale;

/** Finding severity; maps 1:1 to SARIF levels. Ordered from most to least severe. */
public enum Severity {
  ERROR(8.0),
  WARNING(5.0),
  NOTE(2.0);

  private final double securitySeverity;

  Severity(double securitySeverity) {
    this.securitySeverity = securitySeverity;
  }

  /** The SARIF level and the word users write in configs: error, warning, note. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** GitHub code scanning's {@code security-severity} score for security rules. */
  public double securitySeverity() {
    return securitySeverity;
  }

  /** True when this severity is at least as severe as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** The severity named {@code id} (case-insensitive), or null. */
  public static Severity byId(String id) {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(id)) {
        return s;
      }
    }
    return null;
  }
}
