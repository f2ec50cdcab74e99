package dev.lintel.engine.report;

import dev.lintel.engine.report.github.GithubReporter;
import dev.lintel.engine.report.json.JsonReporter;
import dev.lintel.engine.report.junit.JunitReporter;
import dev.lintel.engine.report.sarif.SarifReporter;
import dev.lintel.engine.report.text.TextReporter;
import java.util.List;
import java.util.Locale;

/** Finds the {@link Reporter} for a format name. */
public final class Reporters {

  /** The format names {@link #forFormat} accepts. */
  public static final List<String> FORMATS = List.of("text", "json", "sarif", "junit", "github");

  private Reporters() {}

  /**
   * The reporter for {@code format} (case-insensitive).
   *
   * @throws IllegalArgumentException for an unknown format; the message names the valid ones
   */
  public static Reporter forFormat(String format, ReportOptions options) {
    String name = format == null ? "" : format.toLowerCase(Locale.ROOT);
    return switch (name) {
      case "text" -> new TextReporter(options);
      case "json" -> new JsonReporter();
      case "sarif" -> new SarifReporter(options);
      case "junit" -> new JunitReporter();
      case "github" -> new GithubReporter();
      default -> throw new IllegalArgumentException("unknown report format '" + format
          + "'; valid formats: " + String.join(", ", FORMATS));
    };
  }
}
