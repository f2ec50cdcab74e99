package dev.lintel.engine.report.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.engine.Location;
import dev.lintel.engine.Severity;
import dev.lintel.engine.report.Fixtures;
import dev.lintel.model.TextRange;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubReporterTest {

  @TempDir
  Path dir;

  @Test
  void oneCommandPerActiveFindingWithTheLevelsCommand() throws IOException {
    StringWriter out = new StringWriter();
    new GithubReporter().write(Fixtures.result(dir), out);
    assertThat(out.toString().split("\n")).containsExactly(
        "::error file=templates/my bucket.yaml,line=2,col=10,endLine=2,endColumn=21,"
            + "title=S3_BUCKET_ACL_PUBLIC_READ::Bucket is public",
        "::warning file=templates/my bucket.yaml,line=3,col=13,endLine=3,endColumn=19,"
            + "title=NET_NO_LOGGING::No access log",
        "::notice file=templates/my bucket.yaml,line=1,col=1,endLine=3,endColumn=5,title=PARSE_ERROR::Odd document",
        "::error file=gone.json,line=4,col=2,endLine=4,endColumn=3,title=NET_NO_LOGGING::Missing file");
  }

  @Test
  void escapesPercentLineBreaksAndPropertySeparators() throws IOException {
    Finding f = Fixtures.result(dir).findings().get(0);
    Finding odd = new Finding(f.rule(), Severity.NOTE, "100% bad: a, b\r\nnext::line",
        new Location(f.location().file(), "a,b:c%d.yaml", new TextRange(1, 1, 1, 2)), List.of(), null, "x", null);
    assertThat(GithubReporter.line(odd)).isEqualTo(
        "::notice file=a%2Cb%3Ac%25d.yaml,line=1,col=1,endLine=1,endColumn=2,title=S3_BUCKET_ACL_PUBLIC_READ"
            + "::100%25 bad: a, b%0D%0Anext::line");
    assertThat(GithubReporter.property("x\ny")).isEqualTo("x%0Ay");
  }

  @Test
  void nothingForACleanResult() throws IOException {
    StringWriter out = new StringWriter();
    AnalysisResult r = Fixtures.result(dir);
    new GithubReporter().write(new AnalysisResult(r.root(), List.of(), r.rules(), 1), out);
    assertThat(out.toString()).isEmpty();
  }
}
