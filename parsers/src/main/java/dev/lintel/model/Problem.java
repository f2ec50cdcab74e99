package dev.lintel.model;

/**
 * Something a parser could not accept: reported by the engine as a finding of {@code ruleId}
 * ({@code PARSE_ERROR}, {@code IO_ERROR} or {@code INPUT_LIMIT_EXCEEDED}) at {@code range}.
 * {@code path} is the file the problem is in when it differs from the scanned file (an nginx
 * include), else null.
 */
public record Problem(String ruleId, String message, TextRange range, java.nio.file.Path path) {

  public static final String PARSE_ERROR = "PARSE_ERROR";
  public static final String IO_ERROR = "IO_ERROR";
  public static final String INPUT_LIMIT_EXCEEDED = "INPUT_LIMIT_EXCEEDED";

  public Problem(String ruleId, String message, TextRange range) {
    this(ruleId, message, range, null);
  }

  public static Problem parseError(String message, TextRange range) {
    return new Problem(PARSE_ERROR, message, range);
  }

  public static Problem limit(String message, TextRange range) {
    return new Problem(INPUT_LIMIT_EXCEEDED, message, range);
  }
}
