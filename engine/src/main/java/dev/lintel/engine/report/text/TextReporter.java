package dev.lintel.engine.report.text;

import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.engine.Location;
import dev.lintel.engine.report.ReportOptions;
import dev.lintel.engine.report.Reporter;
import dev.lintel.engine.report.Summary;
import dev.lintel.model.TextRange;
import java.io.IOException;
import java.io.Writer;

/**
 * Human-readable output: per active finding {@code path:line:col: level[RULE_ID] message}, a code
 * frame with carets and the related locations, then a summary line. Quiet mode prints only the
 * first line of each finding. Lines end in {@code \n} on every platform.
 */
public final class TextReporter implements Reporter {

  private final ReportOptions options;

  public TextReporter(ReportOptions options) {
    this.options = options;
  }

  @Override
  public void write(AnalysisResult result, Writer out) throws IOException {
    Ansi ansi = new Ansi(options.color());
    SourceLines sources = new SourceLines();
    for (Finding f : result.activeFindings()) {
      Location loc = f.location();
      out.write(ansi.bold().apply(position(loc)) + ": "
          + ansi.level(f.level()).apply(f.level().id()) + "[" + f.ruleId() + "] "
          + CodeFrame.printable(f.message()) + "\n");
      if (options.quiet()) {
        continue;
      }
      TextRange range = loc.range();
      var line = sources.line(loc.file(), range.startLine());
      if (line.isPresent()) {
        out.write(CodeFrame.render(line.get(), range, ansi.level(f.level())));
      }
      for (Finding.Related r : f.related()) {
        out.write("  = note: " + CodeFrame.printable(r.message()) + " at "
            + position(r.location()) + "\n");
      }
    }
    if (!options.quiet()) {
      out.write(summary(Summary.of(result)) + "\n");
    }
    out.flush();
  }

  private static String position(Location loc) {
    TextRange range = loc.range();
    return CodeFrame.printable(loc.uri()) + ":" + range.startLine() + ":" + range.startColumn();
  }

  static String summary(Summary s) {
    String files = count(s.files(), "file");
    String suppressed = s.suppressed() > 0 ? ", " + s.suppressed() + " suppressed" : "";
    if (s.findings() == 0) {
      return "No findings in " + files + suppressed + ".";
    }
    return count(s.findings(), "finding") + " (" + count(s.errors(), "error") + ", "
        + count(s.warnings(), "warning") + ", " + count(s.notes(), "note") + ") in " + files
        + suppressed;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
