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
}
