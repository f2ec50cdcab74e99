package dev.lintel.parse;

import dev.lintel.model.TextRange;
import java.util.Arrays;

/**
 * Maps character offsets of a text to 1-based lines and UTF-16 columns. A line ends at
 * {@code \r\n}, {@code \n} or a lone {@code \r}; a leading byte-order mark is not counted as a
 * column.
 */
public final class LineIndex {

  private final int[] lineStarts;
  private final int length;

  private LineIndex(int[] lineStarts, int length) {
    this.lineStarts = lineStarts;
    this.length = length;
  }

  /** Builds the index of {@code text}. */
  public static LineIndex of(String text) {
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return new LineIndex(Arrays.copyOf(starts, count), n);
  }

  /** The length of the indexed text in chars. */
  public int length() {
    return length;
  }

  /** The 1-based line of {@code offset} (clamped to the text). */
  public int line(int offset) {
    int o = clamp(offset);
    int pos = Arrays.binarySearch(lineStarts, o);
    return pos >= 0 ? pos + 1 : Math.max(1, -pos - 1);
  }

  /** The 1-based column of {@code offset} in UTF-16 code units (clamped to the text). */
  public int column(int offset) {
    int o = clamp(offset);
    return Math.max(1, o - lineStarts[line(o) - 1] + 1);
  }

  /** The range from {@code startOffset} (inclusive) to {@code endOffset} (exclusive). */
  public TextRange range(int startOffset, int endOffset) {
    int end = Math.max(startOffset, endOffset);
    return new TextRange(line(startOffset), column(startOffset), line(end), column(end));
  }

  /** The char offset of a 1-based line and UTF-16 column (clamped to the text). */
  public int offset(int line, int column) {
    int l = Math.max(1, Math.min(line, lineStarts.length));
    return clamp(lineStarts[l - 1] + column - 1);
  }

  /** A one-character range at {@code offset}. */
  public TextRange point(int offset) {
    return TextRange.point(line(offset), column(offset));
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, length));
  }
}
