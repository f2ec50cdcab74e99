package dev.lintel.parse.cfn;

/**
 * Maps each character of a scalar's decoded value back to its offset in the source text, for
 * JSON documents written as strings in a template. Handles plain scalars, single- and
 * double-quoted YAML or JSON strings (escapes, doubled quotes, line folding) and YAML block
 * scalars (indentation, folding). Returns null when the value cannot be aligned with the source;
 * callers then fall back to the whole scalar's range.
 */
final class StringPositions {

  private StringPositions() {}

  /** Where value character {@code i} is written: {@code start[i]} to {@code end[i]} (exclusive). */
  record Alignment(int[] start, int[] end) {}

  /**
   * Source places for every value character.
   *
   * @param src the whole source text
   * @param start offset of the scalar's first character (a quote, a block indicator, or the value)
   * @param end offset just after the scalar
   */
  static Alignment align(String src, int start, int end, String value) {
    if (start < 0 || end > src.length() || start >= end) {
      return null;
    }
    char first = src.charAt(start);
    boolean doubleQuoted = first == '"';
    boolean singleQuoted = first == '\'';
    int j = start;
    if (doubleQuoted || singleQuoted) {
      j++;
    } else if (first == '|' || first == '>') {
      int nl = src.indexOf('\n', start);
      if (nl < 0 || nl >= end) {
        return null;
      }
      j = nl + 1;
    }
    int[] map = new int[value.length()];
    int[] ends = new int[value.length()];
    int i = 0;
    while (i < value.length()) {
      if (j >= end) {
        if (!value.substring(i).isBlank()) {
          return null;
        }
        map[i] = end;
        ends[i++] = end;
        continue;
      }
      char c = value.charAt(i);
      char d = src.charAt(j);
      if (doubleQuoted && d == '\\') {
        int len = escapeLength(src, j, end);
        if (len < 0) {
          j = skipEscapedBreak(src, j, end);
          continue;
        }
        map[i] = j;
        j = Math.min(end, j + len);
        ends[i++] = j;
      } else if (c == d) {
        map[i] = j++;
        ends[i++] = j;
      } else if (Character.isWhitespace(d)) {
        j++;
      } else if (Character.isWhitespace(c)) {
        map[i] = j;
        ends[i++] = j;
      } else if (singleQuoted && d == '\'') {
        j++;
      } else {
        return null;
      }
    }
    return new Alignment(map, ends);
  }

  /** Length of the escape at {@code j}, or -1 for an escaped line break (which yields nothing). */
  private static int escapeLength(String src, int j, int end) {
    if (j + 1 >= end) {
      return 1;
    }
    return switch (src.charAt(j + 1)) {
      case 'u' -> 6;
      case 'x' -> 4;
      case 'U' -> 10;
      case '\n', '\r' -> -1;
      default -> 2;
    };
  }

  private static int skipEscapedBreak(String src, int j, int end) {
    int k = j + 1;
    while (k < end && (src.charAt(k) == '\r' || src.charAt(k) == '\n')) {
      k++;
    }
    while (k < end && (src.charAt(k) == ' ' || src.charAt(k) == '\t')) {
      k++;
    }
    return k;
  }
}
