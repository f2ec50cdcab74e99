package dev.lintel.parse.nginx;

import dev.lintel.model.TextRange;
import java.util.Arrays;

/**
 * Turns ANTLR code-point offsets into 1-based lines and UTF-16 columns. Lines end at LF only
 * (a CR before it belongs to the previous line, as in nginx); a tab is one column.
 */
final class LineMap {

  private final int textLength;
  private final int[] lineStarts;
  /** Code-point index to char index, or null when the text has no surrogate pairs. */
  private final int[] charIndexOfCodePoint;

  LineMap(String text) {
    textLength = text.length();
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    lineStarts = Arrays.copyOf(starts, count);
    charIndexOfCodePoint = text.codePointCount(0, text.length()) == text.length()
        ? null : codePointTable(text);
  }

  private static int[] codePointTable(String text) {
    int[] table = new int[text.codePointCount(0, text.length()) + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      table[cp++] = i;
    }
    table[cp] = text.length();
    return table;
  }

  /** The char index of a code-point index, clamped to the text. */
  int charIndex(int codePointIndex) {
    int cp = Math.max(0, codePointIndex);
    if (charIndexOfCodePoint == null) {
      return Math.min(cp, textLength);
    }
    return charIndexOfCodePoint[Math.min(cp, charIndexOfCodePoint.length - 1)];
  }

  int line(int charIndex) {
    int pos = Arrays.binarySearch(lineStarts, charIndex);
    return pos >= 0 ? pos + 1 : -pos - 1;
  }

  int column(int charIndex) {
    return charIndex - lineStarts[line(charIndex) - 1] + 1;
  }

  /** The range of code points {@code [start, stopInclusive]}. */
  TextRange range(int startCodePoint, int stopCodePointInclusive) {
    int start = charIndex(startCodePoint);
    int end = charIndex(stopCodePointInclusive + 1);
    return new TextRange(line(start), column(start), line(end), column(end));
  }

  /** A one-character range at a code-point index. */
  TextRange point(int codePointIndex) {
    int at = charIndex(codePointIndex);
    return TextRange.point(line(at), column(at));
  }
}
