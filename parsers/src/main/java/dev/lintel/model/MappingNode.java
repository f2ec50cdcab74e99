package dev.lintel.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON object or YAML mapping. Entries keep document order; duplicate keys are kept (and
 * reported as parse problems by the parsers), lookups return the first.
 */
public record MappingNode(List<Entry> entries, TextRange range) implements Node {

  /** One key/value pair; the key keeps its own range. */
  public record Entry(ScalarNode key, Node value) {
    public String name() {
      return key.value();
    }
  }

  public MappingNode {
    entries = List.copyOf(entries);
  }

  /** The value under {@code key} (exact, case-sensitive), or null. */
  public Node get(String key) {
    for (Entry e : entries) {
      if (e.key().value().equals(key)) {
        return e.value();
      }
    }
    return null;
  }

  /** The entry under {@code key}, or null. */
  public Entry entry(String key) {
    for (Entry e : entries) {
      if (e.key().value().equals(key)) {
        return e;
      }
    }
    return null;
  }

  /** The mapping under {@code key}, or null when absent or not a mapping. */
  public MappingNode mapping(String key) {
    Node n = get(key);
    return n == null ? null : n.asMapping();
  }

  /** The scalar text under {@code key}, or null when absent or not a scalar. */
  public String string(String key) {
    Node n = get(key);
    return n == null ? null : n.text();
  }

  public boolean has(String key) {
    return entry(key) != null;
  }

  public List<String> keys() {
    List<String> keys = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      keys.add(e.key().value());
    }
    return keys;
  }
}
