package dev.lintel.rules.nginx;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A small parser and analyser for the PCRE subset used in nginx configurations: literals,
 * classes (negated, ranges, {@code \w \W \s \S \d \D}), {@code .}, groups (capturing, named,
 * non-capturing, look-arounds), alternation and quantifiers. It answers what the variable value
 * model needs: how many groups there are, and for each group the characters it can contain and
 * start with. Character sets are {@link BitSet}s over ASCII, with bit {@link #NON_ASCII} standing
 * for every other character. {@code java.util.regex} is only used to check that a pattern is valid.
 */
final class NginxRegex {

  static final int NON_ASCII = 128;

  sealed interface Node permits Chars, Seq, Alt, Group, Repeat, Anchor {}

  /** One character from {@code set}; {@code literal} is the character when written literally, else 0. */
  record Chars(BitSet set, boolean dot, char literal) implements Node {}

  record Seq(List<Node> items) implements Node {}

  record Alt(List<Node> options) implements Node {}

  /** A group; {@code index} is 0 for a non-capturing group. */
  record Group(int index, String name, Node body, boolean precededBySlash) implements Node {}

  /** {@code max} is -1 when unbounded. */
  record Repeat(Node body, int min, int max) implements Node {}

  /** A zero-width assertion: {@code ^}, {@code $}, or {@code z} for any other. */
  record Anchor(char kind) implements Node {}

  private final Node root;
  private final List<Group> groups;

  private NginxRegex(Node root, List<Group> groups) {
    this.root = root;
    this.groups = List.copyOf(groups);
  }

  /** The parsed pattern, or null when it is invalid or uses syntax outside the supported subset. */
  static NginxRegex parse(String pattern, boolean caseInsensitive) {
    if (pattern == null || !valid(pattern)) {
      return null;
    }
    try {
      Parser parser = new Parser(pattern, caseInsensitive);
      Node root = parser.alternation(false);
      if (parser.pos != pattern.length()) {
        return null;
      }
      return new NginxRegex(root, parser.groups);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  /** True when PCRE-style {@code pattern} compiles (named groups are checked as plain groups). */
  static boolean valid(String pattern) {
    String java = pattern.replaceAll("\\(\\?P?<([A-Za-z_][A-Za-z0-9_]*)>", "(")
        .replaceAll("\\(\\?'[A-Za-z_][A-Za-z0-9_]*'", "(");
    try {
      Pattern.compile(java);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  Node root() {
    return root;
  }

  int groupCount() {
    return groups.size();
  }

  /** Capture group {@code index} (1-based), or null. */
  Group group(int index) {
    return index >= 1 && index <= groups.size() ? groups.get(index - 1) : null;
  }

  /** The named capture group {@code name}, or null. */
  Group group(String name) {
    return groups.stream().filter(g -> name.equals(g.name())).findFirst().orElse(null);
  }

  /** Every character {@code n} can match. */
  static BitSet chars(Node n) {
    BitSet out = new BitSet();
    if (n instanceof Chars c) {
      out.or(c.set());
    } else if (n instanceof Seq s) {
      s.items().forEach(i -> out.or(chars(i)));
    } else if (n instanceof Alt a) {
      a.options().forEach(o -> out.or(chars(o)));
    } else if (n instanceof Group g) {
      out.or(chars(g.body()));
    } else if (n instanceof Repeat r && r.max() != 0) {
      out.or(chars(r.body()));
    }
    return out;
  }

  /** The characters a non-empty match of {@code n} can start with. */
  static BitSet first(Node n) {
    BitSet out = new BitSet();
    if (n instanceof Chars c) {
      out.or(c.set());
    } else if (n instanceof Seq s) {
      for (Node i : s.items()) {
        out.or(first(i));
        if (!nullable(i)) {
          break;
        }
      }
    } else if (n instanceof Alt a) {
      a.options().forEach(o -> out.or(first(o)));
    } else if (n instanceof Group g) {
      out.or(first(g.body()));
    } else if (n instanceof Repeat r && r.max() != 0) {
      out.or(first(r.body()));
    }
    return out;
  }

  /** True when {@code n} can match the empty string. */
  static boolean nullable(Node n) {
    if (n instanceof Chars) {
      return false;
    } else if (n instanceof Seq s) {
      return s.items().stream().allMatch(NginxRegex::nullable);
    } else if (n instanceof Alt a) {
      return a.options().stream().anyMatch(NginxRegex::nullable);
    } else if (n instanceof Group g) {
      return nullable(g.body());
    } else if (n instanceof Repeat r) {
      return r.min() == 0 || nullable(r.body());
    }
    return true;
  }

  /** The strings {@code n} matches when it is made of literals and alternatives only, else null. */
  static List<String> literals(Node n) {
    if (n instanceof Chars c) {
      return c.literal() != 0 ? List.of(String.valueOf(c.literal())) : c.dot() ? List.of(".") : null;
    } else if (n instanceof Group g) {
      return literals(g.body());
    } else if (n instanceof Seq s) {
      List<String> out = List.of("");
      for (Node item : s.items()) {
        List<String> next = literals(item);
        if (next == null) {
          return null;
        }
        List<String> joined = new ArrayList<>();
        for (String a : out) {
          for (String b : next) {
            joined.add(a + b);
          }
        }
        if (joined.size() > 64) {
          return null;
        }
        out = joined;
      }
      return out;
    } else if (n instanceof Alt a) {
      List<String> out = new ArrayList<>();
      for (Node o : a.options()) {
        List<String> next = literals(o);
        if (next == null) {
          return null;
        }
        out.addAll(next);
      }
      return out;
    }
    return null;
  }

  /** True when {@code n} only matches fixed strings (such as {@code png|jpg}) without a leading dot or a slash. */
  static boolean fixedValues(Node n) {
    List<String> values = literals(n);
    if (values == null) {
      return false;
    }
    BitSet written = new BitSet();
    values.forEach(v -> v.chars().forEach(c -> {
      written.set(Character.toLowerCase(c));
      written.set(Character.toUpperCase(c));
    }));
    BitSet wild = chars(n);
    wild.andNot(written);
    return wild.isEmpty() && values.stream().noneMatch(v -> v.startsWith(".") || v.contains("/"));
  }

  /** True when every match of {@code n} starts with {@code /}. */
  static boolean startsWithSlash(Node n) {
    BitSet f = first(n);
    return !nullable(n) && f.cardinality() == 1 && f.get('/');
  }

  static BitSet of(String chars) {
    BitSet s = new BitSet();
    chars.chars().forEach(s::set);
    return s;
  }

  static BitSet range(int from, int to) {
    BitSet s = new BitSet();
    s.set(from, to + 1);
    return s;
  }

  static BitSet complement(BitSet s) {
    BitSet out = (BitSet) s.clone();
    out.flip(0, NON_ASCII + 1);
    return out;
  }

  static BitSet all() {
    return range(0, NON_ASCII);
  }

  private static final class Parser {
    private final String p;
    private final boolean caseInsensitive;
    private final List<Group> groups = new ArrayList<>();
    private int pos;

    Parser(String p, boolean caseInsensitive) {
      this.p = p;
      this.caseInsensitive = caseInsensitive;
    }

    Node alternation(boolean slashBefore) {
      List<Node> options = new ArrayList<>();
      options.add(sequence(slashBefore));
      while (pos < p.length() && p.charAt(pos) == '|') {
        pos++;
        options.add(sequence(slashBefore));
      }
      return options.size() == 1 ? options.get(0) : new Alt(options);
    }

    private Node sequence(boolean slashBefore) {
      List<Node> items = new ArrayList<>();
      while (pos < p.length() && p.charAt(pos) != '|' && p.charAt(pos) != ')') {
        boolean slash = items.isEmpty() ? slashBefore
            : items.get(items.size() - 1) instanceof Chars c && c.literal() == '/';
        Node atom = atom(slash);
        if (atom != null) {
          items.add(quantified(atom));
        }
      }
      return items.size() == 1 ? items.get(0) : new Seq(items);
    }

    private Node atom(boolean slashBefore) {
      char c = p.charAt(pos++);
      return switch (c) {
        case '^' -> new Anchor('^');
        case '$' -> new Anchor('$');
        case '.' -> new Chars(complement(of("\n")), true, (char) 0);
        case '[' -> charClass();
        case '(' -> group(slashBefore);
        case '\\' -> escape();
        case '*', '+', '?' -> throw new IllegalArgumentException("nothing to repeat");
        default -> literal(c);
      };
    }

    private Node group(boolean slashBefore) {
      String name = null;
      int index;
      if (p.startsWith("?", pos)) {
        pos++;
        if (p.startsWith("P<", pos) || (p.startsWith("<", pos) && !p.startsWith("<=", pos) && !p.startsWith("<!", pos))
            || p.startsWith("'", pos)) {
          pos += p.charAt(pos) == 'P' ? 2 : 1;
          int end = p.indexOf(p.charAt(pos - 1) == '\'' ? '\'' : '>', pos);
          name = p.substring(pos, end);
          pos = end + 1;
        } else if (p.startsWith(":", pos) || p.startsWith(">", pos)) {
          pos++;
          return close(new Group(0, null, alternation(slashBefore), slashBefore));
        } else if (p.startsWith("=", pos) || p.startsWith("!", pos) || p.startsWith("<=", pos) || p.startsWith("<!", pos)) {
          pos += p.charAt(pos) == '<' ? 2 : 1;
          alternation(false);
          close(null);
          return new Anchor('z');
        } else if (p.startsWith("#", pos)) {
          pos = p.indexOf(')', pos) + 1;
          return null;
        } else {
          int end = pos;
          while (end < p.length() && (Character.isLetter(p.charAt(end)) || p.charAt(end) == '-')) {
            end++;
          }
          if (end >= p.length() || (p.charAt(end) != ')' && p.charAt(end) != ':')) {
            throw new IllegalArgumentException("unsupported group");
          }
          pos = end + 1;
          return p.charAt(end) == ')' ? null : close(new Group(0, null, alternation(slashBefore), slashBefore));
        }
      }
      groups.add(null);
      index = groups.size();
      Group g = new Group(index, name, alternation(slashBefore), slashBefore);
      groups.set(index - 1, g);
      return close(g);
    }

    private Node close(Node n) {
      if (pos >= p.length() || p.charAt(pos) != ')') {
        throw new IllegalArgumentException("missing )");
      }
      pos++;
      return n;
    }

    private Node quantified(Node atom) {
      if (pos >= p.length()) {
        return atom;
      }
      int min;
      int max;
      char c = p.charAt(pos);
      if (c == '*' || c == '+' || c == '?') {
        min = c == '+' ? 1 : 0;
        max = c == '?' ? 1 : -1;
        pos++;
      } else if (c == '{' && p.substring(pos).matches("(?s)\\{\\d+(,\\d*)?}.*")) {
        int end = p.indexOf('}', pos);
        String[] bounds = p.substring(pos + 1, end).split(",", -1);
        min = Integer.parseInt(bounds[0]);
        max = bounds.length == 1 ? min : bounds[1].isEmpty() ? -1 : Integer.parseInt(bounds[1]);
        pos = end + 1;
      } else {
        return atom;
      }
      if (pos < p.length() && (p.charAt(pos) == '?' || p.charAt(pos) == '+')) {
        pos++;
      }
      return new Repeat(atom, min, max);
    }

    private Node escape() {
      char c = p.charAt(pos++);
      BitSet shorthand = shorthand(c);
      if (shorthand != null) {
        return new Chars(shorthand, false, (char) 0);
      }
      if ("bBAzZG".indexOf(c) >= 0) {
        return new Anchor('z');
      }
      if ((c >= '1' && c <= '9') || "QEpPkgX".indexOf(c) >= 0) {
        throw new IllegalArgumentException("unsupported escape \\" + c);
      }
      return literal(escapedChar(c));
    }

    private char escapedChar(char c) {
      return switch (c) {
        case 'n' -> '\n';
        case 'r' -> '\r';
        case 't' -> '\t';
        case 'f' -> '\f';
        case 'v' -> '\u000b';
        case 'e' -> '\u001b';
        case '0' -> '\0';
        case 'x' -> {
          int end;
          String hex;
          if (p.startsWith("{", pos)) {
            end = p.indexOf('}', pos);
            hex = p.substring(pos + 1, end);
            pos = end + 1;
          } else {
            end = Math.min(p.length(), pos + 2);
            hex = p.substring(pos, end);
            pos = end;
          }
          yield (char) Integer.parseInt(hex, 16);
        }
        default -> c;
      };
    }

    private static BitSet shorthand(char c) {
      BitSet word = range('a', 'z');
      word.or(range('A', 'Z'));
      word.or(range('0', '9'));
      word.set('_');
      BitSet space = of(" \t\n\r\f\u000b");
      return switch (c) {
        case 'd' -> range('0', '9');
        case 'D' -> complement(range('0', '9'));
        case 'w' -> word;
        case 'W' -> complement(word);
        case 's' -> space;
        case 'S' -> complement(space);
        default -> null;
      };
    }

    private Node charClass() {
      boolean negated = p.startsWith("^", pos);
      if (negated) {
        pos++;
      }
      BitSet set = new BitSet();
      boolean firstItem = true;
      while (p.charAt(pos) != ']' || firstItem) {
        firstItem = false;
        if (p.startsWith("[:", pos)) {
          int end = p.indexOf(":]", pos);
          set.or(posix(p.substring(pos + 2, end)));
          pos = end + 2;
          continue;
        }
        int from;
        char c = p.charAt(pos++);
        if (c == '\\') {
          char e = p.charAt(pos++);
          BitSet shorthand = shorthand(e);
          if (shorthand != null) {
            set.or(shorthand);
            continue;
          }
          from = escapedChar(e);
        } else {
          from = c;
        }
        if (p.charAt(pos) == '-' && p.charAt(pos + 1) != ']') {
          pos++;
          char t = p.charAt(pos++);
          int to = t == '\\' ? escapedChar(p.charAt(pos++)) : t;
          set.or(range(Math.min(from, NON_ASCII), Math.min(to, NON_ASCII)));
        } else {
          set.set(Math.min(from, NON_ASCII));
        }
      }
      pos++;
      set = withCase(set);
      return new Chars(negated ? complement(set) : set, false, (char) 0);
    }

    private static BitSet posix(String name) {
      return switch (name) {
        case "alpha" -> { BitSet s = range('a', 'z'); s.or(range('A', 'Z')); yield s; }
        case "digit" -> range('0', '9');
        case "alnum" -> { BitSet s = range('a', 'z'); s.or(range('A', 'Z')); s.or(range('0', '9')); yield s; }
        case "lower" -> range('a', 'z');
        case "upper" -> range('A', 'Z');
        case "space" -> of(" \t\n\r\f\u000b");
        case "xdigit" -> { BitSet s = range('0', '9'); s.or(range('a', 'f')); s.or(range('A', 'F')); yield s; }
        default -> throw new IllegalArgumentException("unsupported class " + name);
      };
    }

    private Node literal(char c) {
      BitSet s = new BitSet();
      s.set(Math.min(c, NON_ASCII));
      return new Chars(withCase(s), false, c);
    }

    private BitSet withCase(BitSet s) {
      if (!caseInsensitive) {
        return s;
      }
      BitSet out = (BitSet) s.clone();
      for (int c = 'a'; c <= 'z'; c++) {
        if (s.get(c) || s.get(Character.toUpperCase(c))) {
          out.set(c);
          out.set(Character.toUpperCase(c));
        }
      }
      return out;
    }
  }
}
