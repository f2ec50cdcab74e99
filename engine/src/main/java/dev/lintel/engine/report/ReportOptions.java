package dev.lintel.engine.report;

/**
 * How to render a report.
 *
 * @param color whether the text format may use ANSI colors (the caller decides: terminal,
 *     {@code NO_COLOR}, {@code --no-color})
 * @param quiet text format: one line per finding, no code frames and no summary
 * @param automationCategory SARIF {@code run.automationDetails.id}; null means {@code lintel/}
 */
public record ReportOptions(boolean color, boolean quiet, String automationCategory) {

  /** No color, not quiet, the default SARIF category. */
  public static ReportOptions defaults() {
    return new ReportOptions(false, false, null);
  }
}
