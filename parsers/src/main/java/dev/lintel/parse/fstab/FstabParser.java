package dev.lintel.parse.fstab;

import dev.lintel.model.TextRange;
import dev.lintel.model.Token;
import dev.lintel.model.fstab.Fstab;
import dev.lintel.model.fstab.FstabEntry;
import dev.lintel.model.fstab.MountOption;
import dev.lintel.parse.Parsed;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads fstab(5) text. Every non-blank line is either a comment (first non-blank character
 * {@code #}) or an entry of whitespace-separated fields; the fstab format has no syntax errors,
 * so the problem list is always empty and malformed entries are left for the rules to report.
 *
 * <p>Positions: lines end at LF, CRLF or a lone CR; a leading byte-order mark is not counted;
 * a tab is one column. Field and option texts have {@code \040} (space) and {@code \011} (tab)
 * decoded, while their ranges cover the text as written.
 */
public final class FstabParser {

  private FstabParser() {}

  /** Parses {@code text} (null is read as empty). Never throws. */
  public static Parsed<Fstab> parse(String text) {
    String src = text == null ? "" : text;
    if (src.startsWith("\uFEFF")) {
      src = src.substring(1);
    }
    List<FstabEntry> entries = new ArrayList<>();
    List<Token> comments = new ArrayList<>();
    int lineNo = 1;
    int pos = 0;
    int n = src.length();
    while (pos <= n) {
      int end = pos;
      while (end < n && src.charAt(end) != '\n' && src.charAt(end) != '\r') {
        end++;
      }
      readLine(src.substring(pos, end), lineNo, entries, comments);
      if (end >= n) {
        break;
      }
      pos = end + (src.charAt(end) == '\r' && end + 1 < n && src.charAt(end + 1) == '\n' ? 2 : 1);
      lineNo++;
    }
    return new Parsed<>(new Fstab(entries, comments), List.of());
  }

  private static void readLine(String line, int lineNo, List<FstabEntry> entries, List<Token> comments) {
    int first = skipBlanks(line, 0);
    if (first == line.length()) {
      return;
    }
    if (line.charAt(first) == '#') {
      comments.add(new Token(line.substring(first), range(lineNo, first, line.length())));
      return;
    }
    List<Token> fields = new ArrayList<>();
    List<MountOption> options = List.of();
    int i = first;
    while (i < line.length()) {
      int start = i;
      while (i < line.length() && !isBlank(line.charAt(i))) {
        i++;
      }
      String written = line.substring(start, i);
      if (fields.size() == 3) {
        options = splitOptions(written, lineNo, start);
      }
      fields.add(new Token(decode(written), range(lineNo, start, i)));
      i = skipBlanks(line, i);
    }
    entries.add(new FstabEntry(fields, options, range(lineNo, 0, line.length())));
  }

  /**
   * Splits the options field on commas. An empty item is {@code MountOption("", null, r)} where
   * {@code r} is the comma that ends it (the preceding comma for a trailing empty item), so a
   * rule has a visible spot to report.
   */
  static List<MountOption> splitOptions(String written, int lineNo, int fieldStart) {
    List<MountOption> options = new ArrayList<>();
    int start = 0;
    while (true) {
      int comma = written.indexOf(',', start);
      int end = comma < 0 ? written.length() : comma;
      String item = written.substring(start, end);
      if (item.isEmpty()) {
        int spot = comma >= 0 ? comma : start - 1;
        options.add(new MountOption("", null, range(lineNo, fieldStart + spot, fieldStart + spot + 1)));
      } else {
        int eq = item.indexOf('=');
        String name = decode(eq < 0 ? item : item.substring(0, eq));
        String value = eq < 0 ? null : decode(item.substring(eq + 1));
        options.add(new MountOption(name, value, range(lineNo, fieldStart + start, fieldStart + end)));
      }
      if (comma < 0) {
        return options;
      }
      start = comma + 1;
    }
  }

  /** Decodes the octal escapes fstab(5) defines for blanks: {@code \040} and {@code \011}. */
  static String decode(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    return s.replace("\\040", " ").replace("\\011", "\t");
  }

  private static TextRange range(int line, int startIndex, int endIndex) {
    return new TextRange(line, startIndex + 1, line, endIndex + 1);
  }

  private static int skipBlanks(String line, int i) {
    while (i < line.length() && isBlank(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
