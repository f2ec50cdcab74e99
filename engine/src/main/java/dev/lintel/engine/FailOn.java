package dev.lintel.engine;

import java.util.List;
import java.util.Locale;

/**
 * The {@code fail-on} threshold: the least severe level that fails a run, or {@code never}.
 * Shared by the CLI and the build plugins.
 */
public final class FailOn {

  /** The threshold used when neither the caller nor the config names one. */
  public static final String DEFAULT = "warning";

  private final Severity min;

  private FailOn(Severity min) {
    this.min = min;
  }

  /**
   * Parses {@code error}, {@code warning}, {@code note} or {@code never} (case-insensitive).
   *
   * @throws IllegalArgumentException for any other value; the message names the valid ones
   */
  public static FailOn parse(String value) {
    if (value != null && value.toLowerCase(Locale.ROOT).equals("never")) {
      return new FailOn(null);
    }
    Severity s = value == null ? null : Severity.byId(value);
    if (s == null) {
      throw new IllegalArgumentException("fail-on must be error, warning, note or never, not '" + value + "'");
    }
    return new FailOn(s);
  }

  /** The first non-null of {@code explicit} and {@code fromConfig}, else {@link #DEFAULT}. */
  public static String choose(String explicit, String fromConfig) {
    return explicit != null ? explicit : fromConfig != null ? fromConfig : DEFAULT;
  }

  /** Active findings at or above the threshold, in report order; empty for {@code never}. */
  public List<Finding> failing(AnalysisResult result) {
    if (min == null) {
      return List.of();
    }
    return result.activeFindings().stream().filter(f -> f.level().atLeast(min)).toList();
  }

  /** The word users write: error, warning, note or never. */
  @Override
  public String toString() {
    return min == null ? "never" : min.id();
  }
}
