package dev.lintel.rules.iam;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.policy.Policy;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Policy variables ({@code ${aws:username}}, {@code ${aws:PrincipalTag/team, 'none'}}): their
 * syntax, and the known strings of a policy value after template evaluation.
 */
final class PolicyVariables {

  private static final Pattern DEFAULT_VALUE = Pattern.compile("\\s*'[^']*'");
  private static final int MAX_DEPTH = 64;

  private PolicyVariables() {}

  /** Why the variables in {@code text} are malformed, or null when they are well formed. */
  static String syntaxProblem(String text) {
    int i = text.indexOf("${");
    while (i >= 0) {
      int close = text.indexOf('}', i + 2);
      if (close < 0) {
        return "'" + text.substring(i) + "' has no closing '}'";
      }
      String inner = text.substring(i + 2, close);
      String problem = innerProblem(inner);
      if (problem != null) {
        return "'${" + inner + "}' " + problem;
      }
      i = text.indexOf("${", close + 1);
    }
    return null;
  }

  private static String innerProblem(String inner) {
    if (inner.isEmpty()) {
      return "is empty";
    }
    int comma = inner.indexOf(',');
    String name = comma < 0 ? inner : inner.substring(0, comma);
    String rest = comma < 0 ? "" : inner.substring(comma + 1);
    if (inner.chars().filter(ch -> ch == '\'').count() % 2 != 0) {
      return "has an unbalanced quote";
    }
    if (name.chars().anyMatch(Character::isWhitespace)) {
      return "contains whitespace in the key name";
    }
    if (comma >= 0 && !DEFAULT_VALUE.matcher(rest).matches()) {
      return "has a malformed default value (write ${key, 'default'})";
    }
    return null;
  }

  /** True when the policy language version does not support variables (Version missing or 2008-10-17). */
  static boolean literalVersion(Policy policy) {
    Node version = policy.document().get("Version");
    if (version == null) {
      return true;
    }
    for (Candidate c : policy.evaluator().candidates(version)) {
      if (!c.is(IamPolicyVersionRule.OLD)) {
        return false;
      }
    }
    return true;
  }

  /** Calls {@code sink} with every known string inside {@code n} and the node it was written at. */
  static void strings(Policy p, Node n, BiConsumer<Node, Candidate> sink) {
    strings(p, n, sink, 0);
  }

  private static void strings(Policy p, Node n, BiConsumer<Node, Candidate> sink, int depth) {
    if (n == null || depth > MAX_DEPTH) {
      return;
    }
    for (Candidate c : p.evaluator().candidates(n)) {
      if (c.value() instanceof MappingNode m) {
        for (MappingNode.Entry e : m.entries()) {
          strings(p, e.value(), sink, depth + 1);
        }
      } else if (c.value() instanceof SequenceNode seq) {
        for (Node item : seq.items()) {
          strings(p, item, sink, depth + 1);
        }
      } else if (c.known() && !c.absent() && c.text() != null) {
        sink.accept(n, c);
      }
    }
  }
}
