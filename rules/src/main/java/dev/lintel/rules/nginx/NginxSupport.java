package dev.lintel.rules.nginx;

import dev.lintel.model.Token;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.DirectiveInContext;
import dev.lintel.model.nginx.NginxConfig;
import java.util.ArrayList;
import java.util.List;

/** TLS servers, inherited values and missing includes as RULES.md §2.6 defines them. */
final class NginxSupport {

  private NginxSupport() {}

  /** The text of an argument without the quotes it was written with. */
  static String unquoted(Token arg) {
    String t = arg.text();
    boolean quoted = t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'')
        && t.charAt(t.length() - 1) == t.charAt(0);
    return quoted ? t.substring(1, t.length() - 1) : t;
  }

  /** A {@code server} block with a {@code listen ... ssl|quic} or {@code ssl on}. */
  static boolean isTlsServer(Directive server) {
    for (Directive d : server.children()) {
      if (d.nameText().equals("listen")
          && d.args().stream().skip(1).map(NginxSupport::unquoted).anyMatch(a -> a.equals("ssl") || a.equals("quic"))) {
        return true;
      }
      if (d.nameText().equals("ssl") && d.args().size() == 1 && unquoted(d.args().get(0)).equals("on")) {
        return true;
      }
    }
    return false;
  }

  /** A {@code server} block of the http module: not one of {@code stream} or {@code mail}. */
  static boolean isHttpServer(DirectiveInContext dc) {
    return dc.directive().nameText().equals("server") && dc.directive().isBlock()
        && dc.enclosing("stream") == null && dc.enclosing("mail") == null;
  }

  /** How messages name a server: its first {@code server_name}, else its line. */
  static String serverLabel(Directive server) {
    Directive names = own("server_name", server);
    return names != null && !names.args().isEmpty() && !unquoted(names.args().get(0)).isEmpty()
        ? unquoted(names.args().get(0)) : "at line " + server.name().range().startLine();
  }

  /** The first directive named {@code name} among the block's own directives (includes expanded), or null. */
  static Directive own(String name, Directive block) {
    return block.children().stream().filter(d -> d.nameText().equals(name)).findFirst().orElse(null);
  }

  /**
   * The directive {@code name} in effect in {@code block}; the top level of a site file (no
   * {@code http} block) counts as the {@code http} level.
   */
  static Directive effective(String name, Directive block, List<Directive> parents, NginxConfig config) {
    Directive found = DirectiveInContext.effective(name, block, parents);
    if (found != null || config.isFullConfig()) {
      return found;
    }
    return config.children().stream().filter(d -> d.nameText().equals(name)).findFirst().orElse(null);
  }

  /**
   * True when {@code block} or a level it inherits from directly contains a plain include whose
   * file is missing ({@link Directive#missingFile()}, the condition of NGINX_INCLUDE_MISSING): the
   * missing file could declare what a rule finds absent.
   */
  static boolean missingIncludeInScope(Directive block, List<Directive> parents, NginxConfig config) {
    List<List<Directive>> levels = new ArrayList<>();
    if (!config.isFullConfig()) {
      levels.add(config.directives());
    }
    parents.forEach(p -> levels.add(p.block()));
    levels.add(block.block());
    return levels.stream().anyMatch(NginxSupport::hasMissingInclude);
  }

  /** True when {@code block} itself (not a level above it) directly contains a missing include. */
  static boolean missingIncludeIn(Directive block) {
    return block.isBlock() && hasMissingInclude(block.block());
  }

  /** True when {@code level} directly contains a plain include whose file exists nowhere. */
  static boolean hasMissingInclude(List<Directive> level) {
    for (Directive d : level) {
      if (d.nameText().equals("include") && !d.isBlock()
          && (d.missingFile() || hasMissingInclude(d.included()))) {
        return true;
      }
    }
    return false;
  }
}
