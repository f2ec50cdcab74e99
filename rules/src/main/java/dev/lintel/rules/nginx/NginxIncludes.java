package dev.lintel.rules.nginx;

import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.DirectiveInContext;
import dev.lintel.model.nginx.NginxConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code include} directives of a configuration, which the directive walk makes transparent
 * (it visits what they brought in, not the includes themselves).
 */
final class NginxIncludes {

  private static final int MAX_DEPTH = 1000;

  private NginxIncludes() {}

  /** Every {@code include} of the configuration and of the files it includes, with its parents. */
  static List<DirectiveInContext> all(NginxConfig config) {
    List<DirectiveInContext> out = new ArrayList<>();
    walk(config.directives(), new ArrayList<>(), out, 0);
    return out;
  }

  private static void walk(List<Directive> level, List<Directive> parents, List<DirectiveInContext> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    for (Directive d : level) {
      if (d.nameText().equals("include") && !d.isBlock()) {
        out.add(new DirectiveInContext(d, parents));
        walk(d.included(), parents, out, depth + 1);
      } else if (d.isBlock()) {
        parents.add(d);
        walk(d.block(), parents, out, depth + 1);
        parents.remove(parents.size() - 1);
      }
    }
  }
}
