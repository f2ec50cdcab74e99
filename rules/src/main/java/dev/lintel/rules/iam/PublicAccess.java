package dev.lintel.rules.iam;

import dev.lintel.model.policy.Condition;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.model.policy.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The public-principal and restricting-condition definitions of RULES.md §2.5, which follow the
 * S3 and IAM Access Analyzer meaning of "public".
 */
public final class PublicAccess {

  private static final Set<String> PUBLIC_IDENTITY_PROVIDERS = Set.of(
      "accounts.google.com", "graph.facebook.com", "www.amazon.com", "cognito-identity.amazonaws.com");

  private static final Set<String> POSITIVE_OPERATORS = Set.of(
      "StringEquals", "StringEqualsIgnoreCase", "StringLike", "ArnEquals", "ArnLike", "IpAddress");

  private static final Set<String> RESTRICTING_KEYS = Set.of(
      "aws:sourcearn", "aws:sourceaccount", "aws:sourceowner", "aws:sourcevpc", "aws:sourcevpce",
      "aws:sourcevpcarn", "aws:sourceorgid", "aws:sourceorgpaths", "aws:principalorgid",
      "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn", "aws:principalservicename",
      "aws:principalisawsservice", "aws:userid", "aws:vpceaccount", "aws:vpceorgid", "aws:vpceorgpaths",
      "kms:calleraccount", "s3:dataaccesspointaccount", "s3:dataaccesspointarn",
      "s3:x-amz-server-side-encryption-aws-kms-key-id", "cognito-identity.amazonaws.com:aud", "aws:sourceip");

  private PublicAccess() {}

  /** True when the statement's {@code Principal} lets anyone in (NotPrincipal is not considered). */
  public static boolean isPublicPrincipal(Statement st) {
    return isPublicNonFederated(st) || isPublicFederated(st);
  }

  /** True when a {@code Federated} principal names a public web identity provider. */
  public static boolean isPublicFederated(Statement st) {
    for (PolicyValue v : st.principals("Federated")) {
      if (v.known() && PUBLIC_IDENTITY_PROVIDERS.contains(v.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** True for {@code *}, an {@code AWS} wildcard (or wildcard account) or a {@code CanonicalUser} wildcard. */
  public static boolean isPublicNonFederated(Statement st) {
    for (PolicyValue v : st.principals("*")) {
      if (v.is("*")) {
        return true;
      }
    }
    for (PolicyValue v : st.principals("AWS")) {
      if (v.is("*") || (v.known() && wildcardAccount(v.text()))) {
        return true;
      }
    }
    for (PolicyValue v : st.principals("CanonicalUser")) {
      if (v.is("*")) {
        return true;
      }
    }
    return false;
  }

  /** True when a condition limits the statement to fixed accounts, organisations, networks or sources. */
  public static boolean hasRestrictingCondition(Statement st) {
    for (Condition c : st.conditions()) {
      if (restricts(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a positive test that fails when the key is absent: {@code StringEquals},
   * {@code StringEqualsIgnoreCase}, {@code StringLike}, {@code ArnEquals}, {@code ArnLike},
   * {@code IpAddress} and their {@code ForAnyValue:} forms, never {@code ...IfExists}.
   */
  public static boolean isPositive(Condition c) {
    String op = c.operator();
    String base = op.startsWith("ForAnyValue:") ? op.substring("ForAnyValue:".length()) : op;
    return !c.ifExists() && POSITIVE_OPERATORS.contains(base) && !c.values().isEmpty();
  }

  private static boolean restricts(Condition c) {
    String op = c.operator();
    if (c.ifExists() || !RESTRICTING_KEYS.contains(c.keyLower()) || c.values().isEmpty()) {
      return false;
    }
    if (op.equals("Bool")) {
      return c.keyLower().equals("aws:principalisawsservice")
          && c.values().stream().allMatch(v -> !v.known() || "true".equalsIgnoreCase(v.text()));
    }
    String base = op.startsWith("ForAnyValue:") ? op.substring("ForAnyValue:".length()) : op;
    if (!POSITIVE_OPERATORS.contains(base)) {
      return false;
    }
    boolean ip = c.keyLower().equals("aws:sourceip");
    return c.values().stream().allMatch(v -> !v.known() || (ip ? narrowNetwork(v.text()) : fixed(v.text())));
  }

  /** No wildcard or policy variable in the identifying part (for an ARN: account and resource). */
  private static boolean fixed(String value) {
    String[] arn = value.split(":", 6);
    String identifying = arn.length == 6 && arn[0].equals("arn") ? arn[4] + ":" + arn[5] : value;
    return !identifying.contains("*") && !identifying.contains("?") && !identifying.contains("${");
  }

  /** An IPv4 prefix of at least /8 or an IPv6 prefix of at least /32. */
  private static boolean narrowNetwork(String cidr) {
    int slash = cidr.indexOf('/');
    if (slash < 0) {
      return fixed(cidr);
    }
    try {
      int prefix = Integer.parseInt(cidr.substring(slash + 1).trim());
      return prefix >= (cidr.indexOf(':') >= 0 ? 32 : 8);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** An AWS principal ARN with a wildcard in its account field. */
  private static boolean wildcardAccount(String text) {
    List<String> parts = List.of(text.split(":", -1));
    return parts.size() >= 5 && parts.get(0).equals("arn")
        && (parts.get(4).contains("*") || parts.get(4).contains("?"));
  }
}
