package dev.lintel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lintel.cli.MainTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines, peer-tool suppressions, --only-known, --sarif-category and the CI formats. */
class IntegrationsTest {

  private static final String ACL = "S3_BUCKET_ACL_PUBLIC_READ";
  private static final String HEAD = "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n";

  @TempDir
  Path dir;

  private static String bucket(String name, String extra) {
    return "  " + name + ":\n    Type: AWS::S3::Bucket\n" + extra + "    Properties:\n      AccessControl: PublicRead\n";
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  private static Run run(String... args) {
    return MainTest.run(args);
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  private static List<JsonNode> findings(Run r) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    json(r.out()).get("findings").forEach(out::add);
    return out;
  }

  @Test
  void baselinedFindingsSurviveInsertedLinesAndOnlyNewOnesFail() throws IOException {
    Path t = write("t.yaml", HEAD + bucket("Old", ""));
    Path base = dir.resolve("baseline.json");
    Run first = run("check", t.toString(), "--rule", ACL, "--format", "json", "--write-baseline", base.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("wrote 1 findings to the baseline");
    String before = findings(first).get(0).get("fingerprint").asText();
    assertThat(Files.readString(base)).contains(ACL, before);

    write("t.yaml", HEAD + "  # a comment\n  Queue:\n    Type: AWS::SQS::Queue\n" + bucket("Old", ""));
    Run moved = run("check", t.toString(), "--rule", ACL, "--format", "json", "--baseline", base.toString());
    assertThat(moved.code()).as(moved.out() + moved.err()).isZero();
    JsonNode f = findings(moved).get(0);
    assertThat(f.get("fingerprint").asText()).as("fingerprint stable when lines move").isEqualTo(before);
    assertThat(f.get("startLine").asInt()).isEqualTo(9);
    assertThat(f.get("suppressed").get("justification").asText()).isEqualTo("in baseline");

    write("t.yaml", HEAD + bucket("Old", "") + bucket("New", ""));
    Run added = run("check", t.toString(), "--rule", ACL, "--format", "sarif", "--baseline", base.toString());
    assertThat(added.code()).as("the new bucket fails the build").isEqualTo(1);
    JsonNode results = json(added.out()).get("runs").get(0).get("results");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("suppressions").get(0).get("kind").asText()).isEqualTo("external");
    assertThat(results.get(0).get("suppressions").get(0).get("justification").asText()).isEqualTo("in baseline");
    assertThat(results.get(1).has("suppressions")).isFalse();
  }

  @Test
  void configBaselineIsUsedAndAMissingOneIsAUsageError() throws IOException {
    Path t = write("t.yaml", HEAD + bucket("Old", ""));
    write(".lintel.yml", "baseline: lintel-baseline.json\n");
    Run missing = run("check", t.toString(), "--rule", ACL);
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("baseline: ", "lintel-baseline.json: no such file", "--write-baseline");
    Run written = run("check", t.toString(), "--rule", ACL, "--write-baseline", dir.resolve("lintel-baseline.json").toString());
    assertThat(written.code()).as(written.err()).isZero();
    assertThat(run("check", t.toString(), "--rule", ACL).code()).isZero();
    write("bad.json", "[]");
    Run bad = run("check", t.toString(), "--baseline", dir.resolve("bad.json").toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--baseline: ", "not a Lintel baseline");
  }

  @Test
  void peerSuppressionsAreHonouredThroughAliases() throws IOException {
    Path t = write("peers.yaml", HEAD
        + bucket("CheckovComment", "    # checkov:skip=CKV_AWS_20:public website\n")
        + bucket("CheckovMetadata", "    Metadata:\n      checkov:\n        skip:\n"
            + "          - id: CKV_AWS_20\n            comment: public mirror\n")
        + bucket("CfnNag", "    Metadata:\n      cfn_nag:\n        rules_to_suppress:\n"
            + "          - id: W31\n            reason: reviewed\n")
        + "  KicsLine:\n    Type: AWS::S3::Bucket\n    Properties:\n      # kics-scan ignore-line\n"
        + "      AccessControl: PublicRead\n"
        + bucket("Kept", ""));
    Run r = run("check", t.toString(), "--rule", ACL, "--format", "json");
    List<JsonNode> fs = findings(r);
    assertThat(fs).extracting(f -> f.get("ruleId").asText()).containsOnly(ACL);
    assertThat(fs).hasSize(5);
    assertThat(fs).extracting(f -> f.has("suppressed")).containsExactly(true, true, true, true, false);
    assertThat(fs).extracting(f -> f.path("suppressed").path("justification").asText(""))
        .containsExactly("public website", "public mirror", "reviewed", "kics-scan ignore-line", "");
    assertThat(r.code()).isEqualTo(1);
  }

  @Test
  void kicsDisableResolvesQueryIdsForTheWholeFile() throws IOException {
    Path t = write("kics.yaml", "# kics-scan disable=219f4c95-aa50-44e0-97de-cf71f4641170\n" + HEAD
        + bucket("A", "") + bucket("B", ""));
    Run r = run("check", t.toString(), "--rule", ACL, "--format", "json");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(findings(r)).hasSize(2).allMatch(f -> f.has("suppressed"));
  }

  @Test
  void unusedPeerSuppressionsAreNotReported() throws IOException {
    Path t = write("ok.yaml", HEAD + "  Q:\n    Type: AWS::SQS::Queue\n    # checkov:skip=CKV_AWS_27:not ours\n"
        + "    Metadata:\n      cfn_nag:\n        rules_to_suppress:\n          - id: W48\n"
        + "    Properties: {}\n");
    Run r = run("check", t.toString(), "--format", "json", "--rule", ACL);
    assertThat(findings(r)).isEmpty();
    assertThat(r.code()).isZero();
  }

  @Test
  void onlyKnownSkipsUnreadAndExcludedNamedFiles() throws IOException {
    write(".lintel.yml", "exclude:\n  - \"vendor/**\"\n");
    Path readme = write("README.md", "# not a template\n");
    Path vendored = write("vendor/t.yaml", HEAD + bucket("V", ""));
    Path good = write("ok.yaml", HEAD + "  Q:\n    Type: AWS::SQS::Queue\n");
    Run r = run("check", "--only-known", "--format", "json", readme.toString(), vendored.toString(), good.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(json(r.out()).get("summary").get("files").asInt()).isEqualTo(1);
    Run plain = run("check", "--format", "json", vendored.toString());
    assertThat(plain.code()).as("named files are read without --only-known").isEqualTo(1);
  }

  @Test
  void typesGlobsApplyInDirectoryScans() throws IOException {
    write(".lintel.yml", "types:\n  \"deploy/mounts.txt\": fstab\n");
    write("deploy/mounts.txt", "UUID=1 / ext4 defaults 0 1\n");
    Run r = run("check", "--format", "json", dir.toString(), "--config", dir.resolve(".lintel.yml").toString());
    assertThat(json(r.out()).get("summary").get("files").asInt()).as(r.out()).isEqualTo(1);
  }

  @Test
  void sarifCategoryEndsWithASlash() throws IOException {
    Path t = write("t.yaml", HEAD + bucket("B", ""));
    Run r = run("check", t.toString(), "--format", "sarif", "--sarif-category", "infra");
    assertThat(json(r.out()).get("runs").get(0).get("automationDetails").get("id").asText()).isEqualTo("infra/");
    Run slash = run("check", t.toString(), "--format", "sarif", "--sarif-category", "lintel/nginx/");
    assertThat(json(slash.out()).get("runs").get(0).get("automationDetails").get("id").asText())
        .isEqualTo("lintel/nginx/");
  }

  @Test
  void junitAndGithubFormats() throws IOException {
    Path t = write("t.yaml", HEAD + bucket("B", ""));
    Run junit = run("check", t.toString(), "--rule", ACL, "--format", "junit");
    assertThat(junit.code()).isEqualTo(1);
    assertThat(junit.out()).startsWith("<?xml").contains("<testsuite name=\"" + ACL + "\"", "t.yaml:6:22");
    Run gh = run("check", t.toString(), "--rule", ACL, "--format", "github");
    assertThat(gh.out()).startsWith("::error file=").contains(",line=6,col=22,", ",title=" + ACL + "::");
  }
}
