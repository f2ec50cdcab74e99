package dev.lintel.parse.yaml;

import dev.lintel.model.TextRange;
import dev.lintel.parse.LineIndex;
import org.yaml.snakeyaml.error.Mark;

/** Source positions for SnakeYAML nodes: marks to char offsets, and small source scans. */
final class YamlPositions {

  private final String src;
  private final LineIndex lines;
  private final CodePointOffsets codePoints;

  YamlPositions(String src, LineIndex lines, CodePointOffsets codePoints) {
    this.src = src;
    this.lines = lines;
    this.codePoints = codePoints;
  }

  /** The char offset of {@code mark}. */
  int offset(Mark mark) {
    return Math.min(src.length(), codePoints.charOffset(mark.getIndex()));
  }

  TextRange point(Mark mark) {
    return lines.point(offset(mark));
  }

  String text(int start, int end) {
    return src.substring(Math.max(0, start), Math.max(start, Math.min(end, src.length())));
  }

  TextRange range(int start, int end) {
    return lines.range(start, end);
  }

  /**
   * The first offset in {@code [from, to)} after node properties (tags {@code !x}, anchors
   * {@code &x}), whitespace, line breaks and comments: where a node's content starts.
   */
  int contentStart(int from, int to) {
    int i = from;
    while (i < to) {
      char c = src.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
      } else if (c == '!' || c == '&' || c == '#') {
        boolean comment = c == '#';
        while (i < to && !isLineBreak(src.charAt(i)) && (comment || !isBlank(src.charAt(i)))) {
          i++;
        }
      } else {
        return i;
      }
    }
    return Math.min(i, to);
  }

  /** {@code end} moved back over trailing whitespace and line breaks, not before {@code start}. */
  int trimEnd(int start, int end) {
    int e = end;
    while (e > start && (isBlank(src.charAt(e - 1)) || isLineBreak(src.charAt(e - 1)))) {
      e--;
    }
    return e;
  }

  /** The offset of the alias {@code *anchor} at or after {@code from}, or -1. */
  int aliasAt(int from, String anchor) {
    if (anchor == null) {
      return -1;
    }
    String alias = "*" + anchor;
    int i = src.indexOf(alias, Math.max(0, from));
    while (i >= 0) {
      int after = i + alias.length();
      if (after >= src.length() || !isAnchorChar(src.charAt(after))) {
        return i;
      }
      i = src.indexOf(alias, i + 1);
    }
    return -1;
  }

  private static boolean isAnchorChar(char c) {
    return !isBlank(c) && !isLineBreak(c) && c != ',' && c != '[' && c != ']' && c != '{'
        && c != '}';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
