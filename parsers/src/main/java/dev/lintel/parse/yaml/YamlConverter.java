package dev.lintel.parse.yaml;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.Problem;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.parse.ParseLimits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Converts one composed SnakeYAML document into the shared tree. A node reached again through
 * an alias is converted once (the same {@link Node} object is reused); a node reached from
 * inside itself is a recursive alias and becomes a null scalar plus a problem. The nodes reached
 * through aliases are counted, and the document is dropped when they exceed the limit.
 */
final class YamlConverter {

  /** A converted node with the offset where its source ends and its expanded size. */
  private record Done(Node node, int end, long size) {}

  private static final long SIZE_CAP = Long.MAX_VALUE / 4;

  private final YamlPositions positions;
  private final ParseLimits limits;
  private final List<Problem> problems;
  private final Map<org.yaml.snakeyaml.nodes.Node, Done> done = new IdentityHashMap<>();
  private final Set<org.yaml.snakeyaml.nodes.Node> inProgress =
      Collections.newSetFromMap(new IdentityHashMap<>());
  private long aliasExpansion;
  private boolean aborted;

  YamlConverter(YamlPositions positions, ParseLimits limits, List<Problem> problems) {
    this.positions = positions;
    this.limits = limits;
    this.problems = problems;
  }

  /** The converted document, or null when the alias expansion limit was hit. */
  Node convertDocument(org.yaml.snakeyaml.nodes.Node root) {
    Done result = convert(root, 0);
    return aborted ? null : result.node();
  }

  /** Converts {@code y}, which appears in the source at or after offset {@code from}. */
  private Done convert(org.yaml.snakeyaml.nodes.Node y, int from) {
    Done seen = done.get(y);
    if (seen != null) {
      int at = positions.aliasAt(from, y.getAnchor());
      aliasExpansion = Math.min(SIZE_CAP, aliasExpansion + seen.size());
      if (aliasExpansion > limits.maxAliasExpansion() && !aborted) {
        aborted = true;
        int where = Math.max(from, at);
        problems.add(Problem.limit("YAML aliases expand to more than "
            + limits.maxAliasExpansion() + " nodes (limit maxAliasExpansion)",
            positions.range(where, where + 1)));
      }
      int aliasEnd = at < 0 ? seen.end() : at + 1 + y.getAnchor().length();
      return new Done(seen.node(), Math.max(aliasEnd, seen.end()), seen.size());
    }
    if (aborted) {
      return new Done(new ScalarNode("", ScalarNode.Type.NULL, positions.range(from, from)), from, 1);
    }
    if (inProgress.contains(y)) {
      int at = Math.max(from, positions.aliasAt(from, y.getAnchor()));
      int end = at + 1 + (y.getAnchor() == null ? 0 : y.getAnchor().length());
      problems.add(Problem.parseError("recursive alias '*" + y.getAnchor() + "'",
          positions.range(at, end)));
      return new Done(new ScalarNode("", ScalarNode.Type.NULL, positions.range(at, end)), end, 1);
    }
    inProgress.add(y);
    Done result = convertNew(y);
    inProgress.remove(y);
    done.put(y, result);
    return result;
  }

  private Done convertNew(org.yaml.snakeyaml.nodes.Node y) {
    int markStart = positions.offset(y.getStartMark());
    int markEnd = Math.max(markStart, positions.offset(y.getEndMark()));
    int start = positions.contentStart(markStart, markEnd);
    Done content;
    if (y instanceof org.yaml.snakeyaml.nodes.ScalarNode s) {
      content = scalar(s, start, markEnd);
    } else if (y instanceof org.yaml.snakeyaml.nodes.SequenceNode s) {
      content = sequence(s, start, markEnd);
    } else {
      content = mapping((org.yaml.snakeyaml.nodes.MappingNode) y, start, markEnd);
    }
    String function = IntrinsicNode.fromShortTag(y.getTag().getValue());
    if (function == null) {
      return content;
    }
    return new Done(new IntrinsicNode(function, content.node(),
        positions.range(markStart, content.end())), content.end(), content.size() + 1);
  }

