package dev.lintel.rules.nginx;

import dev.lintel.rules.nginx.NginxRegex.Alt;
import dev.lintel.rules.nginx.NginxRegex.Anchor;
import dev.lintel.rules.nginx.NginxRegex.Chars;
import dev.lintel.rules.nginx.NginxRegex.Group;
import dev.lintel.rules.nginx.NginxRegex.Node;
import dev.lintel.rules.nginx.NginxRegex.Repeat;
import dev.lintel.rules.nginx.NginxRegex.Seq;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strings an Origin or Referer regex accepts. Benign samples fill each wildcard the way the
 * author meant ({@code .} as a dot, classes with one letter); attacker samples fill wildcards,
 * classes and optional groups with attacker text, prefix an alternative that lacks {@code ^} and
 * suffix one that lacks {@code $}. Repeats are capped at 5, the sample count at {@link #LIMIT}.
 */
final class OriginSamples {

  static final int LIMIT = 20_000;
  private static final String START = "\u0002";
  private static final String END = "\u0003";
  private static final List<String> ATTACKER_TEXT =
      List.of("", "a", "evil", "evil.", "evil.com", ".evil.com/", "evil.com/");
  private static final List<String> ATTACKER_PREFIX = List.of("", "https://evil.com/?", "https://evil");
  private static final List<String> ATTACKER_SUFFIX = List.of("", ".evil.com");
  private static final Pattern HOST = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*");
  private static final Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)", Pattern.DOTALL);

  /** A sample's scheme, host and what follows the authority; null when it is not a URL with a host. */
  record Url(String scheme, String host, String rest) {

    static Url parse(String sample) {
      Matcher m = URL.matcher(sample);
      if (!m.matches()) {
        return null;
      }
      String authority = m.group(2).substring(m.group(2).lastIndexOf('@') + 1);
      String host = authority.replaceFirst(":\\d*$", "").toLowerCase(Locale.ROOT);
      if (!host.matches("[a-z0-9_-]+(\\.[a-z0-9_-]+)*\\.?")) {
        return null;
      }
      return new Url(m.group(1).toLowerCase(Locale.ROOT), host, m.group(3));
    }
  }

  private OriginSamples() {}

  /**
   * Why the regex accepts an untrusted value: "a" plus the reason for an accepted string outside
   * the trusted domains (or plain http with {@code httpsOnly}); "c" plus the reason when an
   * Origin regex accepts no valid origin; null when neither holds.
   */
  static String judge(NginxRegex regex, boolean origin, List<String> domains, boolean httpsOnly) {
    Set<String> trusted = new LinkedHashSet<>();
    for (String run : literalRuns(regex.root())) {
      Matcher m = HOST.matcher(run.toLowerCase(Locale.ROOT));
      while (m.find()) {
        if (m.group().contains(".") || run.startsWith("//", m.start() - 2)) {
          trusted.add(key(m.group()));
        }
      }
    }
    boolean validOrigin = false;
    for (String sample : samples(regex, false)) {
      Url url = Url.parse(sample);
      validOrigin |= url != null && url.rest().isEmpty();
    }
    domains.forEach(d -> trusted.add(d.toLowerCase(Locale.ROOT)));
    for (String sample : samples(regex, true)) {
      Url url = Url.parse(sample);
      if (url == null || !url.scheme().matches("https?")) {
        continue;
      }
      if (httpsOnly && url.scheme().equals("http")) {
        return "a" + sample + ", a plain http:// value, though only https is allowed";
      }
      boolean ok = domains.isEmpty() ? trusted.contains(key(url.host()))
          : domains.stream().anyMatch(d -> url.host().equals(d) || url.host().endsWith("." + d));
      if (!ok && !trusted.isEmpty()) {
        return "a" + sample + ", whose host " + url.host() + " is outside " + String.join(", ", trusted);
      }
    }
    return origin && !validOrigin ? "c" : null;
  }

  /**
   * The literal texts written in the regex (an unescaped {@code .} read as a dot, small groups
   * of literal alternatives expanded): where the hosts the author meant to trust are named.
   */
  static List<String> literalRuns(Node n) {
    List<String> out = new ArrayList<>();
    List<Node> items = n instanceof Seq s ? s.items() : List.of(n);
    List<String> partial = List.of("");
    for (Node item : items) {
      List<String> literal = NginxRegex.literals(item);
      if (literal != null && partial.size() * literal.size() <= 64) {
        partial = product(partial, literal);
        continue;
      }
      out.addAll(partial);
      partial = List.of("");
      if (item instanceof Alt a) {
        a.options().forEach(o -> out.addAll(literalRuns(o)));
      } else if (item instanceof Group g) {
        out.addAll(literalRuns(g.body()));
      } else if (item instanceof Repeat r) {
        out.addAll(literalRuns(r.body()));
      }
    }
    out.addAll(partial);
    return out;
  }

  /** The registrable domain of a host, or the host itself when it has none (localhost, a TLD). */
  private static String key(String host) {
    String domain = PublicSuffixes.registrableDomain(host);
    return domain != null ? domain : host;
  }

  static Set<String> samples(NginxRegex regex, boolean attacker) {
    Set<String> out = new LinkedHashSet<>();
    for (String b : generate(regex.root(), attacker)) {
      int start = b.indexOf(START);
      int end = b.indexOf(END);
      String text = b.replace(START, "").replace(END, "");
      if ((start > 0 && !b.substring(0, start).replace(START, "").isEmpty())
          || (end >= 0 && !b.substring(end).replace(END, "").replace(START, "").isEmpty())) {
        continue;
      }
      for (String prefix : attacker && start < 0 ? ATTACKER_PREFIX : List.of("")) {
        for (String suffix : attacker && end < 0 ? ATTACKER_SUFFIX : List.of("")) {
          if (out.size() < LIMIT) {
            out.add(prefix + text + suffix);
          }
        }
      }
    }
    return out;
  }

  private static List<String> generate(Node n, boolean attacker) {
    if (n instanceof Chars c) {
      return single(c, attacker);
    } else if (n instanceof Seq s) {
      List<String> out = List.of("");
      for (Node item : s.items()) {
        out = product(out, generate(item, attacker));
      }
      return out;
    } else if (n instanceof Alt a) {
      List<String> out = new ArrayList<>();
      a.options().forEach(o -> out.addAll(generate(o, attacker)));
      return out.size() > LIMIT ? out.subList(0, LIMIT) : out;
    } else if (n instanceof Group g) {
      return generate(g.body(), attacker);
    } else if (n instanceof Repeat r) {
      return repeat(r, attacker);
    }
    return n instanceof Anchor a && (a.kind() == '^' || a.kind() == '$')
        ? List.of(a.kind() == '^' ? START : END) : List.of("");
  }

  private static List<String> single(Chars c, boolean attacker) {
    if (c.literal() != 0) {
      return List.of(String.valueOf(c.literal()));
    }
    if (!attacker && c.dot()) {
      return List.of(".");
    }
    List<String> out = new ArrayList<>();
    for (char x : (attacker ? (c.dot() ? ".a-/0" : "a.-/0") : "a0").toCharArray()) {
      if (c.set().get(x) && (attacker || out.isEmpty())) {
        out.add(String.valueOf(x));
      }
    }
    int any = c.set().nextSetBit(0);
    if (out.isEmpty() && any >= 0 && any < NginxRegex.NON_ASCII) {
      out.add(String.valueOf((char) any));
    }
    return out;
  }

  private static List<String> repeat(Repeat r, boolean attacker) {
    int max = r.max() < 0 ? Integer.MAX_VALUE : r.max();
    List<String> out = new ArrayList<>();
    if (r.body() instanceof Chars c && c.literal() == 0 && attacker) {
      for (String text : ATTACKER_TEXT) {
        if (text.length() >= r.min() && text.length() <= max && text.chars().allMatch(c.set()::get)) {
          out.add(text);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    List<String> unit = r.body() instanceof Chars c && c.literal() == 0 && !attacker && c.set().get('a')
        ? List.of("a") : generate(r.body(), attacker);
    Set<String> out2 = new LinkedHashSet<>(out);
    for (int count = Math.min(r.min(), 5); count <= Math.min(Math.max(r.min(), 1), Math.min(max, 5)); count++) {
      for (String u : unit) {
        if (out2.size() < LIMIT) {
          out2.add(u.repeat(count));
        }
      }
    }
    return out2.isEmpty() ? List.of("") : new ArrayList<>(out2);
  }

  private static List<String> product(List<String> left, List<String> right) {
    List<String> out = new ArrayList<>();
    for (String l : left) {
      for (String r : right) {
        if (out.size() >= LIMIT) {
          return out;
        }
        out.add(l + r);
      }
    }
    return out;
  }
}
