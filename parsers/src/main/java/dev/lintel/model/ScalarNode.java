package dev.lintel.model;

/**
 * A scalar with its source text. YAML implicit typing is not applied: {@code 2012-10-17} stays
 * the string {@code 2012-10-17}; {@link #type()} says how the value was written.
 */
public record ScalarNode(String value, Type type, TextRange range) implements Node {

  /** How a scalar was written. */
  public enum Type {
    /** A quoted JSON/YAML string or a YAML block scalar. */
    STRING,
    /** A plain (unquoted) YAML scalar: its meaning depends on the field that holds it. */
    PLAIN,
    NUMBER,
    BOOLEAN,
    NULL
  }

  public ScalarNode {
    value = value == null ? "" : value;
  }

  /** True for JSON {@code null} and YAML {@code null}, {@code ~} or an empty plain value. */
  public boolean isNull() {
    return type == Type.NULL
        || (type == Type.PLAIN && (value.isEmpty() || value.equals("~") || value.equals("null")
            || value.equals("Null") || value.equals("NULL")));
  }

  /** The value read as a CloudFormation boolean ({@code true}/{@code "true"}), or null. */
  public Boolean asBoolean() {
    if (type == Type.NULL) {
      return null;
    }
    return switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> null;
    };
  }
}
