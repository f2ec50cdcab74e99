package dev.lintel.engine;

import dev.lintel.model.TextRange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Fingerprints that survive lines moving: a hash of the rule id, the file uri, the logical
 * location and the offending text with white space folded. Never the line number.
 */
public final class Fingerprints {

  private Fingerprints() {}

  public static String of(String ruleId, String uri, String logicalLocation, String snippet) {
    String normalised = snippet == null ? "" : WHITE_SPACE.matcher(snippet.strip()).replaceAll(" ");
    String input = ruleId + '\u0000' + uri + '\u0000' + (logicalLocation == null ? "" : logicalLocation)
        + '\u0000' + normalised;
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  /** The lines of {@code text}, for {@link #snippet(String[], TextRange)}: split once per file. */
  public static String[] lines(String text) {
    return text == null ? new String[0] : LINE_BREAK.split(text, -1);
  }

  /** The text of {@code range} in {@code text}, or the range's first line when out of bounds. */
  public static String snippet(String text, TextRange range) {
    return snippet(lines(text), range);
  }

  /** The text of {@code range} given the file's {@link #lines}. */
  public static String snippet(String[] lines, TextRange range) {
    if (range.startLine() > lines.length) {
      return "";
    }
    String line = lines[range.startLine() - 1];
    int from = Math.min(line.length(), range.startColumn() - 1);
    int to = range.endLine() == range.startLine() ? Math.min(line.length(), range.endColumn() - 1) : line.length();
    return line.substring(from, Math.max(from, to));
  }
}
