package dev.lintel.engine.report.github;

import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.engine.report.Reporter;
import dev.lintel.model.TextRange;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one line per active finding, shown as annotations on the
 * run and the pull request's diff:
 * {@code ::error file=F,line=L,col=C,endLine=L,endColumn=C,title=RULE_ID::message}
 * ({@code warning} and {@code notice} for the other levels). Values are escaped as GitHub's
 * toolkit does: {@code %}, CR and LF everywhere, and {@code :} and {@code ,} in properties.
 * Suppressed findings are left out.
 */
public final class GithubReporter implements Reporter {

  @Override
  public void write(AnalysisResult result, Writer out) throws IOException {
    for (Finding f : result.findings()) {
      if (!f.isSuppressed()) {
        out.write(line(f));
        out.write("\n");
      }
    }
    out.flush();
  }

  static String line(Finding f) {
    TextRange r = f.location().range();
    String command = switch (f.level()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "notice";
    };
    return "::" + command
        + " file=" + property(f.location().uri())
        + ",line=" + Math.max(1, r.startLine())
        + ",col=" + Math.max(1, r.startColumn())
        + ",endLine=" + Math.max(1, r.endLine())
        + ",endColumn=" + Math.max(1, r.endColumn())
        + ",title=" + property(f.ruleId())
        + "::" + data(f.message());
  }

  /** Escapes a command's message. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property value. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
