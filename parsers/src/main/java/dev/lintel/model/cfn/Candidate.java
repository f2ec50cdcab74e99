package dev.lintel.model.cfn;

import dev.lintel.model.Node;

/**
 * One possible value of a template property (RULES.md §2.2). A known candidate has its
 * {@link #value()} node (for scalars also {@link #text()}); an unknown one may still carry a
 * partial {@link #text()} whose unresolved parts are written as {@code ${Name}} or {@code ${?}}.
 * {@link #absent()} marks {@code AWS::NoValue}. {@link #origin()} names the parameter value or
 * {@code Fn::If} branch that leads here, or is null for a plain literal.
 */
public record Candidate(Node value, String text, boolean known, boolean absent, String origin) {

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
    return new Candidate(value, text, known, absent, origin == null ? outer : outer + ", " + origin);
  }

  /** A copy with another value/text, keeping known-ness and origin. */
  public Candidate withText(String newText) {
    return new Candidate(value, newText, known, absent, origin);
  }

  /** True for a known scalar whose text equals {@code s}. */
  public boolean is(String s) {
    return known && text != null && text.equals(s);
  }

  /** " (when ...)" for messages, or "" for plain literals. */
  public String originSuffix() {
    return origin == null ? "" : " (" + origin + ")";
  }
}
