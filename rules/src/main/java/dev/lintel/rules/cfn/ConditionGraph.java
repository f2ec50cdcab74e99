package dev.lintel.rules.cfn;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.CfnTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where a template uses condition names: {@code Fn::If} first arguments and {@code Condition} references. */
final class ConditionGraph {

  /** One use of a condition name; {@code owner} is the declaring condition when inside Conditions, else null. */
  record Use(String name, Node node, String owner) {}

  private ConditionGraph() {}

  /** Every {@code Fn::If} condition name and every {@code Condition} reference inside Conditions. */
  static List<Use> uses(CfnTemplate t) {
    List<Use> out = new ArrayList<>();
    for (CfnSupport.Visit v : CfnSupport.walk(t, CfnSupport.EVALUATED_SECTIONS)) {
      IntrinsicNode fn = v.fn();
      SequenceNode args = fn.argument().asSequence();
      String owner = v.section().equals("Conditions") ? v.resource() : null;
      if (fn.function().equals("Fn::If") && args != null && !args.items().isEmpty()
          && args.items().get(0).text() != null) {
        out.add(new Use(args.items().get(0).text(), args.items().get(0), owner));
      } else if (fn.function().equals("Condition") && fn.argument().text() != null && owner != null) {
        out.add(new Use(fn.argument().text(), fn.argument(), owner));
      }
      if (owner != null && args != null) {
        for (Node item : args.items()) {
          if (item instanceof MappingNode m && m.entries().size() == 1 && m.string("Condition") != null) {
            out.add(new Use(m.string("Condition"), m.get("Condition"), owner));
          }
        }
      }
    }
    return out;
  }

  /** Condition → the declared conditions its expression references, in document order. */
  static Map<String, Set<String>> edges(CfnTemplate t) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    Set<String> declared = CfnSupport.names(t, "Conditions");
    for (String name : declared) {
      out.put(name, new LinkedHashSet<>());
    }
    for (Use u : uses(t)) {
      if (u.owner() != null && out.containsKey(u.owner()) && declared.contains(u.name())) {
        out.get(u.owner()).add(u.name());
      }
    }
    return out;
  }
}
