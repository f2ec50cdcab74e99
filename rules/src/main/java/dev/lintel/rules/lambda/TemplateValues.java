package dev.lintel.rules.lambda;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import java.util.ArrayList;
import java.util.List;

/**
 * Nested template values as candidates (RULES.md §2.2): a path of keys is followed through every
 * known candidate of each step, so {@code Fn::If} over a whole block is handled; a step that is
 * missing gives an absent candidate, an unknown step an unknown one.
 */
public final class TemplateValues {

  private TemplateValues() {}

  /** The candidates of {@code node.path[0].path[1]...}; empty only when {@code node} is null. */
  public static List<Candidate> at(CfnResource r, Node node, String... path) {
    if (node == null) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>();
    walk(r, node, path, 0, null, out);
    return out;
  }

  private static void walk(CfnResource r, Node node, String[] path, int step, String origin, List<Candidate> out) {
    for (Candidate c : r.values(node)) {
      Candidate here = c.within(origin);
      if (step == path.length || !here.known() || here.absent()) {
        out.add(here);
      } else if (here.value() instanceof MappingNode m && m.get(path[step]) != null) {
        walk(r, m.get(path[step]), path, step + 1, here.origin(), out);
      } else {
        out.add(Candidate.noValue(here.origin()));
      }
    }
  }

  /** The node written at {@code path} below {@code node} through literal mappings, or null. */
  public static Node nodeAt(Node node, String... path) {
    Node n = node;
    for (String key : path) {
      if (!(n instanceof MappingNode m)) {
        return null;
      }
      n = m.get(key);
    }
    return n;
  }

  /** The known mappings {@code node} can be (both branches of an {@code Fn::If}, ...). */
  public static List<MappingNode> mappings(CfnResource r, Node node) {
    List<MappingNode> out = new ArrayList<>();
    for (Candidate c : at(r, node)) {
      if (c.known() && c.value() instanceof MappingNode m) {
        out.add(m);
      }
    }
    return out;
  }

  /** The items of every known list {@code node} can be. */
  public static List<Node> items(CfnResource r, Node node) {
    List<Node> out = new ArrayList<>();
    for (Candidate c : at(r, node)) {
      if (c.known() && c.value() instanceof SequenceNode s) {
        out.addAll(s.items());
      }
    }
    return out;
  }

  /** True for a known {@code true} ({@code "true"} accepted as CloudFormation does). */
  public static boolean isTrue(Candidate c) {
    return c.known() && !c.absent() && c.text() != null && c.text().equalsIgnoreCase("true");
  }

  /** A known integer value, or null for unknown, absent and non-integer values. */
  public static Long integer(Candidate c) {
    if (!c.known() || c.absent() || c.text() == null) {
      return null;
    }
    try {
      return Long.parseLong(c.text().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The first known or absent candidate that is not true, or null (unknowns are never reported). */
  public static Candidate firstNotTrue(List<Candidate> values) {
    for (Candidate c : values) {
      if ((c.known() || c.absent()) && !isTrue(c)) {
        return c;
      }
    }
    return null;
  }

  /** The candidates of {@code node}, where absent values (and an absent node) take the {@code fallback} default. */
  public static List<Candidate> orDefault(CfnResource r, Node node, long fallback) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : r.values(node)) {
      out.add(c.absent() ? new Candidate(null, Long.toString(fallback), true, false, c.origin()) : c);
    }
    return out.isEmpty() ? List.of(new Candidate(null, Long.toString(fallback), true, false, null)) : out;
  }
}
