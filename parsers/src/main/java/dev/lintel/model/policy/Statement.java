package dev.lintel.model.policy;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import dev.lintel.model.cfn.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One statement of a {@link Policy}. "String or list" fields are normalised to lists of
 * {@link PolicyValue}s, with template intrinsics evaluated to their candidates.
 */
public final class Statement {

  private final Policy policy;
  private final MappingNode node;
  private final int index;

  Statement(Policy policy, MappingNode node, int index) {
    this.policy = policy;
    this.node = node;
    this.index = index;
  }

  public Policy policy() {
    return policy;
  }

  public MappingNode node() {
    return node;
  }

  /** Position in the Statement list, from 0. */
  public int index() {
    return index;
  }

  /** The first key of the statement: where findings about the statement as a whole go. */
  public TextRange anchor() {
    return node.entries().isEmpty() ? node.range() : node.entries().get(0).key().range();
  }

  public String sid() {
    return node.string("Sid");
  }

  /** The known Effect text, or null when absent or not a literal. */
  public String effect() {
    List<PolicyValue> v = values("Effect");
    return v.size() == 1 && v.get(0).known() ? v.get(0).text() : null;
  }

  public boolean isAllow() {
    return "Allow".equals(effect());
  }

  public boolean isDeny() {
    return "Deny".equals(effect());
  }

  public List<PolicyValue> actions() {
    return values("Action");
  }

  public List<PolicyValue> notActions() {
    return values("NotAction");
  }

  public List<PolicyValue> resources() {
    return values("Resource");
  }

  public List<PolicyValue> notResources() {
    return values("NotResource");
  }

  public boolean has(String key) {
    return node.has(key);
  }

  /** The Principal node as written, or null. */
  public Node principal() {
    return node.get("Principal");
  }

  /**
   * The principal values by type: {@code *} for the bare wildcard, else the values of the
   * {@code AWS}, {@code Service}, {@code Federated} or {@code CanonicalUser} entry.
   */
  public List<PolicyValue> principals(String type) {
    Node p = principal();
    if (p == null) {
      return List.of();
    }
    List<PolicyValue> out = new ArrayList<>();
    for (Candidate c : policy.evaluator().candidates(p)) {
      if (c.value() instanceof ScalarNode s) {
        if (type.equals("*")) {
          out.add(new PolicyValue(s, s.value(), true, c.origin()));
        }
      } else if (c.value() instanceof MappingNode m && m.get(type) != null) {
        out.addAll(flatten(m.get(type), c.origin()));
      }
    }
    return out;
  }

  /** The statement's conditions, flattened to operator/key pairs, in document order. */
  public List<Condition> conditions() {
    MappingNode block = node.mapping("Condition");
    if (block == null) {
      return List.of();
    }
    List<Condition> out = new ArrayList<>();
    for (MappingNode.Entry op : block.entries()) {
      MappingNode keys = op.value().asMapping();
      if (keys == null) {
        continue;
      }
      for (MappingNode.Entry k : keys.entries()) {
        out.add(new Condition(op.name(), op.key(), k.name(), k.key(), flatten(k.value(), null)));
      }
    }
    return out;
  }

  /** The values of a "string or list" field; empty when the field is absent. */
  public List<PolicyValue> values(String key) {
    Node n = node.get(key);
    return n == null ? List.of() : flatten(n, null);
  }

  private List<PolicyValue> flatten(Node n, String outerOrigin) {
    List<PolicyValue> out = new ArrayList<>();
    for (Candidate c : policy.evaluator().candidates(n)) {
      Candidate cc = c.within(outerOrigin);
      if (cc.absent()) {
        continue;
      }
      if (cc.value() instanceof SequenceNode seq) {
        for (Node item : seq.items()) {
          for (Candidate ic : policy.evaluator().candidates(item)) {
            Candidate ic2 = ic.within(cc.origin());
            if (!ic2.absent()) {
              out.add(new PolicyValue(item, ic2.text(), ic2.known() && ic2.text() != null, ic2.origin()));
            }
          }
        }
      } else {
        boolean literal = cc.value() == n || !(n instanceof dev.lintel.model.IntrinsicNode);
        out.add(new PolicyValue(literal && cc.value() != null ? cc.value() : n, cc.text(),
            cc.known() && cc.text() != null, cc.origin()));
      }
    }
    return out;
  }

  /** True when an action value matches {@code action} (case-insensitive, {@code *}/{@code ?}). */
  public static boolean actionMatches(String pattern, String action) {
    return wildcardMatches(pattern.toLowerCase(Locale.ROOT), action.toLowerCase(Locale.ROOT));
  }

  /** IAM wildcard match: {@code *} any run of characters, {@code ?} one character. */
  public static boolean wildcardMatches(String pattern, String text) {
    int p = 0;
    int t = 0;
    int star = -1;
    int mark = 0;
    while (t < text.length()) {
      if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
        p++;
        t++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        mark = t;
      } else if (star >= 0) {
        p = star + 1;
        t = ++mark;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
