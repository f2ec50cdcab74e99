package dev.lintel.rules.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Condition operator names and what is known about condition keys without the IAM catalogue. */
final class ConditionOperators {

  private static final Pattern OPERATOR = Pattern.compile("(?:ForAllValues:|ForAnyValue:)?(?:"
      + "String(?:Equals|NotEquals|EqualsIgnoreCase|NotEqualsIgnoreCase|Like|NotLike)"
      + "|(?:Numeric|Date)(?:Equals|NotEquals|LessThan|LessThanEquals|GreaterThan|GreaterThanEquals)"
      + "|Bool|BinaryEquals|IpAddress|NotIpAddress|Arn(?:Equals|NotEquals|Like|NotLike)|Null)(?:IfExists)?");
  private static final Pattern OPERATOR_ANY_CASE = Pattern.compile(OPERATOR.pattern(), Pattern.CASE_INSENSITIVE);

  private static final List<String> BASES = bases();

  /** Global condition keys whose request value is a list (IAM global condition context keys). */
  private static final Set<String> MULTI_VALUED_GLOBAL = Set.of("aws:calledvia", "aws:principalorgpaths",
      "aws:principalservicenameslist", "aws:resourceorgpaths", "aws:sourceorgpaths", "aws:tagkeys",
      "aws:vpceorgpaths");

  /** Service keys of type ArrayOf* that policies commonly use with set operators. */
  private static final Set<String> MULTI_VALUED_SERVICE = Set.of("dynamodb:attributes", "dynamodb:leadingkeys",
      "kms:encryptioncontextkeys", "kms:grantoperations", "ses:recipients");

  private ConditionOperators() {}

  private static List<String> bases() {
    List<String> out = new ArrayList<>(List.of("Bool", "BinaryEquals", "IpAddress", "NotIpAddress", "Null"));
    for (String s : List.of("Equals", "NotEquals", "EqualsIgnoreCase", "NotEqualsIgnoreCase", "Like", "NotLike")) {
      out.add("String" + s);
    }
    for (String s : List.of("Equals", "NotEquals", "LessThan", "LessThanEquals", "GreaterThan", "GreaterThanEquals")) {
      out.add("Numeric" + s);
      out.add("Date" + s);
    }
    for (String s : List.of("Equals", "NotEquals", "Like", "NotLike")) {
      out.add("Arn" + s);
    }
    return List.copyOf(out);
  }

  /** True for an operator IAM knows, with its optional set prefix and IfExists suffix (case-sensitive). */
  static boolean isKnown(String operator) {
    return OPERATOR.matcher(operator).matches();
  }

  /** The operator spelled as IAM expects when {@code operator} differs from it only by case, else null. */
  static String knownIgnoringCase(String operator) {
    if (!OPERATOR_ANY_CASE.matcher(operator).matches()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    String rest = operator;
    for (String prefix : List.of("ForAllValues:", "ForAnyValue:")) {
      if (rest.regionMatches(true, 0, prefix, 0, prefix.length())) {
        out.append(prefix);
        rest = rest.substring(prefix.length());
      }
    }
    boolean ifExists = rest.toLowerCase(Locale.ROOT).endsWith("ifexists");
    String base = ifExists ? rest.substring(0, rest.length() - "IfExists".length()) : rest;
    String canonical = BASES.stream().filter(b -> b.equalsIgnoreCase(base)).findFirst().orElse(base);
    return out.append(canonical).append(ifExists ? "IfExists" : "").toString();
  }

  static boolean isSetOperator(String operator) {
    return operator.startsWith("ForAllValues:") || operator.startsWith("ForAnyValue:");
  }

  /**
   * Whether a key is multi-valued: TRUE or FALSE when known, null for service keys this table
   * does not know (those are never reported).
   */
  static Boolean multiValued(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (MULTI_VALUED_GLOBAL.contains(k) || MULTI_VALUED_SERVICE.contains(k)) {
      return Boolean.TRUE;
    }
    if (k.startsWith("aws:") || k.contains(":resourcetag/") || k.contains(":requesttag/")) {
      return Boolean.FALSE;
    }
    return null;
  }
}
