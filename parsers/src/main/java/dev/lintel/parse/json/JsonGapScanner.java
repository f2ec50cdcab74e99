package dev.lintel.parse.json;

import dev.lintel.model.Problem;
import dev.lintel.parse.LineIndex;
import java.util.List;

/**
 * Looks at the source text around the tokens Jackson reports: finds where a token ends and
 * reports the comments and trailing commas that Jackson accepted in recovery mode. Only the
 * text between tokens is scanned, so string contents are never mistaken for comments.
 */
final class JsonGapScanner {

  private final String src;
  private final LineIndex lines;
  private final List<Problem> problems;

  JsonGapScanner(String src, LineIndex lines, List<Problem> problems) {
    this.src = src;
    this.lines = lines;
    this.problems = problems;
  }

  /** The offset just past the string, number or literal token starting at {@code start}. */
  int tokenEnd(int start) {
    int n = src.length();
    if (start < n && src.charAt(start) == '"') {
      int i = start + 1;
      while (i < n) {
        char c = src.charAt(i);
        if (c == '\\') {
          i += 2;
        } else if (c == '"') {
          return i + 1;
        } else {
          i++;
        }
      }
      return n;
    }
    int i = start;
    while (i < n && isTokenChar(src.charAt(i))) {
      i++;
    }
    return Math.max(i, Math.min(start + 1, n));
  }

  /**
   * Reports comments in {@code [from, to)}, and commas there when the next token closes an
   * object or array (a trailing comma).
   */
  void scan(int from, int to, boolean beforeClosing) {
    int i = Math.max(0, from);
    int end = Math.min(to, src.length());
    while (i < end) {
      char c = src.charAt(i);
      if (c == '/' && i + 1 < end && src.charAt(i + 1) == '/') {
        int stop = i + 2;
        while (stop < end && src.charAt(stop) != '\n' && src.charAt(stop) != '\r') {
          stop++;
        }
        problems.add(Problem.parseError("comments are not allowed in JSON", lines.range(i, stop)));
        i = stop;
      } else if (c == '/' && i + 1 < end && src.charAt(i + 1) == '*') {
        int close = src.indexOf("*/", i + 2);
        int stop = close < 0 || close + 2 > end ? end : close + 2;
        problems.add(Problem.parseError("comments are not allowed in JSON", lines.range(i, stop)));
        i = stop;
      } else {
        if (c == ',' && beforeClosing) {
          problems.add(Problem.parseError("trailing comma is not allowed in JSON",
              lines.range(i, i + 1)));
        }
        i++;
      }
    }
  }

  private static boolean isTokenChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || c == '+' || c == '-' || c == '.';
  }
}
