package dev.lintel.model.policy;

import dev.lintel.model.Node;

/**
 * One value of a "string or list" policy field after normalisation and template evaluation.
 * {@code anchor} is the node the user wrote (the list item, or the intrinsic producing it), so
 * a finding lands on it. {@code text} may be partial when {@code known} is false.
 */
public record PolicyValue(Node anchor, String text, boolean known, String origin) {

  /** True for a known value equal to {@code s}. */
  public boolean is(String s) {
    return known && s.equals(text);
  }

  public String originSuffix() {
    return origin == null ? "" : " (" + origin + ")";
  }
}
