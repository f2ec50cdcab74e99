package dev.lintel.model.cfn;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a SAM {@code Globals} section into a resource's properties the way the SAM transform
 * does: mappings merge key by key (recursively), lists are the Globals items followed by the
 * resource's, any other resource value replaces the Globals value. Properties the resource
 * lists in {@code IgnoreGlobals} ({@code "*"} for all) are not taken from Globals. Nodes are
 * reused, never copied, so every merged value keeps the range where it was written.
 */
final class SamGlobals {

  private static final Map<String, String> SECTIONS = Map.of(
      "AWS::Serverless::Function", "Function",
      "AWS::Serverless::Api", "Api",
      "AWS::Serverless::HttpApi", "HttpApi",
      "AWS::Serverless::SimpleTable", "SimpleTable",
      "AWS::Serverless::StateMachine", "StateMachine",
      "AWS::Serverless::LayerVersion", "LayerVersion");

  private SamGlobals() {}

  /** The Globals section name for a resource type, or null when SAM has none for it. */
  static String section(String type) {
    return type == null ? null : SECTIONS.get(type);
  }

  /** The effective properties of {@code r} with {@code section} merged in. */
  static MappingNode merge(MappingNode section, CfnResource r) {
    Set<String> ignored = ignored(r.node().get("IgnoreGlobals"));
    if (ignored.contains("*")) {
      return r.properties();
    }
    List<MappingNode.Entry> globalEntries = new ArrayList<>();
    for (MappingNode.Entry e : section.entries()) {
      if (!ignored.contains(e.name())) {
        globalEntries.add(e);
      }
    }
    if (globalEntries.isEmpty()) {
      return r.properties();
    }
    MappingNode filtered = new MappingNode(globalEntries, section.range());
    return r.properties() == null ? filtered : (MappingNode) merge(filtered, r.properties());
  }

  private static Node merge(Node global, Node local) {
    if (global instanceof MappingNode g && local instanceof MappingNode l) {
      Map<String, MappingNode.Entry> out = new LinkedHashMap<>();
      for (MappingNode.Entry e : g.entries()) {
        out.putIfAbsent(e.name(), e);
      }
      for (MappingNode.Entry e : l.entries()) {
        MappingNode.Entry old = out.get(e.name());
        Node merged = old == null ? e.value() : merge(old.value(), e.value());
        out.put(e.name(), merged == e.value() ? e : new MappingNode.Entry(e.key(), merged));
      }
      return new MappingNode(new ArrayList<>(out.values()), l.range());
    }
    if (global instanceof SequenceNode g && local instanceof SequenceNode l) {
      List<Node> items = new ArrayList<>(g.items());
      items.addAll(l.items());
      return new SequenceNode(items, l.range());
    }
    return local;
  }

  private static Set<String> ignored(Node n) {
    if (n instanceof ScalarNode s) {
      return Set.of(s.value());
    }
    if (n instanceof SequenceNode seq) {
      Set<String> out = new HashSet<>();
      for (Node item : seq.items()) {
        if (item.text() != null) {
          out.add(item.text());
        }
      }
      return out;
    }
    return Set.of();
  }
}
