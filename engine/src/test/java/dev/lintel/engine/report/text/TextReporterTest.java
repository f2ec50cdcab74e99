package dev.lintel.engine.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.report.Fixtures;
import dev.lintel.engine.report.ReportOptions;
import dev.lintel.engine.report.Reporters;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReporterTest {

  @TempDir Path root;

  private String render(AnalysisResult result, boolean color, boolean quiet) throws IOException {
    StringWriter out = new StringWriter();
    Reporters.forFormat("text", new ReportOptions(color, quiet, null)).write(result, out);
    return out.toString();
  }

  @Test
  void printsFindingsWithCodeFramesAndSummary() throws IOException {
    String text = render(Fixtures.result(root), false, false);
    assertThat(text.split("\n", -1)).containsExactly(
        "templates/my bucket.yaml:2:10: error[S3_BUCKET_ACL_PUBLIC_READ] Bucket is public",
        "  2 | " + Fixtures.LINE2,
        "    | \t       \t^^^^^^^^^^^",
        "  = note: name set here at templates/my bucket.yaml:3:13",
        "templates/my bucket.yaml:3:13: warning[NET_NO_LOGGING] No access log",
        "  3 | " + Fixtures.LINE3,
        "    |            ^^^^^^",
        "templates/my bucket.yaml:1:1: note[PARSE_ERROR] Odd document",
        "  1 | Resources:",
        "    | ^^^^^^^^^^",
        "gone.json:4:2: error[NET_NO_LOGGING] Missing file",
        "4 findings (2 errors, 1 warning, 1 note) in 2 files, 1 suppressed",
        "");
  }

  @Test
  void caretsSitUnderTheRangeWithTabsAndSurrogatePairs() {
    String frame = CodeFrame.render("\tab😀cd", new dev.lintel.model.TextRange(1, 6, 1, 8),
        s -> s);
    assertThat(frame).isEqualTo("  1 | \tab😀cd\n    | \t   ^^\n");
  }

  @Test
  void pointAtEndOfLineGetsOneCaret() {
    String frame = CodeFrame.render("abc", dev.lintel.model.TextRange.point(1, 4), s -> s);
    assertThat(frame).endsWith("|    ^\n");
  }

  @Test
  void controlCharactersFromTheSourceAreNotPrinted() {
    String frame = CodeFrame.render("a\u001b[31mb", dev.lintel.model.TextRange.point(1, 7),
        s -> s);
    assertThat(frame).isEqualTo("  1 | a\uFFFD[31mb\n    |       ^\n");
  }

  @Test
  void noAnsiWithoutColor() throws IOException {
    assertThat(render(Fixtures.result(root), false, false)).doesNotContain("\u001b[");
  }

  @Test
  void ansiWithColor() throws IOException {
    String text = render(Fixtures.result(root), true, false);
    assertThat(text)
        .contains("\u001b[1mtemplates/my bucket.yaml:2:10\u001b[0m")
        .contains("\u001b[1;31merror\u001b[0m")
        .contains("\u001b[1;33mwarning\u001b[0m")
        .contains("\u001b[1;36mnote\u001b[0m");
  }

  @Test
  void quietPrintsOneLinePerFindingAndNoSummary() throws IOException {
    String text = render(Fixtures.result(root), false, true);
    assertThat(text.lines().toList()).hasSize(4).allMatch(l -> l.matches("^\\S.*\\[\\w+] .*"));
  }

  @Test
  void summaryWithoutFindings() throws IOException {
    AnalysisResult empty = new AnalysisResult(root, List.of(), List.of(), 3);
    assertThat(render(empty, false, false)).isEqualTo("No findings in 3 files.\n");
  }
}
