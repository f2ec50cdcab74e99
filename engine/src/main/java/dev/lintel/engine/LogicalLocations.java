package dev.lintel.engine;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import dev.lintel.model.cfn.CfnTemplate;

/**
 * Derives a finding's SARIF logical location in a template from its range: the key path from
 * the root to the deepest node containing it, from {@code Resources.<LogicalId>} on, e.g.
 * {@code Resources.Bucket.Properties.AccessControl}. Null outside {@code Resources}.
 */
final class LogicalLocations {

  private static final int MAX_DEPTH = 200;

  private LogicalLocations() {}

  static String of(CfnTemplate template, TextRange range) {
    MappingNode.Entry resources = template.root().entry("Resources");
    if (resources == null || !(resources.value() instanceof MappingNode res)) {
      return null;
    }
    for (MappingNode.Entry e : res.entries()) {
      if (contains(e.key().range(), range) || contains(e.value().range(), range)) {
        StringBuilder path = new StringBuilder("Resources.").append(e.name());
        descend(e.value(), range, path, 0);
        return path.toString();
      }
    }
    return null;
  }

  private static void descend(Node node, TextRange range, StringBuilder path, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (node instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        if (contains(e.key().range(), range)) {
          path.append('.').append(e.name());
          return;
        }
        if (contains(e.value().range(), range)) {
          path.append('.').append(e.name());
          descend(e.value(), range, path, depth + 1);
          return;
        }
      }
    } else if (node instanceof SequenceNode s) {
      for (int i = 0; i < s.items().size(); i++) {
        if (contains(s.items().get(i).range(), range)) {
          path.append('[').append(i).append(']');
          descend(s.items().get(i), range, path, depth + 1);
          return;
        }
      }
    } else if (node instanceof IntrinsicNode fn) {
      descend(fn.argument(), range, path, depth + 1);
    }
  }

  static boolean contains(TextRange outer, TextRange inner) {
    boolean startsAfter = inner.startLine() > outer.startLine()
        || (inner.startLine() == outer.startLine() && inner.startColumn() >= outer.startColumn());
    boolean endsBefore = inner.endLine() < outer.endLine()
        || (inner.endLine() == outer.endLine() && inner.endColumn() <= outer.endColumn());
    return startsAfter && endsBefore;
  }
}
