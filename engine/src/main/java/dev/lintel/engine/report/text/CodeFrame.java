package dev.lintel.engine.report.text;

import dev.lintel.model.TextRange;

/**
 * Renders the offending source line with a gutter and a caret line under the range. Columns are
 * 1-based UTF-16 units; a surrogate pair takes one caret. Tabs before the range are kept in the
 * caret line so the carets line up in any tab width. A range spanning lines is underlined to the
 * end of its first line.
 */
final class CodeFrame {

  private CodeFrame() {}

  /**
   * Replaces control characters other than tab with U+FFFD, one for one (so columns hold), so a
   * scanned file or a message cannot send escape sequences to the terminal.
   */
  static String printable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(c != '\t' && Character.isISOControl(c) ? '\uFFFD' : c);
    }
    return sb.toString();
  }

  /** The two frame lines, each ending in a newline; {@code paint} wraps the carets. */
  static String render(String source, TextRange range, Ansi.Style paint) {
    String number = Integer.toString(range.startLine());
    String blank = " ".repeat(number.length());
    int start = Math.min(range.startColumn() - 1, source.length());
    int end = range.endLine() > range.startLine()
        ? source.length()
        : Math.min(range.endColumn() - 1, source.length());
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < start; i++) {
      char c = source.charAt(i);
      if (!Character.isLowSurrogate(c)) {
        prefix.append(c == '\t' ? '\t' : ' ');
      }
    }
    int carets = Math.max(1, source.codePointCount(start, Math.max(start, end)));
    return "  " + number + " | " + printable(source) + "\n"
        + "  " + blank + " | " + prefix + paint.apply("^".repeat(carets)) + "\n";
  }
}
