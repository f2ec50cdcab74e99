package dev.lintel.parse.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.Problem;
import dev.lintel.model.TextRange;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.NginxConfig;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.Parsed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NginxIncludeTest {

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static Parsed<NginxConfig> parse(Path file, ParseLimits limits, Path prefix)
      throws IOException {
    return NginxParser.parse(file, Files.readString(file), limits, prefix);
  }

  @Test
  void globIsRelativeToTheFileAndSortedByName() throws IOException {
    write("conf.d/b.conf", "b_directive 2;\n");
    write("conf.d/a.conf", "a_directive 1;\n");
    write("conf.d/.hidden.conf", "hidden 1;\n");
    write("conf.d/notes.txt", "not included;\n");
    Path main = write("nginx.conf", "http {\n  include conf.d/*.conf;\n}\n");
    Parsed<NginxConfig> parsed = parse(main, ParseLimits.DEFAULT, null);
    assertThat(parsed.problems()).isEmpty();
    Directive include = parsed.value().directives().get(0).block().get(0);
    assertThat(include.nameText()).isEqualTo("include");
    assertThat(include.included()).extracting(Directive::nameText)
        .containsExactly("a_directive", "b_directive");
    assertThat(include.included().get(0).file()).isEqualTo(dir.resolve("conf.d/a.conf"));
    assertThat(include.included().get(0).range()).isEqualTo(new TextRange(1, 1, 1, 15));
    assertThat(parsed.value().directives().get(0).children())
        .extracting(Directive::nameText).containsExactly("a_directive", "b_directive");
  }

  @Test
  void globWithoutMatchAndMissingPlainFileAreFine() throws IOException {
    Path main = write("nginx.conf", "include sites/*;\ninclude mime.types;\n");
    Parsed<NginxConfig> parsed = parse(main, ParseLimits.DEFAULT, null);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.value().directives()).allSatisfy(d -> assertThat(d.included()).isEmpty());
    assertThat(parsed.value().directives()).extracting(Directive::missingFile).containsExactly(false, true);
  }

  @Test
  void existingEmptyFileIsNotMissing() throws IOException {
    write("empty.conf", "");
    write("snippets/next-to-file.conf", "# only a comment\n");
    Path main = write("nginx.conf", "include empty.conf;\ninclude snippets/next-to-file.conf;\n"
        + "include /nonexistent/lintel/x.conf;\n");
    Parsed<NginxConfig> parsed = parse(main, ParseLimits.DEFAULT, dir.resolve("elsewhere"));
    assertThat(parsed.value().directives()).extracting(Directive::missingFile)
        .containsExactly(false, false, true);
  }

  @Test
  void prefixIsTriedBeforeTheIncludingFilesDirectory() throws IOException {
    write("h5bp/basic.conf", "include h5bp/security/x.conf;\n");
    write("h5bp/security/x.conf", "add_header X-Frame-Options DENY;\n");
    Path site = write("conf.d/site.conf", "server { include h5bp/basic.conf; }\n");
    Parsed<NginxConfig> parsed = parse(site, ParseLimits.DEFAULT, dir);
    assertThat(parsed.problems()).isEmpty();
    Directive server = parsed.value().directives().get(0);
    assertThat(server.children()).extracting(Directive::nameText).containsExactly("add_header");
  }

  @Test
  void absolutePathIsFollowedWhenItExists() throws IOException {
    Path other = write("elsewhere/x.conf", "gzip on;\n");
    Path main = write("nginx.conf", "include " + other.toAbsolutePath() + ";\n");
    Parsed<NginxConfig> parsed = parse(main, ParseLimits.DEFAULT, null);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.value().children()).extracting(Directive::nameText).containsExactly("gzip");
  }

  @Test
  void problemsInIncludedFilesCarryTheirPath() throws IOException {
    Path bad = write("bad.conf", "ok 1;\nbroken {\n");
    Path main = write("nginx.conf", "include bad.conf;\n");
    Parsed<NginxConfig> parsed = parse(main, ParseLimits.DEFAULT, null);
    assertThat(parsed.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo(Problem.PARSE_ERROR);
      assertThat(p.path()).isEqualTo(bad);
      assertThat(p.range()).isEqualTo(TextRange.point(3, 1));
    });
  }

  @Test
  void includeCycleIsReportedAtTheInclude() throws IOException {
    write("a.conf", "include b.conf;\n");
    Path b = write("b.conf", "x 1;\n  include a.conf;\n");
    Path main = write("nginx.conf", "include a.conf;\n");
    Parsed<NginxConfig> parsed = parse(main, ParseLimits.DEFAULT, null);
    assertThat(parsed.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo(Problem.PARSE_ERROR);
      assertThat(p.message()).isEqualTo("include cycle: a.conf -> b.conf -> a.conf");
      assertThat(p.path()).isEqualTo(b);
      assertThat(p.range()).isEqualTo(new TextRange(2, 3, 2, 18));
    });
    assertThat(parsed.value().children()).extracting(Directive::nameText)
        .containsExactly("x");
  }

  @Test
  void selfIncludingGlobIsACycle() throws IOException {
    Path main = write("all.conf", "include *.conf;\n");
    Parsed<NginxConfig> parsed = parse(main, ParseLimits.DEFAULT, null);
    assertThat(parsed.problems()).extracting(Problem::message)
        .containsExactly("include cycle: all.conf -> all.conf");
    assertThat(parsed.problems().get(0).path()).isNull();
  }

  @Test
  void includeDepthLimit() throws IOException {
    for (int i = 1; i <= 4; i++) {
      write("f" + i + ".conf", "d" + i + " 1;\ninclude f" + (i + 1) + ".conf;\n");
    }
    write("f5.conf", "d5 1;\n");
    Path main = write("nginx.conf", "include f1.conf;\n");
    ParseLimits two = new ParseLimits(1 << 20, 100, 1, 2, 1);
    Parsed<NginxConfig> parsed = parse(main, two, null);
    assertThat(parsed.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo(Problem.INPUT_LIMIT_EXCEEDED);
      assertThat(p.path()).isEqualTo(dir.resolve("f2.conf"));
      assertThat(p.range().startLine()).isEqualTo(2);
    });
    assertThat(parsed.value().children()).extracting(Directive::nameText)
        .containsExactly("d1", "d2");
  }

  @Test
  void invalidUtf8IncludeIsAnIoError() throws IOException {
    Files.write(dir.resolve("bin.conf"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x', ';'});
    Path main = write("nginx.conf", "include bin.conf;\n");
    Parsed<NginxConfig> parsed = parse(main, ParseLimits.DEFAULT, null);
    assertThat(parsed.problems()).extracting(Problem::ruleId).containsExactly(Problem.IO_ERROR);
    assertThat(parsed.problems().get(0).message()).endsWith("is not valid UTF-8");
    assertThat(parsed.problems().get(0).path()).isNull();
  }
}
