package dev.lintel.maven;

import dev.lintel.engine.Finding;
import dev.lintel.engine.build.BuildCheck;
import org.apache.maven.plugin.logging.Log;

/** Renders findings for the Maven log: one line each, at the log level of the finding's level. */
final class FindingLog {

  private FindingLog() {}

  static void log(Log log, Finding f) {
    String line = BuildCheck.line(f);
    switch (f.level()) {
      case ERROR -> log.error(line);
      case WARNING -> log.warn(line);
      default -> log.info(line);
    }
  }

  /** The failure message: how many findings are at or above the threshold, and each of them. */
  static String summary(BuildCheck.Outcome outcome) {
    StringBuilder sb = new StringBuilder("Lintel found ").append(outcome.failing().size())
        .append(" finding(s) at or above ").append(outcome.threshold()).append(" (failOn):");
    for (Finding f : outcome.failing()) {
      sb.append(System.lineSeparator()).append("  ").append(f.level().id()).append(' ').append(BuildCheck.line(f));
    }
    return sb.toString();
  }
}
