package dev.lintel.gradle;

import dev.lintel.engine.Finding;
import dev.lintel.engine.build.BuildCheck;
import org.gradle.api.logging.Logger;

/** Writes an outcome to the Gradle log: warnings, one line per active finding, a summary. */
final class LintelLog {

  private LintelLog() {}

  static void report(Logger log, BuildCheck.Outcome outcome) {
    outcome.warnings().forEach(w -> log.warn("Lintel: " + w));
    for (Finding f : outcome.result().activeFindings()) {
      String line = BuildCheck.line(f);
      switch (f.level()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        default -> log.lifecycle(line);
      }
    }
    log.lifecycle("Lintel: " + outcome.result().filesAnalyzed() + " file(s) analysed, "
        + outcome.result().activeFindings().size() + " finding(s)"
        + (outcome.reports().isEmpty() ? "" : "; report: " + outcome.reports().get(0)));
  }
}
