package dev.lintel.model.cfn;

import dev.lintel.model.Node;
import java.util.HashMap;
import java.util.Map;

/**
 * One possible value of a template property (RULES.md §2.2). A known candidate has its
 * {@link #value()} node (for scalars also {@link #text()}); an unknown one may still carry a
 * partial {@link #text()} whose unresolved parts are written as {@code ${Name}} or {@code ${?}}.
 * {@link #absent()} marks {@code AWS::NoValue}. {@link #origin()} names the parameter value or
 * {@code Fn::If} branch that leads here, or is null for a plain literal. {@link #bindings()} are
 * the choices behind the origin ({@code Env} → {@code prod}, {@code ?IsProd} → {@code true}); the
 * evaluator uses them to drop combinations that contradict each other.
 */
public record Candidate(Node value, String text, boolean known, boolean absent, String origin,
    Map<String, String> bindings) {

  public Candidate {
    bindings = bindings == null ? Map.of() : Map.copyOf(bindings);
  }

  public Candidate(Node value, String text, boolean known, boolean absent, String origin) {
    this(value, text, known, absent, origin, Map.of());
  }

  public static Candidate literal(Node value) {
    return new Candidate(value, value.text(), true, false, null);
  }

  public static Candidate unknown(String partialText, String origin) {
    return new Candidate(null, partialText, false, false, origin);
  }

  public static Candidate noValue(String origin) {
    return new Candidate(null, null, true, true, origin);
  }

  /** A copy whose origin has {@code outer} in front of the existing origin. */
  public Candidate within(String outer) {
    if (outer == null) {
      return this;
    }
    return new Candidate(value, text, known, absent, mergeOrigins(outer, origin), bindings);
  }

  /**
   * A copy that also carries {@code outer}'s origin and bindings, or null when the bindings
   * contradict each other (for example parameter {@code Env} bound to two values).
   */
  public Candidate within(Candidate outer) {
    Map<String, String> merged = mergeBindings(outer.bindings, bindings);
    return merged == null ? null
        : new Candidate(value, text, known, absent, mergeOrigins(outer.origin, origin), merged);
  }

  /** A copy with another value/text, keeping known-ness and origin. */
  public Candidate withText(String newText) {
    return new Candidate(value, newText, known, absent, origin, bindings);
  }

  /** True for a known scalar whose text equals {@code s}. */
  public boolean is(String s) {
    return known && text != null && text.equals(s);
  }

  /** " (when ...)" for messages, or "" for plain literals. */
  public String originSuffix() {
    return origin == null ? "" : " (" + origin + ")";
  }

  /** {@code a, b} without repeating a part already in {@code a}; null when both are null. */
  static String mergeOrigins(String a, String b) {
    if (a == null || a.equals(b)) {
      return b;
    }
    if (b == null || (", " + a + ", ").contains(", " + b + ", ")) {
      return a;
    }
    return a + ", " + b;
  }

  /** The union of two binding maps, or null when they bind one name to different values. */
  static Map<String, String> mergeBindings(Map<String, String> a, Map<String, String> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    Map<String, String> out = new HashMap<>(a);
    for (Map.Entry<String, String> e : b.entrySet()) {
      String prev = out.putIfAbsent(e.getKey(), e.getValue());
      if (prev != null && !prev.equals(e.getValue())) {
        return null;
      }
    }
    return out;
  }
}
