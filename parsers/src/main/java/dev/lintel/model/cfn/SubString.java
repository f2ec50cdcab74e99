package dev.lintel.model.cfn;

import java.util.ArrayList;
import java.util.List;

/**
 * The template string of an {@code Fn::Sub} split into literal text and {@code ${Name}}
 * variables. {@code ${!Literal}} is literal text ({@code ${Literal}}); a {@code ${} without a
 * closing brace is literal text too.
 */
public final class SubString {

  /**
   * One piece: literal text, or a variable whose {@link #text()} is the name inside the braces
   * (trimmed; {@code Res.Attr} for attributes).
   */
  public record Part(String text, boolean variable) {}

  private SubString() {}

  public static List<Part> parse(String template) {
    List<Part> out = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int start = template.indexOf("${", i);
      int end = start < 0 ? -1 : template.indexOf('}', start + 2);
      if (start < 0 || end < 0) {
        literal.append(template, i, template.length());
        break;
      }
      literal.append(template, i, start);
      String inner = template.substring(start + 2, end);
      if (inner.startsWith("!")) {
        literal.append("${").append(inner.substring(1)).append('}');
      } else {
        if (literal.length() > 0) {
          out.add(new Part(literal.toString(), false));
          literal.setLength(0);
        }
        out.add(new Part(inner.trim(), true));
      }
      i = end + 1;
    }
    if (literal.length() > 0) {
      out.add(new Part(literal.toString(), false));
    }
    return out;
  }

  /** The variable names of {@code template}, in order. */
  public static List<String> variables(String template) {
    List<String> out = new ArrayList<>();
    for (Part p : parse(template)) {
      if (p.variable()) {
        out.add(p.text());
      }
    }
    return out;
  }
}
