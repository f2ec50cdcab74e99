package dev.lintel.rules.iam;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.policy.Policy;
import dev.lintel.model.policy.PolicyKind;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.model.policy.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The policy grammar of RULES.md IAM_POLICY_MALFORMED (a)-(j): allowed elements, required and
 * exclusive elements per policy kind, trust-policy actions, and the shapes of values.
 */
final class PolicyGrammar {

  /** Receives one grammar violation. */
  interface Sink {
    void report(TextRange at, String message);
  }

  private static final Set<String> ROOT_KEYS = Set.of("Version", "Id", "Statement");
  private static final Set<String> STATEMENT_KEYS = Set.of("Sid", "Effect", "Principal", "NotPrincipal",
      "Action", "NotAction", "Resource", "NotResource", "Condition");
  private static final Set<String> TRUST_ACTIONS = Set.of("sts:assumerole", "sts:assumerolewithsaml",
      "sts:assumerolewithwebidentity", "sts:tagsession", "sts:setsourceidentity", "sts:setcontext", "sts:*", "*");

  private PolicyGrammar() {}

  static void check(Policy p, Sink sink) {
    MappingNode doc = p.document();
    for (MappingNode.Entry e : doc.entries()) {
      if (!ROOT_KEYS.contains(e.name())) {
        sink.report(e.key().range(), "Policy document has the element '" + e.name()
            + "'; only Version, Id and Statement are allowed at the top level");
      }
    }
    caseDuplicates(doc, sink, new IdentityHashMap<>());
    Node st = doc.get("Statement");
    if (st == null) {
      sink.report(start(doc), "Policy document has no Statement");
    } else if (st instanceof ScalarNode s) {
      sink.report(s.range(), s.isNull() ? "Statement is null" : "Statement is '" + s.value()
          + "', not an object or a list of objects");
    } else if (st instanceof SequenceNode seq) {
      if (seq.items().isEmpty()) {
        sink.report(seq.range(), "Statement is an empty list");
      }
      for (Node item : seq.items()) {
        if (!(item instanceof MappingNode) && !(item instanceof IntrinsicNode)) {
          sink.report(item.range(), "Statement item is not an object");
        }
      }
    }
    for (Statement s : p.statements()) {
      statement(p, s, sink);
    }
  }

  private static void statement(Policy p, Statement st, Sink sink) {
    List<String> missing = new ArrayList<>();
    for (MappingNode.Entry e : st.node().entries()) {
      if (!STATEMENT_KEYS.contains(e.name())) {
        sink.report(e.key().range(), "Statement has the element '" + e.name() + "', which is not a policy element");
      }
    }
    if (!st.has("Effect")) {
      missing.add("has no Effect");
    }
    for (PolicyValue v : st.values("Effect")) {
      if (v.known() && !v.text().equals("Allow") && !v.text().equals("Deny")) {
        sink.report(v.anchor().range(), "Effect is '" + v.text() + "'; it must be exactly Allow or Deny" + v.originSuffix());
      }
    }
    exclusive(st, "Action", "NotAction", true, missing);
    exclusive(st, "Resource", "NotResource", false, missing);
    exclusive(st, "Principal", "NotPrincipal", false, missing);
    boolean hasResource = st.has("Resource") || st.has("NotResource");
    boolean hasPrincipal = st.has("Principal") || st.has("NotPrincipal");
    if (p.kind() == PolicyKind.IDENTITY) {
      present(st, sink, "an identity policy (attached to a user, group or role) cannot name one", "Principal", "NotPrincipal");
      if (!hasResource) {
        missing.add("has neither Resource nor NotResource");
      }
    } else if (p.kind() == PolicyKind.RESOURCE) {
      if (!hasPrincipal) {
        missing.add("has neither Principal nor NotPrincipal, which a resource policy requires");
      }
      if ("ecr".equals(p.service())) {
        present(st, sink, "ECR repository policy statements must not name a resource", "Resource", "NotResource");
      } else if (!hasResource) {
        missing.add("has neither Resource nor NotResource");
      }
    } else {
      present(st, sink, "a trust policy applies to its role and cannot name resources", "Resource", "NotResource");
      present(st, sink, "a trust policy cannot use NotPrincipal", "NotPrincipal");
      trustActions(st, sink);
    }
    if (!missing.isEmpty()) {
      sink.report(st.anchor(), "Statement " + String.join("; ", missing));
    }
    ValueShapes.condition(p, st, sink);
    for (String key : List.of("Action", "NotAction", "Resource", "NotResource")) {
      ValueShapes.strings(p, st.node().get(key), key, sink);
    }
  }

  private static void exclusive(Statement st, String a, String notA, boolean required, List<String> missing) {
    if (st.has(a) && st.has(notA)) {
      missing.add("has both " + a + " and " + notA);
    } else if (required && !st.has(a) && !st.has(notA)) {
      missing.add("has neither " + a + " nor " + notA);
    }
  }

  private static void present(Statement st, Sink sink, String why, String... keys) {
    for (String key : keys) {
      MappingNode.Entry e = st.node().entry(key);
      if (e != null) {
        sink.report(e.key().range(), "Statement has " + key + ", but " + why);
      }
    }
  }

  /** Trust-policy actions: only the role-assumption actions, each fitting its principal type. */
  private static void trustActions(Statement st, Sink sink) {
    Set<String> types = Principals.types(st);
    for (PolicyValue a : st.actions()) {
      if (!a.known()) {
        continue;
      }
      String action = a.text().toLowerCase(Locale.ROOT);
      boolean allowed = TRUST_ACTIONS.stream().anyMatch(t -> Statement.wildcardMatches(action, t));
      if (!allowed) {
        sink.report(a.anchor().range(), "Trust policy allows '" + a.text() + "'; only sts:AssumeRole,"
            + " sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity"
            + " and sts:SetContext are valid in a role trust policy" + a.originSuffix());
      } else if (!Principals.fits(action, types)) {
        sink.report(a.anchor().range(), "Action '" + a.text() + "' is for " + Principals.expected(action)
            + " principals, but the statement names " + String.join(", ", types) + a.originSuffix());
      }
    }
  }

  /** Keys of one mapping that differ only by case (exact duplicates are parse errors). */
  private static void caseDuplicates(Node n, Sink sink, Map<Node, Boolean> seen) {
    if (n == null || seen.put(n, Boolean.TRUE) != null) {
      return;
    }
    if (n instanceof MappingNode m) {
      Map<String, String> byLower = new HashMap<>();
      for (MappingNode.Entry e : m.entries()) {
        String first = byLower.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e.name());
        if (first != null && !first.equals(e.name())) {
          sink.report(e.key().range(), "Keys '" + first + "' and '" + e.name()
              + "' differ only by case; IAM rejects such a document");
        }
        caseDuplicates(e.value(), sink, seen);
      }
    } else if (n instanceof SequenceNode seq) {
      for (Node item : seq.items()) {
        caseDuplicates(item, sink, seen);
      }
    } else if (n instanceof IntrinsicNode fn) {
      caseDuplicates(fn.argument(), sink, seen);
    }
  }

  static TextRange start(Node n) {
    return TextRange.point(n.range().startLine(), n.range().startColumn());
  }

  /** True for a known candidate that is there (not AWS::NoValue). */
  static boolean present(Candidate c) {
    return c.known() && !c.absent();
  }
}