  private Done scalar(org.yaml.snakeyaml.nodes.ScalarNode s, int start, int markEnd) {
    DumperOptions.ScalarStyle style = s.getScalarStyle();
    boolean block = style == DumperOptions.ScalarStyle.LITERAL
        || style == DumperOptions.ScalarStyle.FOLDED;
    int end = block ? positions.trimEnd(start, markEnd) : markEnd;
    ScalarNode.Type type = style == DumperOptions.ScalarStyle.PLAIN
        ? ScalarNode.Type.PLAIN : ScalarNode.Type.STRING;
    return new Done(new ScalarNode(s.getValue(), type, positions.range(start, end)), end, 1);
  }

  private Done sequence(org.yaml.snakeyaml.nodes.SequenceNode s, int start, int markEnd) {
    List<Node> items = new ArrayList<>();
    long size = 1;
    int last = start;
    int cursor = start;
    for (org.yaml.snakeyaml.nodes.Node child : s.getValue()) {
      Done item = convert(child, cursor);
      items.add(item.node());
      size = Math.min(SIZE_CAP, size + item.size());
      last = Math.max(last, item.end());
      cursor = Math.max(cursor, item.end());
    }
    int end = collectionEnd(s, last, markEnd);
    return new Done(new SequenceNode(items, positions.range(start, end)), end, size);
  }

  private Done mapping(org.yaml.snakeyaml.nodes.MappingNode m, int start, int markEnd) {
    List<MappingNode.Entry> entries = new ArrayList<>();
    Map<String, ScalarNode> seen = new HashMap<>();
    long size = 1;
    int last = start;
    int cursor = start;
    for (NodeTuple tuple : m.getValue()) {
      ScalarNode key = key(tuple.getKeyNode());
      ScalarNode first = seen.putIfAbsent(key.value(), key);
      if (first != null) {
        problems.add(Problem.parseError("duplicate key '" + key.value() + "' (first at line "
            + first.range().startLine() + ")", key.range()));
      }
      int keyEnd = Math.max(cursor, positions.offset(tuple.getKeyNode().getEndMark()));
      Done value = convert(tuple.getValueNode(), keyEnd);
      entries.add(new MappingNode.Entry(key, value.node()));
      size = Math.min(SIZE_CAP, size + 1 + value.size());
      last = Math.max(last, Math.max(keyEnd, value.end()));
      cursor = Math.max(keyEnd, value.end());
    }
    int end = collectionEnd(m, last, markEnd);
    var range = positions.range(start, end);
    if (entries.size() == 1 && IntrinsicNode.isFunctionName(entries.get(0).name())) {
      MappingNode.Entry only = entries.get(0);
      return new Done(new IntrinsicNode(only.name(), only.value(), range), end, size);
    }
    return new Done(new MappingNode(entries, range), end, size);
  }

  /** A mapping key as a scalar; tags on keys are ignored, non-scalar keys are reported. */
  private ScalarNode key(org.yaml.snakeyaml.nodes.Node y) {
    int markStart = positions.offset(y.getStartMark());
    int markEnd = Math.max(markStart, positions.offset(y.getEndMark()));
    int start = positions.contentStart(markStart, markEnd);
    if (y instanceof org.yaml.snakeyaml.nodes.ScalarNode s) {
      return (ScalarNode) scalar(s, start, markEnd).node();
    }
    var range = positions.range(start, markEnd);
    problems.add(Problem.parseError("mapping key is not a scalar", range));
    return new ScalarNode(positions.text(start, markEnd), ScalarNode.Type.PLAIN, range);
  }

  /** Flow collections end at their closing bracket; block ones at their last child. */
  private static int collectionEnd(CollectionNode<?> c, int lastChildEnd, int markEnd) {
    return c.getFlowStyle() == DumperOptions.FlowStyle.FLOW ? markEnd : lastChildEnd;
  }
}
