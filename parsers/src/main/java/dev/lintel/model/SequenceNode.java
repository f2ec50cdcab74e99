package dev.lintel.model;

import java.util.List;

/** A JSON array or YAML sequence. */
public record SequenceNode(List<Node> items, TextRange range) implements Node {

  public SequenceNode {
    items = List.copyOf(items);
  }
}
