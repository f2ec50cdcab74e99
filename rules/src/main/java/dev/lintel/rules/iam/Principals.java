package dev.lintel.rules.iam;

import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.policy.Policy;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.model.policy.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Principal formats (IAM_PRINCIPAL_INVALID) and the principal types of trust statements, with
 * the role-assumption action each type needs (IAM_POLICY_MALFORMED (i)).
 */
final class Principals {

  static final String AWS_OR_SERVICE = "AWS or Service principal";
  static final String SAML = "SAML provider";
  static final String WEB_IDENTITY = "web identity provider";
  static final String ANYONE = "*";

  private static final String PARTITION = "arn:aws(?:-[a-z]+)*:";
  private static final String NAME = "[\\w+=,.@-]+";
  private static final Pattern AWS = Pattern.compile("\\*|\\d{12}|" + PARTITION + "(?:iam::\\d{12}:(?:root|(?:user|role)/(?:"
      + NAME + "/)*" + NAME + ")|sts::\\d{12}:(?:assumed-role/" + NAME + "/" + NAME + "|federated-user/" + NAME + "))"
      + "|arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity [A-Za-z0-9]+");
  private static final Pattern SERVICE = Pattern.compile("[a-z0-9][a-z0-9.-]*\\.(?:amazonaws\\.com(?:\\.cn)?|amazon\\.com)");
  private static final Set<String> WEB_PROVIDERS = Set.of(
      "cognito-identity.amazonaws.com", "accounts.google.com", "graph.facebook.com", "www.amazon.com");
  private static final Pattern FEDERATED_ARN = Pattern.compile(
      PARTITION + "iam::\\d{12}:(?:saml-provider/[\\w.-]+|oidc-provider/\\S+)");
  private static final Pattern CANONICAL = Pattern.compile("[0-9a-fA-F]{64}");

  private Principals() {}

  /** Why a known principal value of {@code type} is invalid, or null when it is valid. */
  static String problem(String type, String value) {
    return switch (type) {
      case "AWS" -> AWS.matcher(value).matches() ? null
          : "is not an account id, an account root, user, role, assumed-role or federated-user ARN, or '*'"
              + " (group ARNs, policy ARNs and partial wildcards are not principals)";
      case "Service" -> SERVICE.matcher(value).matches() ? null
          : "is not a service principal (a host name ending in .amazonaws.com or .amazon.com)";
      case "Federated" -> WEB_PROVIDERS.contains(value) || FEDERATED_ARN.matcher(value).matches() ? null
          : "is not a supported identity provider (Amazon Cognito, Login with Amazon, Facebook, Google,"
              + " or a SAML or OIDC provider ARN)";
      case "CanonicalUser" -> value.equals("*") || CANONICAL.matcher(value).matches() ? null
          : "is not a canonical user id (64 hexadecimal digits)";
      default -> null;
    };
  }

  /** Calls {@code sink} with each candidate of a principal entry's value (a string or a list), where written. */
  static void values(Policy policy, Node value, String origin, BiConsumer<Node, Candidate> sink) {
    for (Candidate c : policy.evaluator().candidates(value)) {
      Candidate outer = c.within(origin);
      if (outer.value() instanceof SequenceNode seq) {
        for (Node item : seq.items()) {
          for (Candidate ic : policy.evaluator().candidates(item)) {
            sink.accept(item, ic.within(outer.origin()));
          }
        }
      } else {
        sink.accept(value, outer);
      }
    }
  }

  /** The principal types of a statement's Principal. */
  static Set<String> types(Statement st) {
    Set<String> types = new TreeSet<>();
    if (st.principals("*").stream().anyMatch(v -> v.is("*"))) {
      types.add(ANYONE);
    }
    if (!st.principals("AWS").isEmpty() || !st.principals("Service").isEmpty()) {
      types.add(AWS_OR_SERVICE);
    }
    for (PolicyValue v : st.principals("Federated")) {
      String t = v.text() == null ? "" : v.text().toLowerCase(Locale.ROOT);
      types.add(t.contains(":saml-provider/") ? SAML : WEB_IDENTITY);
    }
    return types;
  }

  /** True when the (lower-case) action can be used by at least one of the principal types. */
  static boolean fits(String action, Set<String> types) {
    String needed = needs(action);
    return needed == null || types.isEmpty() || types.contains(ANYONE) || types.contains(needed);
  }

  /** The principal type an assume-role action is for, for messages. */
  static String expected(String action) {
    return needs(action);
  }

  private static String needs(String action) {
    return switch (action) {
      case "sts:assumerole" -> AWS_OR_SERVICE;
      case "sts:assumerolewithsaml" -> SAML;
      case "sts:assumerolewithwebidentity" -> WEB_IDENTITY;
      default -> null;
    };
  }
}
