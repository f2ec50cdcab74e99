package dev.lintel.engine.report;

import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;

/**
 * Counts of a result: {@code findings}, {@code errors}, {@code warnings} and {@code notes}
 * count active (non-suppressed) findings only; {@code suppressed} counts the others.
 */
public record Summary(int files, int findings, int errors, int warnings, int notes,
    int suppressed) {

  public static Summary of(AnalysisResult result) {
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    int suppressed = 0;
    for (Finding f : result.findings()) {
      if (f.isSuppressed()) {
        suppressed++;
        continue;
      }
      switch (f.level()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case NOTE -> notes++;
      }
    }
    return new Summary(result.filesAnalyzed(), errors + warnings + notes, errors, warnings, notes,
        suppressed);
  }
}
