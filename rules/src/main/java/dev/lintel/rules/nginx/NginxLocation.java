package dev.lintel.rules.nginx;

import dev.lintel.model.Token;
import dev.lintel.model.nginx.Directive;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a {@code location} ({@code modifier} is "", {@code =}, {@code ^~}, {@code ~},
 * {@code ~*} or {@code @} for a named location) and of an {@code if} condition.
 */
record NginxLocation(String modifier, String path) {

  /** The modifier and path of a {@code location} block, or null when it has no argument. */
  static NginxLocation of(Directive location) {
    List<Token> args = location.args();
    if (args.isEmpty()) {
      return null;
    }
    if (args.size() >= 2) {
      return new NginxLocation(args.get(0).text(), args.get(1).text());
    }
    String a = args.get(0).text();
    for (String m : List.of("^~", "~*", "=", "~", "@")) {
      if (a.startsWith(m)) {
        return new NginxLocation(m, m.equals("@") ? a : a.substring(m.length()));
      }
    }
    return new NginxLocation("", a);
  }

  boolean isRegex() {
    return modifier.equals("~") || modifier.equals("~*");
  }

  boolean isPrefix() {
    return modifier.isEmpty() || modifier.equals("^~");
  }

  /**
   * The words of an {@code if} condition without its parentheses: {@code [variable]},
   * {@code [variable, operator, value]} or {@code [operator, value]}.
   */
  static List<String> condition(Directive ifBlock) {
    List<String> words = new ArrayList<>(ifBlock.args().stream().map(Token::text).toList());
    if (words.isEmpty()) {
      return words;
    }
    if (words.get(0).startsWith("(")) {
      words.set(0, words.get(0).substring(1));
      if (words.get(0).isEmpty()) {
        words.remove(0);
      }
    }
    int last = words.size() - 1;
    if (last >= 0 && words.get(last).endsWith(")")) {
      words.set(last, words.get(last).substring(0, words.get(last).length() - 1));
      if (words.get(last).isEmpty()) {
        words.remove(last);
      }
    }
    return words;
  }

  /** The regex of an {@code if (... ~|~*|!~|!~* regex)} tested against {@code $variable}, or null. */
  static String[] regexCondition(Directive ifBlock) {
    List<String> c = condition(ifBlock);
    if (c.size() == 3 && c.get(0).startsWith("$") && List.of("~", "~*", "!~", "!~*").contains(c.get(1))) {
      return new String[] {c.get(0).substring(1), c.get(1), c.get(2)};
    }
    return null;
  }
}
