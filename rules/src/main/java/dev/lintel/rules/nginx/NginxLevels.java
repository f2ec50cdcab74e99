package dev.lintel.rules.nginx;

import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.NginxConfig;
import java.util.ArrayList;
import java.util.List;

/** The levels of a configuration: its top level and every block, for rules about a block's own directives. */
final class NginxLevels {

  /**
   * One level: {@code block} is null for the file's top level. {@code directives} has includes
   * expanded; {@code written} is the level as written, with the include directives themselves.
   */
  record Level(Directive block, List<Directive> directives, List<Directive> written) {

    /** True when the level directly contains a plain include that brought nothing in. */
    boolean hasMissingInclude() {
      return NginxSupport.hasMissingInclude(written);
    }

    /** The first own directive named {@code name}, or null. */
    Directive first(String name) {
      return directives.stream().filter(d -> d.nameText().equals(name)).findFirst().orElse(null);
    }
  }

  private NginxLevels() {}

  /** The top level, then every block depth first in document order. */
  static List<Level> of(NginxConfig config) {
    List<Level> out = new ArrayList<>();
    out.add(new Level(null, config.children(), config.directives()));
    addBlocks(config.children(), out, 0);
    return out;
  }

  private static void addBlocks(List<Directive> level, List<Level> out, int depth) {
    if (depth > 1000) {
      return;
    }
    for (Directive d : level) {
      if (d.isBlock()) {
        out.add(new Level(d, d.children(), d.block()));
        addBlocks(d.children(), out, depth + 1);
      }
    }
  }
}
