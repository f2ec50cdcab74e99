package dev.lintel.model.nginx;

import java.util.ArrayList;
import java.util.List;

/**
 * A directive together with the blocks around it, innermost last ({@code http}, {@code server},
 * {@code location}, ...). Includes are transparent: an included directive's parents are the
 * blocks around the {@code include}.
 */
public record DirectiveInContext(Directive directive, List<Directive> parents) {

  public DirectiveInContext {
    parents = List.copyOf(parents);
  }

  /** The innermost enclosing block, or null at top level. */
  public Directive parent() {
    return parents.isEmpty() ? null : parents.get(parents.size() - 1);
  }

  /** The nearest enclosing block named {@code name}, or null. */
  public Directive enclosing(String name) {
    for (int i = parents.size() - 1; i >= 0; i--) {
      if (parents.get(i).nameText().equals(name)) {
        return parents.get(i);
      }
    }
    return null;
  }

  /** Every directive of the configuration with its parents, depth first in document order. */
  public static List<DirectiveInContext> walk(NginxConfig config) {
    List<DirectiveInContext> out = new ArrayList<>();
    walk(config.children(), new ArrayList<>(), out, 0);
    return out;
  }

  private static void walk(List<Directive> level, List<Directive> parents, List<DirectiveInContext> out, int depth) {
    if (depth > 1000) {
      return;
    }
    for (Directive d : level) {
      out.add(new DirectiveInContext(d, parents));
      if (d.isBlock()) {
        parents.add(d);
        walk(d.children(), parents, out, depth + 1);
        parents.remove(parents.size() - 1);
      }
    }
  }

  /**
   * The directive named {@code name} in effect here by nginx's inheritance rule: the nearest
   * level (this block, then each enclosing block) that declares it; null when none does.
   */
  public static Directive effective(String name, Directive block, List<Directive> parentsOfBlock) {
    List<Directive> levels = new ArrayList<>(parentsOfBlock);
    levels.add(block);
    for (int i = levels.size() - 1; i >= 0; i--) {
      for (Directive d : levels.get(i).children()) {
        if (d.nameText().equals(name)) {
          return d;
        }
      }
    }
    return null;
  }
}
