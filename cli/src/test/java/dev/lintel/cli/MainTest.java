package dev.lintel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of DESIGN §6: commands, options, outputs and exit codes. */
class MainTest {

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private Path template(String name, String accessControl) throws IOException {
    return Files.writeString(dir.resolve(name), """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: %s
        """.formatted(accessControl));
  }

  @Test
  void versionPrintsNameAndVersion() {
    Run r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Lintel ");
  }

  @Test
  void helpExplainsCheck() {
    Run r = run("check", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--fail-on", "--format", "Exit codes");
  }

  @Test
  void findingsGiveExitOneWithFileLineColumnAndRule() throws IOException {
    Path t = template("t.yaml", "PublicRead");
    Run r = run("check", t.toString(), "--rule", "S3_BUCKET_ACL_PUBLIC_READ", "--no-color");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("t.yaml:6:22", "S3_BUCKET_ACL_PUBLIC_READ", "^");
  }

  @Test
  void cleanFileGivesExitZero() throws IOException {
    Path t = template("ok.yaml", "Private");
    Run r = run("check", t.toString(), "--rule", "S3_BUCKET_ACL_PUBLIC_READ");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
  }

  @Test
  void failOnErrorIgnoresNotes() throws IOException {
    Files.writeString(dir.resolve("p.json"), "{\"Version\": \"2012-10-17\", \"Statement\": []}");
    Path t = template("t.yaml", "PublicRead");
    assertThat(run("check", t.toString(), "--fail-on", "never").code()).isZero();
  }

  @Test
  void unknownRuleIsAUsageError() throws IOException {
    Run r = run("check", dir.toString(), "--rule", "NO_SUCH_RULE");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("NO_SUCH_RULE");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("check", "--bogus").code()).isEqualTo(2);
  }

  @Test
  void missingPathIsAUsageError() {
    Run r = run("check", dir.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no such file");
  }

  @Test
  void badConfigIsAUsageErrorNamingLineAndKey() throws IOException {
    Files.writeString(dir.resolve(".lintel.yml"), "rules:\n  S3_BUCKET_ACL_PUBLIC_READ: loud\n");
    template("t.yaml", "PublicRead");
    Run r = run("check", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(".lintel.yml:2:3", "rules.S3_BUCKET_ACL_PUBLIC_READ");
  }

  @Test
  void configTurnsARuleOff() throws IOException {
    Files.writeString(dir.resolve(".lintel.yml"), "rules:\n  S3_BUCKET_ACL_PUBLIC_READ: off\n");
    template("t.yaml", "PublicRead");
    Run r = run("check", dir.toString(), "--rule", "S3_BUCKET_ACL_PUBLIC_READ");
    assertThat(r.code()).as(r.out()).isZero();
  }

  @Test
  void inlineSuppressionSilencesAFinding() throws IOException {
    Files.writeString(dir.resolve("t.yaml"), """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              # lintel:ignore S3_BUCKET_ACL_PUBLIC_READ -- public download mirror
              AccessControl: PublicRead
        """);
    Run r = run("check", dir.toString(), "--rule", "S3_BUCKET_ACL_PUBLIC_READ", "--format", "json");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).contains("public download mirror");
  }

  @Test
  void jsonAndSarifGoToTheOutputFile() throws IOException {
    template("t.yaml", "PublicRead");
    Path sarif = dir.resolve("out/report.sarif");
    Run r = run("check", dir.toString(), "--format", "sarif", "--output", sarif.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    JsonNode root = new ObjectMapper().readTree(sarif.toFile());
    assertThat(root.path("version").asText()).isEqualTo("2.1.0");
    assertThat(root.path("runs").get(0).path("results").size()).isPositive();
  }

  @Test
  void badFormatIsAUsageError() {
    assertThat(run("check", dir.toString(), "--format", "yaml").code()).isEqualTo(2);
  }

  @Test
  void rulesListsEveryRuleAndExplainShowsDocs() {
    Run list = run("rules");
    assertThat(list.code()).isZero();
    assertThat(list.out()).contains("PARSE_ERROR", "S3_BUCKET_ACL_PUBLIC_READ");
    Run json = run("rules", "--format", "json");
    assertThat(json.out()).contains("\"id\" : \"PARSE_ERROR\"");
    Run explain = run("explain", "S3_BUCKET_ACL_PUBLIC_READ");
    assertThat(explain.code()).isZero();
    assertThat(explain.out()).contains("## How to fix");
    assertThat(run("explain", "NOPE").code()).isEqualTo(2);
  }

  @Test
  void emptyDirectoryIsClean() {
    Run r = run("check", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("No findings");
  }
}
