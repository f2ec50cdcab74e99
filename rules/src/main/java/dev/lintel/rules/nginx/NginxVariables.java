package dev.lintel.rules.nginx;

import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.DirectiveInContext;
import dev.lintel.model.nginx.NginxConfig;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The variable value model of RULES.md §2.6: for a variable used in a directive argument, the
 * characters it can contain and start with, whether the request controls it, and whether it
 * always contains a {@code /}. Regex captures are resolved against the location, {@code if} or
 * earlier {@code rewrite} that set them; {@code set}, {@code map} and {@code geo} variables are
 * resolved transitively (at most 10 levels). Build one per configuration; not thread-safe.
 */
final class NginxVariables {

  private static final int MAX_DEPTH = 10;
  /** Resolution steps per lookup, so chains of many-valued maps cannot explode. */
  private static final int MAX_STEPS = 5_000;

  /** A literal run or a variable reference ({@code text} is then the name without {@code $}). */
  record Piece(String text, boolean variable) {}

  /** What a value can be. {@code controlled} is false for values the request cannot influence. */
  record Value(BitSet chars, BitSet first, boolean nullable, boolean alwaysSlash, boolean controlled) {

    boolean canContain(char c) {
      return controlled && chars.get(c);
    }

    static Value literal(String text) {
      BitSet first = new BitSet();
      if (!text.isEmpty()) {
        first.set(Math.min(text.charAt(0), NginxRegex.NON_ASCII));
      }
      BitSet chars = new BitSet();
      text.chars().forEach(c -> chars.set(Math.min(c, NginxRegex.NON_ASCII)));
      return new Value(chars, first, text.isEmpty(), text.indexOf('/') >= 0, false);
    }

    static Value controlled(BitSet chars, BitSet first, boolean nullable) {
      boolean slash = !nullable && first.cardinality() == 1 && first.get('/');
      return new Value(chars, first, nullable, slash, true);
    }

    Value then(Value next) {
      BitSet c = (BitSet) chars.clone();
      c.or(next.chars);
      BitSet f = (BitSet) first.clone();
      if (nullable) {
        f.or(next.first);
      }
      return new Value(c, f, nullable && next.nullable, alwaysSlash || next.alwaysSlash, controlled || next.controlled);
    }

    Value or(Value other) {
      BitSet c = (BitSet) chars.clone();
      c.or(other.chars);
      BitSet f = (BitSet) first.clone();
      f.or(other.first);
      return new Value(c, f, nullable || other.nullable, alwaysSlash && other.alwaysSlash,
          controlled || other.controlled);
    }
  }

  /** The regex whose captures are visible somewhere, and the value it was matched against. */
  record Captures(NginxRegex regex, Value matched, Directive source) {}

  private final NginxConfig config;
  private final List<DirectiveInContext> sets = new ArrayList<>();
  private final List<DirectiveInContext> maps = new ArrayList<>();
  private int budget = MAX_STEPS;

  NginxVariables(NginxConfig config, List<DirectiveInContext> all) {
    this.config = config;
    for (DirectiveInContext dc : all) {
      String n = dc.directive().nameText();
      if (n.equals("set") && dc.directive().args().size() >= 2) {
        sets.add(dc);
      } else if ((n.equals("map") || n.equals("geo")) && dc.directive().isBlock()) {
        maps.add(dc);
      }
    }
  }

