package dev.lintel.rules.iam;

import java.util.Locale;
import java.util.regex.Pattern;

/** Condition operator families and value formats (IAM JSON policy elements: condition operators). */
final class ConditionTypes {

  private static final Pattern OPERATOR = Pattern.compile("(?:ForAllValues:|ForAnyValue:)?"
      + "(String(?:Equals|NotEquals|EqualsIgnoreCase|NotEqualsIgnoreCase|Like|NotLike)"
      + "|(?:Numeric|Date)(?:Equals|NotEquals|LessThan|LessThanEquals|GreaterThan|GreaterThanEquals)"
      + "|Bool|BinaryEquals|IpAddress|NotIpAddress|Arn(?:Equals|NotEquals|Like|NotLike)|Null)(?:IfExists)?");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern DATE = Pattern.compile(
      "\\d+|\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern IPV4 = Pattern.compile(
      "((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)(/(3[0-2]|[12]?\\d))?");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(/(12[0-8]|1[01]\\d|\\d?\\d))?");

  private ConditionTypes() {}

  /**
   * The family of a valid operator (String, Numeric, Date, Bool, Binary, IPAddress, ARN, Null),
   * named like the key types it works on, or null for an operator that does not exist.
   */
  static String family(String operator) {
    var m = OPERATOR.matcher(operator);
    if (!m.matches()) {
      return null;
    }
    String base = m.group(1);
    if (base.startsWith("String")) {
      return "String";
    } else if (base.startsWith("Numeric")) {
      return "Numeric";
    } else if (base.startsWith("Date")) {
      return "Date";
    } else if (base.startsWith("Arn")) {
      return "ARN";
    } else if (base.endsWith("IpAddress")) {
      return "IPAddress";
    }
    return base.equals("BinaryEquals") ? "Binary" : base;
  }

  /**
   * True when operators of {@code family} work on keys of {@code keyType} (without ArrayOf). Arn
   * operators are accepted on String keys, which often hold ARNs; aws:EpochTime is documented as
   * both Date and Numeric.
   */
  static boolean compatible(String family, String keyType, String keyLower) {
    if (family.equals(keyType) || (family.equals("String") && keyType.equals("ARN"))) {
      return true;
    }
    if (family.equals("ARN") && keyType.equals("String")) {
      return true;
    }
    return keyLower.equals("aws:epochtime") && (family.equals("Numeric") || family.equals("Date"));
  }

  /** Why {@code value} does not fit the operator family or the key, or null when it does. */
  static String valueProblem(String family, String keyLower, String value) {
    String v = value.trim();
    return switch (family) {
      case "Numeric" -> NUMBER.matcher(v).matches() ? null : "is not a number";
      case "Date" -> DATE.matcher(v).matches() ? null : "is not an ISO 8601 date or epoch seconds";
      case "Bool", "Null" -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? null : "is not true or false";
      case "IPAddress" -> IPV4.matcher(v).matches() || IPV6.matcher(v).matches() ? null
          : "is not an IP address or CIDR range";
      case "String" -> stringProblem(keyLower, v);
      default -> null;
    };
  }

  private static String stringProblem(String keyLower, String v) {
    if (v.startsWith("*") || v.startsWith("?")) {
      return null;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (keyLower.equals("aws:sourcevpc") && !lower.startsWith("vpc-")) {
      return "is not a VPC id (vpc-...)";
    }
    if (keyLower.equals("aws:sourcevpce") && !lower.startsWith("vpce-")) {
      return "is not a VPC endpoint id (vpce-...)";
    }
    return null;
  }
}
