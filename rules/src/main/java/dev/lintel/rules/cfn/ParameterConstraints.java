package dev.lintel.rules.cfn;

import dev.lintel.engine.RuleContext;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The constraint checks of CFN_PARAMETER_INVALID: an {@code AllowedPattern} that is not a regular
 * expression, {@code MinValue} above {@code MaxValue}, and a {@code Default} outside
 * {@code AllowedValues}, {@code AllowedPattern} (whole value), {@code Min/MaxLength} or
 * {@code Min/MaxValue}. List types are checked item by item; Systems Manager types are not
 * checked against their default (it names a parameter, not the value).
 */
final class ParameterConstraints {

  private ParameterConstraints() {}

  static void check(RuleContext ctx, String name, MappingNode decl) {
    String type = decl.string("Type");
    Pattern pattern = pattern(ctx, name, decl.get("AllowedPattern"));
    BigDecimal min = number(decl.get("MinValue"));
    BigDecimal max = number(decl.get("MaxValue"));
    if (min != null && max != null && min.compareTo(max) > 0) {
      ctx.report(decl.get("MinValue"), "Parameter " + name + " has MinValue " + min.toPlainString()
          + " greater than its MaxValue " + max.toPlainString() + ": no value can satisfy both");
    }
    Node dflt = decl.get("Default");
    if (!(dflt instanceof ScalarNode d) || d.isNull() || ParameterTypes.isSsm(type)
        || d.value().contains("{{resolve:")) {
      return;
    }
    String problem = allowed(decl.get("AllowedValues"), d, ParameterTypes.isList(type));
    List<String> items = ParameterTypes.isList(type) ? items(d.value()) : List.of(d.value());
    for (String item : items) {
      if (problem == null && pattern != null && !pattern.matcher(item).matches()) {
        problem = "does not match AllowedPattern " + pattern.pattern();
      }
    }
    if (problem == null && "String".equals(type)) {
      problem = bound(d.value().length(), number(decl.get("MinLength")), number(decl.get("MaxLength")), "length");
    }
    if (problem == null && "Number".equals(type) && number(d) != null) {
      problem = bound(number(d), min, max, "value");
    }
    if (problem != null) {
      ctx.report(d, "Default '" + d.value() + "' of parameter " + name + " " + problem);
    }
  }

  private static Pattern pattern(RuleContext ctx, String name, Node node) {
    if (node == null || node.text() == null) {
      return null;
    }
    try {
      return Pattern.compile(node.text());
    } catch (PatternSyntaxException e) {
      ctx.report(node, "AllowedPattern of parameter " + name + " is not a valid regular expression: "
          + e.getDescription());
      return null;
    }
  }

  /** Why {@code d} is not in {@code allowed} (a list), or null. List defaults may match whole or item by item. */
  private static String allowed(Node allowed, ScalarNode d, boolean list) {
    if (!(allowed instanceof SequenceNode seq)) {
      return null;
    }
    if (contains(seq, d.value())) {
      return null;
    }
    for (String item : list ? items(d.value()) : List.of(d.value())) {
      if (!contains(seq, item)) {
        return "is not one of its AllowedValues" + (list ? " (item '" + item + "')" : "");
      }
    }
    return null;
  }

  private static boolean contains(SequenceNode seq, String value) {
    BigDecimal n = number(value);
    for (Node v : seq.items()) {
      String text = v.text();
      if (text == null || text.equals(value) || n != null && number(text) != null && n.compareTo(number(text)) == 0
          || v instanceof ScalarNode s && s.asBoolean() != null && s.asBoolean().toString().equalsIgnoreCase(value)) {
        return true;
      }
    }
    return false;
  }

  private static String bound(Number value, BigDecimal min, BigDecimal max, String what) {
    BigDecimal v = new BigDecimal(value.toString());
    if (min != null && v.compareTo(min) < 0) {
      return "has a " + what + " of " + v.toPlainString() + ", below Min" + cap(what) + " " + min.toPlainString();
    }
    if (max != null && v.compareTo(max) > 0) {
      return "has a " + what + " of " + v.toPlainString() + ", above Max" + cap(what) + " " + max.toPlainString();
    }
    return null;
  }

  private static String cap(String what) {
    return what.equals("length") ? "Length" : "Value";
  }

  private static List<String> items(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      out.add(part.trim());
    }
    return out;
  }

  private static BigDecimal number(Node node) {
    return node == null ? null : number(node.text());
  }

  private static BigDecimal number(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