  /** The literal and variable pieces of an argument, as nginx's script compiler splits it. */
  static List<Piece> pieces(String text) {
    List<Piece> out = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      String name = null;
      int end = i + 1;
      if (c == '$' && end < text.length()) {
        if (text.charAt(end) >= '0' && text.charAt(end) <= '9') {
          end++;
        } else if (text.charAt(end) == '{' && text.indexOf('}', end) > end + 1) {
          name = text.substring(end + 1, text.indexOf('}', end));
          end = text.indexOf('}', end) + 1;
        } else {
          while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
          }
        }
        if (name == null && end > i + 1) {
          name = text.substring(i + 1, end);
        }
      }
      if (name == null) {
        literal.append(c);
        i++;
        continue;
      }
      if (literal.length() > 0) {
        out.add(new Piece(literal.toString(), false));
        literal.setLength(0);
      }
      out.add(new Piece(name, true));
      i = end;
    }
    if (literal.length() > 0) {
      out.add(new Piece(literal.toString(), false));
    }
    return out;
  }

  /** The value of variable {@code name} as the directive {@code at} sees it. */
  Value resolve(String name, DirectiveInContext at) {
    budget = MAX_STEPS;
    return resolve(name, at, captures(at), 0);
  }

  /** Like {@link #resolve(String, DirectiveInContext)} with explicit captures (null for none). */
  Value resolve(String name, DirectiveInContext at, Captures captures, int depth) {
    if (depth > MAX_DEPTH || --budget < 0) {
      return Value.literal("");
    }
    if (name.length() == 1 && Character.isDigit(name.charAt(0))) {
      return captures == null ? Value.literal("") : capture(captures, captures.regex().group(name.charAt(0) - '0'));
    }
    Value defined = null;
    for (DirectiveInContext set : sets) {
      if (set.directive().arg(0).equals("$" + name) && visible(set, at)) {
        Value v = evaluate(set.directive().arg(1), set, captures(set), depth + 1);
        defined = defined == null ? v : defined.or(v);
      }
    }
    for (DirectiveInContext map : maps) {
      List<String> args = map.directive().args().stream().map(t -> t.text()).toList();
      if (!args.isEmpty() && args.get(args.size() - 1).equals("$" + name)) {
        Value v = mapValue(map, args, depth + 1);
        defined = defined == null ? v : defined.or(v);
      }
    }
    if (defined != null) {
      return defined;
    }
    NginxRegex.Group named = captures == null ? null : captures.regex().group(name);
    return named != null ? capture(captures, named) : builtin(name);
  }

  /** The value of an argument with variables, seen from {@code at}. */
  Value evaluate(String text, DirectiveInContext at, Captures captures, int depth) {
    Value out = Value.literal("");
    for (Piece p : pieces(text)) {
      out = out.then(p.variable() ? resolve(p.text(), at, captures, depth) : Value.literal(p.text()));
    }
    return out;
  }

  private Value mapValue(DirectiveInContext map, List<String> args, int depth) {
    if (map.directive().nameText().equals("geo") || args.size() != 2) {
      return Value.literal("");
    }
    Value source = args.get(0).startsWith("$") ? evaluate(args.get(0), map, null, depth) : Value.literal("");
    Value out = null;
    for (Directive entry : map.directive().children()) {
      String key = entry.nameText();
      if (entry.args().isEmpty() || List.of("hostnames", "volatile", "include").contains(key)) {
        continue;
      }
      Captures caps = null;
      if (key.startsWith("~")) {
        boolean ci = key.startsWith("~*");
        NginxRegex regex = NginxRegex.parse(key.substring(ci ? 2 : 1), ci);
        caps = regex == null ? null : new Captures(regex, source, entry);
      }
      Value v = evaluate(entry.arg(0), map, caps, depth);
      out = out == null ? v : out.or(v);
    }
    return out == null ? Value.literal("") : out;
  }

  private static Value capture(Captures captures, NginxRegex.Group group) {
    if (group == null) {
      return Value.literal("");
    }
    BitSet chars = NginxRegex.chars(group.body());
    BitSet first = NginxRegex.first(group.body());
    Value matched = captures.matched();
    if (!matched.controlled()) {
      return new Value(chars, first, NginxRegex.nullable(group.body()), false, false);
    }
    chars.and(matched.chars());
    first.and(matched.chars());
    return Value.controlled(chars, first, NginxRegex.nullable(group.body()));
  }

  /** The built-in variables of the table in RULES.md §2.6; any other is not request-controlled. */
  static Value builtin(String name) {
    BitSet all = NginxRegex.all();
    BitSet whitespace = NginxRegex.of(" \t\r\n");
    BitSet chars;
    boolean slash = false;
    switch (name) {
      case "uri", "document_uri" -> {
        chars = without(all, NginxRegex.of(" \t"));
        slash = true;
      }
      case "request_uri" -> {
        chars = without(all, whitespace);
        slash = true;
      }
      case "args", "query_string" -> chars = without(all, whitespace);
      case "request_body" -> chars = all;
      default -> {
        if (name.startsWith("arg_")) {
          chars = without(all, NginxRegex.of(" \t\r\n&"));
        } else if (name.startsWith("http_")) {
          chars = NginxRegex.range(0x21, 0x7e);
        } else if (name.startsWith("cookie_")) {
          chars = without(NginxRegex.range(0x21, 0x7e), NginxRegex.of(";"));
        } else {
          return Value.literal("");
        }
      }
    }
    return slash ? Value.controlled(chars, NginxRegex.of("/"), false) : Value.controlled(chars, chars, true);
  }

  private static BitSet without(BitSet set, BitSet removed) {
    BitSet out = (BitSet) set.clone();
    out.andNot(removed);
    return out;
  }

  /**
   * The captures visible at {@code at}: those of the last {@code rewrite} before it in its block
   * or an enclosing one, else of the nearest enclosing regex {@code if} or {@code location}.
   */
  Captures captures(DirectiveInContext at) {
    Directive current = at.directive();
    List<Directive> parents = at.parents();
    for (int level = parents.size(); level >= 0; level--) {
      List<Directive> siblings = level == 0 ? config.children() : parents.get(level - 1).children();
      int index = indexOf(siblings, current);
      for (int i = index - 1; i >= 0; i--) {
        Directive d = siblings.get(i);
        if (d.nameText().equals("rewrite") && !d.isBlock() && d.args().size() >= 2) {
          NginxRegex regex = NginxRegex.parse(d.arg(0), false);
          return regex == null ? null : new Captures(regex, builtin("uri"), d);
        }
      }
      if (level == 0) {
        break;
      }
      Directive block = parents.get(level - 1);
      List<Directive> outer = parents.subList(0, level - 1);
      Captures own = blockCaptures(block, outer);
      if (own != null) {
        return own;
      }
      current = block;
    }
    return null;
  }

  private Captures blockCaptures(Directive block, List<Directive> outer) {
    if (block.nameText().equals("location")) {
      NginxLocation loc = NginxLocation.of(block);
      if (loc != null && loc.isRegex()) {
        NginxRegex regex = NginxRegex.parse(loc.path(), loc.modifier().equals("~*"));
        return regex == null ? null : new Captures(regex, builtin("uri"), block);
      }
    } else if (block.nameText().equals("if")) {
      String[] c = NginxLocation.regexCondition(block);
      if (c != null && !c[1].startsWith("!")) {
        NginxRegex regex = NginxRegex.parse(c[2], c[1].equals("~*"));
        DirectiveInContext ifAt = new DirectiveInContext(block, outer);
        return regex == null ? null : new Captures(regex, resolve(c[0], ifAt, captures(ifAt), 1), block);
      }
    }
    return null;
  }

  private static int indexOf(List<Directive> list, Directive d) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == d) {
        return i;
      }
    }
    return list.size();
  }

  /** A {@code set} is visible where its enclosing blocks (ignoring {@code if}) enclose the use. */
  private static boolean visible(DirectiveInContext set, DirectiveInContext at) {
    List<Directive> defined = set.parents().stream().filter(p -> !p.nameText().equals("if")).toList();
    List<Directive> used = new ArrayList<>(at.parents().stream().filter(p -> !p.nameText().equals("if")).toList());
    if (at.directive().isBlock() && !at.directive().nameText().equals("if")) {
      used.add(at.directive());
    }
    if (defined.size() > used.size()) {
      return false;
    }
    for (int i = 0; i < defined.size(); i++) {
      if (defined.get(i) != used.get(i)) {
        return false;
      }
    }
    return true;
  }
}
