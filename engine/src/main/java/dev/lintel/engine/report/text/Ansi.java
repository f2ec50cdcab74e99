package dev.lintel.engine.report.text;

import dev.lintel.engine.Severity;

/** ANSI escape sequences, or none at all when color is off. */
final class Ansi {

  /** Wraps text in an escape sequence. */
  @FunctionalInterface
  interface Style {
    String apply(String text);
  }

  private static final String RESET = "\u001b[0m";

  private final boolean enabled;

  Ansi(boolean enabled) {
    this.enabled = enabled;
  }

  Style bold() {
    return style("\u001b[1m");
  }

  Style level(Severity level) {
    return switch (level) {
      case ERROR -> style("\u001b[1;31m");
      case WARNING -> style("\u001b[1;33m");
      case NOTE -> style("\u001b[1;36m");
    };
  }

  private Style style(String code) {
    return enabled ? text -> code + text + RESET : text -> text;
  }
}
