package dev.lintel.engine;

import java.util.List;

/**
 * One reported problem. {@code level} is the severity of this finding (a rule's sub-case may
 * differ from its default). {@code logicalLocation} is the template path
 * ({@code Resources.Bucket.Properties.AccessControl}) or null. {@code fingerprint} is stable
 * when lines move. {@code suppression} is null unless an ignore comment, config entry or
 * baseline matched.
 */
public record Finding(
    RuleInfo rule,
    Severity level,
    String message,
    Location location,
    List<Related> related,
    String logicalLocation,
    String fingerprint,
    Suppression suppression) {

  /** A secondary location with its own message. */
  public record Related(Location location, String message) {}

  public Finding {
    related = List.copyOf(related);
  }

  public String ruleId() {
    return rule.id();
  }

  public boolean isSuppressed() {
    return suppression != null;
  }

  public Finding withSuppression(Suppression s) {
    return new Finding(rule, level, message, location, related, logicalLocation, fingerprint, s);
  }

  public Finding withLevel(Severity newLevel) {
    return new Finding(rule, newLevel, message, location, related, logicalLocation, fingerprint, suppression);
  }
}
