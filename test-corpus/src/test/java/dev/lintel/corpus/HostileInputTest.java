package dev.lintel.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lintel.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input (issue "reliability"): every case ends with a finding or a silent skip, exit 0
 * or 1 (never 2 or 3), and the findings of the other files in the scan stay intact. The timeout
 * is a hang guard, not a speed measurement. docs/reliability.md lists the cases and outcomes.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest {

  @TempDir
  Path dir;

  /** A template with a known finding, next to each hostile file. */
  private static final String KNOWN_BAD = """
      AWSTemplateFormatVersion: "2010-09-09"
      Resources:
        Bucket:
          Type: AWS::S3::Bucket
          Properties:
            AccessControl: PublicReadWrite
      """;

  record Scan(int code, JsonNode report, String raw) {
    List<String> findings(String file) {
      List<String> out = new ArrayList<>();
      for (JsonNode f : report.path("findings")) {
        if (f.path("file").asText().equals(file)) {
          out.add(f.path("ruleId").asText() + " " + f.path("message").asText());
        }
      }
      return out;
    }
  }

  @BeforeEach
  void knownBad() throws IOException {
    Files.writeString(dir.resolve("known-bad.yaml"), KNOWN_BAD);
  }

  private Scan scan(String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("check", dir.toString(), "--format", "json", "--jobs", "2"));
    args.addAll(List.of(extra));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as("exit code; stderr: %s", err).isIn(0, 1);
    JsonNode report = new ObjectMapper().readTree(out.toString());
    Scan s = new Scan(code, report, out.toString());
    assertThat(s.findings("known-bad.yaml")).as("other findings intact").anyMatch(f -> f.startsWith("S3_BUCKET_ACL_PUBLIC_WRITE"));
    return s;
  }

  @Test
  void xmlExternalEntityIsRefusedAndNothingIsRead() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    Files.writeString(dir.resolve("cors.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \""
        + secret.toUri() + "\">]>\n<CORSConfiguration><CORSRule><AllowedOrigin>&x;</AllowedOrigin>"
        + "<AllowedMethod>GET</AllowedMethod></CORSRule></CORSConfiguration>\n");
    Scan s = scan();
    assertThat(s.findings("cors.xml")).anyMatch(f -> f.startsWith("INPUT_LIMIT_EXCEEDED"));
    assertThat(s.raw()).doesNotContain("TOP-SECRET-CONTENT");
  }

  @Test
  void xmlParameterEntityIsRefused() throws IOException {
    Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY leak \"LEAKED-BY-DTD\">");
    Files.writeString(dir.resolve("cors.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM \""
        + dtd.toUri() + "\"> %p;]>\n<CORSConfiguration><CORSRule><AllowedOrigin>&leak;</AllowedOrigin>"
        + "</CORSRule></CORSConfiguration>\n");
    Scan s = scan();
    assertThat(s.findings("cors.xml")).anyMatch(f -> f.startsWith("INPUT_LIMIT_EXCEEDED"));
    assertThat(s.raw()).doesNotContain("LEAKED-BY-DTD");
  }

  @Test
  void billionLaughsIsRefused() throws IOException {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      sb.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    sb.append("]>\n<CORSConfiguration><CORSRule><AllowedOrigin>&l9;</AllowedOrigin></CORSRule></CORSConfiguration>\n");
    Files.writeString(dir.resolve("cors.xml"), sb.toString());
    assertThat(scan().findings("cors.xml")).anyMatch(f -> f.startsWith("INPUT_LIMIT_EXCEEDED"));
  }

  @Test
  void yamlAliasBombIsStopped() throws IOException {
    StringBuilder sb = new StringBuilder("AWSTemplateFormatVersion: \"2010-09-09\"\nMetadata:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char prev = (char) (c - 1);
      sb.append("  ").append(c).append(": &").append(c).append(" [").append(("*" + prev + ", ").repeat(9))
          .append('*').append(prev).append("]\n");
    }
    sb.append("Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
    Files.writeString(dir.resolve("bomb.yaml"), sb.toString());
    assertThat(scan().findings("bomb.yaml")).anyMatch(f -> f.startsWith("INPUT_LIMIT_EXCEEDED"));
  }

  @Test
  void recursiveAliasIsAParseError() throws IOException {
    Files.writeString(dir.resolve("loop.yaml"),
        "AWSTemplateFormatVersion: \"2010-09-09\"\nMetadata: &m\n  self: *m\nResources:\n  T:\n    Type: AWS::SNS::Topic\n");
    assertThat(scan().findings("loop.yaml")).anyMatch(f -> f.startsWith("PARSE_ERROR"));
  }

  @Test
  void jsonNested60000DeepHitsTheDepthLimit() throws IOException {
    Files.writeString(dir.resolve("deep.json"),
        "{\"Version\": \"2012-10-17\", \"Statement\": " + "[".repeat(60_000) + "]".repeat(60_000) + "}");
    assertThat(scan().findings("deep.json")).anyMatch(f -> f.startsWith("INPUT_LIMIT_EXCEEDED"));
  }

  @Test
  void twoHundredMegabyteFileIsSkippedWithAFindingNamingTheLimit() throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.json").toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024);
    }
    assertThat(scan().findings("huge.json"))
        .singleElement().satisfies(f -> assertThat(f).startsWith("INPUT_LIMIT_EXCEEDED").contains("size limit"));
  }

  @Test
  void sizeLimitIsConfigurable() throws IOException {
    Files.writeString(dir.resolve(".lintel.yml"), "limits:\n  max-file-size: 64\n");
    Files.writeString(dir.resolve("policy.json"), "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
        + " \"Action\": \"*\", \"Resource\": \"*\"}]}");
    assertThat(scanWithoutKnownBad().findings("policy.json"))
        .singleElement().satisfies(f -> assertThat(f).startsWith("INPUT_LIMIT_EXCEEDED").contains("64"));
  }

  private Scan scanWithoutKnownBad() throws IOException {
    Files.delete(dir.resolve("known-bad.yaml"));
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"check", dir.toString(), "--format", "json"}, new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true));
    assertThat(code).isIn(0, 1);
    return new Scan(code, new ObjectMapper().readTree(out.toString()), out.toString());
  }

  @Test
  void invalidUtf8IsAnIoError() throws IOException {
    Files.write(dir.resolve("latin1.yaml"), "Description: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(scan().findings("latin1.yaml")).singleElement().satisfies(f -> assertThat(f).startsWith("IO_ERROR"));
  }

  @Test
  void utf16WithBomIsRead() throws IOException {
    byte[] body = KNOWN_BAD.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Files.write(dir.resolve("utf16.yaml"), bytes);
    assertThat(scan().findings("utf16.yaml")).anyMatch(f -> f.startsWith("S3_BUCKET_ACL_PUBLIC_WRITE"));
  }

  @Test
  void randomBytesWithKnownNamesNeverCrash() throws IOException {
    Random random = new Random(42);
    for (String name : List.of("a.json", "b.yaml", "c.conf", "d.xml", "nginx.conf", "fstab", "e.template")) {
      byte[] bytes = new byte[4096];
      random.nextBytes(bytes);
      Files.write(dir.resolve(name), bytes);
    }
    scan();
  }

  @Test
  void unclosedNginxBlockIsAParseError() throws IOException {
    Path nginx = Files.createDirectories(dir.resolve("nginx"));
    Files.writeString(nginx.resolve("nginx.conf"), "events {}\nhttp {\n  server {\n    listen 80;\n");
    assertThat(scan().findings("nginx/nginx.conf")).anyMatch(f -> f.startsWith("PARSE_ERROR"));
  }

  @Test
  void nginxIncludeCycleIsReportedNotFollowedForever() throws IOException {
    Path nginx = Files.createDirectories(dir.resolve("nginx"));
    Files.writeString(nginx.resolve("nginx.conf"), "events {}\nhttp {\n  include a.conf;\n}\n");
    Files.writeString(nginx.resolve("a.conf"), "include b.conf;\n");
    Files.writeString(nginx.resolve("b.conf"), "include a.conf;\n");
    Scan s = scan();
    List<String> all = new ArrayList<>();
    for (String f : List.of("nginx/nginx.conf", "nginx/a.conf", "nginx/b.conf")) {
      all.addAll(s.findings(f));
    }
    assertThat(all).anyMatch(f -> f.contains("include cycle"));
  }

  @Test
  void symlinkLoopAndSymlinkOutsideTheRootAreNotFollowed() throws IOException {
    Path outside = Files.createTempDirectory("lintel-outside");
    try {
      Files.writeString(outside.resolve("outside.yaml"), KNOWN_BAD);
      Path sub = Files.createDirectories(dir.resolve("sub"));
      Files.createSymbolicLink(sub.resolve("loop"), dir);
      Files.createSymbolicLink(dir.resolve("escape"), outside);
      Files.createSymbolicLink(dir.resolve("linked.yaml"), outside.resolve("outside.yaml"));
      Scan s = scan();
      for (JsonNode f : s.report().path("findings")) {
        assertThat(f.path("file").asText()).doesNotContain("outside").doesNotContain("loop/").doesNotContain("linked");
      }
    } finally {
      Files.deleteIfExists(outside.resolve("outside.yaml"));
      Files.deleteIfExists(outside);
    }
  }

  @Test
  void unreadableFileIsAnIoError() throws IOException {
    assumeTrue(!"root".equals(System.getProperty("user.name")), "running as root: every file is readable");
    Path f = Files.writeString(dir.resolve("secret.yaml"), KNOWN_BAD);
    assumeTrue(f.toFile().setReadable(false, false), "cannot drop read permission here");
    assertThat(scan().findings("secret.yaml")).singleElement().satisfies(x -> assertThat(x).startsWith("IO_ERROR"));
  }

  @Test
  void namedPipeIsNotReadButReported() throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(p.waitFor() == 0, "mkfifo unavailable");
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"check", fifo.toString(), dir.resolve("known-bad.yaml").toString(), "--format",
        "json"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertThat(code).isIn(0, 1);
    assertThat(out.toString()).contains("IO_ERROR", "not a regular file", "S3_BUCKET_ACL_PUBLIC_WRITE");
  }

  @Test
  void emptyFilesAreSkippedSilently() throws IOException {
    for (String name : List.of("empty.json", "empty.yaml", "empty.xml", "fstab")) {
      Files.writeString(dir.resolve(name), "");
    }
    Files.createDirectories(dir.resolve("nginx"));
    Files.writeString(dir.resolve("nginx/nginx.conf"), "");
    Scan s = scan();
    for (String name : List.of("empty.json", "empty.yaml", "empty.xml", "fstab", "nginx/nginx.conf")) {
      assertThat(s.findings(name)).as(name).isEmpty();
    }
  }

  @Test
  void fileDeletedDuringTheScanIsAnIoError() throws IOException {
    Path gone = dir.resolve("gone.yaml");
    dev.lintel.engine.AnalysisResult r = dev.lintel.engine.Analysis.run(dev.lintel.engine.AnalysisConfig.builder()
        .paths(List.of(gone, dir.resolve("known-bad.yaml"))).root(dir)
        .rules(dev.lintel.rules.BuiltInRules.all()).build());
    assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("IO_ERROR") && f.location().uri().equals("gone.yaml"));
    assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("S3_BUCKET_ACL_PUBLIC_WRITE"));
  }
}
