package dev.lintel.model;

/**
 * A CloudFormation intrinsic function call: {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub},
 * {@code Fn::If}, {@code Condition} (inside Conditions), ... . {@link #function()} is always the
 * long name ({@code !GetAtt} becomes {@code Fn::GetAtt}); the argument is the node as written
 * (for {@code !GetAtt a.b} a scalar, for the long form usually a sequence).
 */
public record IntrinsicNode(String function, Node argument, TextRange range) implements Node {

  /** True for {@code Ref} and every {@code Fn::*} name. */
  public static boolean isFunctionName(String key) {
    return key.equals("Ref") || key.startsWith("Fn::");
  }

  /** Maps a YAML short-form tag ({@code !Sub}) to its long name ({@code Fn::Sub}), or null. */
  public static String fromShortTag(String tag) {
    if (tag == null || !tag.startsWith("!") || tag.startsWith("!!") || tag.length() < 2) {
      return null;
    }
    String name = tag.substring(1);
    return switch (name) {
      case "Ref" -> "Ref";
      case "Condition" -> "Condition";
      default -> "Fn::" + name;
    };
  }
}
