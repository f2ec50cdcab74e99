package dev.lintel.parse.cors;

import dev.lintel.model.TextRange;
import java.util.Arrays;

/** Converts char offsets of a text into 1-based line/column positions (LF, CRLF or CR). */
final class LineIndex {

  private final String text;
  private final int[] starts;

  LineIndex(String text) {
    this.text = text;
    int[] s = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (count == s.length) {
          s = Arrays.copyOf(s, count * 2);
        }
        s[count++] = i + 1;
      }
    }
    this.starts = Arrays.copyOf(s, count);
  }

  String text() {
    return text;
  }

  /** The 1-based line of {@code offset} (clamped into the text). */
  int line(int offset) {
    int o = clamp(offset);
    int i = Arrays.binarySearch(starts, o);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** The 1-based column of {@code offset} (clamped into the text). */
  int column(int offset) {
    int o = clamp(offset);
    return o - starts[line(o) - 1] + 1;
  }

  /** The range of the chars {@code [start, end)}. */
  TextRange range(int start, int end) {
    return new TextRange(line(start), column(start), line(end), column(end));
  }

  /** A one-char range at {@code offset}. */
  TextRange point(int offset) {
    return TextRange.point(line(offset), column(offset));
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, text.length()));
  }
}
