package dev.lintel.rules.iam;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.policy.Policy;
import dev.lintel.model.policy.Statement;

/**
 * Shapes of policy values after template evaluation (IAM_POLICY_MALFORMED (j)): a Condition is
 * operator → key → scalar or list of scalars; Action and Resource entries are non-empty strings.
 * Unknown values are never reported.
 */
final class ValueShapes {

  private ValueShapes() {}

  static void condition(Policy p, Statement st, PolicyGrammar.Sink sink) {
    Node block = st.node().get("Condition");
    if (block == null) {
      return;
    }
    for (Candidate c : p.evaluator().candidates(block)) {
      if (!PolicyGrammar.present(c) || c.value() == null) {
        continue;
      }
      if (!(c.value() instanceof MappingNode ops)) {
        sink.report(block.range(), "Condition is not an object of operators" + c.originSuffix());
        continue;
      }
      for (MappingNode.Entry op : ops.entries()) {
        for (Candidate oc : p.evaluator().candidates(op.value())) {
          if (!PolicyGrammar.present(oc) || oc.value() == null) {
            continue;
          }
          if (!(oc.value() instanceof MappingNode keys)) {
            sink.report(op.key().range(), "Condition operator '" + op.name()
                + "' must map condition keys to values, not hold a value itself" + oc.originSuffix());
            continue;
          }
          for (MappingNode.Entry k : keys.entries()) {
            conditionValue(p, k, sink);
          }
        }
      }
    }
  }

  private static void conditionValue(Policy p, MappingNode.Entry k, PolicyGrammar.Sink sink) {
    for (Candidate c : p.evaluator().candidates(k.value())) {
      if (!PolicyGrammar.present(c) || c.value() == null) {
        continue;
      }
      boolean bad = c.value() instanceof MappingNode || isNull(c.value());
      if (c.value() instanceof SequenceNode seq) {
        for (Node item : seq.items()) {
          for (Candidate ic : p.evaluator().candidates(item)) {
            if (PolicyGrammar.present(ic) && ic.value() != null
                && (!(ic.value() instanceof ScalarNode) || isNull(ic.value()))) {
              bad = true;
            }
          }
        }
      }
      if (bad) {
        sink.report(k.key().range(), "Condition key '" + k.name()
            + "' must have a string, number or boolean, or a list of them" + c.originSuffix());
        return;
      }
    }
  }

  /** Reports entries of an Action/Resource element that are not strings, or are empty. */
  static void strings(Policy p, Node field, String name, PolicyGrammar.Sink sink) {
    if (field == null) {
      return;
    }
    for (Candidate c : p.evaluator().candidates(field)) {
      if (c.value() instanceof SequenceNode seq) {
        for (Node item : seq.items()) {
          for (Candidate ic : p.evaluator().candidates(item)) {
            entry(ic, item, name, sink);
          }
        }
      } else {
        entry(c, field, name, sink);
      }
    }
  }

  private static void entry(Candidate c, Node written, String name, PolicyGrammar.Sink sink) {
    if (!PolicyGrammar.present(c)) {
      return;
    }
    Node v = c.value();
    if (v instanceof MappingNode || v instanceof SequenceNode || (v != null && isNull(v))
        || (v instanceof ScalarNode s && (s.type() == ScalarNode.Type.NUMBER || s.type() == ScalarNode.Type.BOOLEAN))) {
      sink.report(written.range(), name + " entry is not a string" + c.originSuffix());
    } else if (c.text() != null && c.text().isEmpty()) {
      sink.report(written.range(), name + " entry is an empty string" + c.originSuffix());
    }
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && s.isNull();
  }
}
