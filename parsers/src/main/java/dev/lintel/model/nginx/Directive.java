package dev.lintel.model.nginx;

import dev.lintel.model.TextRange;
import dev.lintel.model.Token;
import java.nio.file.Path;
import java.util.List;

/**
 * One nginx directive: {@code name arg...;} or {@code name arg... { block }}. {@code block} is
 * null for a simple directive and a (possibly empty) list for a block directive. {@code file} is
 * the file the directive was written in, which for included files differs from the scanned file.
 * An {@code include} directive keeps its own node; the directives it brought in are in
 * {@link #included()} (empty when nothing matched or the include was not resolved).
 * {@code missingFile} is true for a plain (non-glob) {@code include} whose file exists neither
 * under the configuration prefix nor next to the including file.
 */
public record Directive(
    Token name,
    List<Token> args,
    List<Directive> block,
    List<Directive> included,
    Path file,
    TextRange range,
    boolean missingFile) {

  /** A directive that is not a missing include. */
  public Directive(Token name, List<Token> args, List<Directive> block, List<Directive> included, Path file,
      TextRange range) {
    this(name, args, block, included, file, range, false);
  }

  public Directive {
    args = List.copyOf(args);
    block = block == null ? null : List.copyOf(block);
    included = included == null ? List.of() : List.copyOf(included);
  }

  public String nameText() {
    return name.text();
  }

  public boolean isBlock() {
    return block != null;
  }

  /** The text of argument {@code i}, or null when there are fewer arguments. */
  public String arg(int i) {
    return i < args.size() ? args.get(i).text() : null;
  }

  /** The block's directives with every {@code include} replaced by what it included. */
  public List<Directive> children() {
    return block == null ? List.of() : NginxConfig.expandIncludes(block);
  }
}
