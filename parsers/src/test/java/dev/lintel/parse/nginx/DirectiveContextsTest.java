package dev.lintel.parse.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.Problem;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.Parsed;
import dev.lintel.model.nginx.NginxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectiveContextsTest {

  @TempDir
  Path dir;

  private Parsed<NginxConfig> parse(String text) {
    return NginxParser.parse(dir.resolve("nginx.conf"), text, ParseLimits.DEFAULT, dir);
  }

  @Test
  void directiveOutsideItsContextIsReportedWhereItIs() {
    Parsed<NginxConfig> p = parse("events {}\nhttp {\n  listen 80;\n  server {\n    location / {\n"
        + "      server_name x;\n    }\n  }\n}\n");
    assertThat(p.problems()).extracting(Problem::message)
        .containsExactly("\"listen\" directive is not allowed here (in http; allowed in server)",
            "\"server_name\" directive is not allowed here (in location; allowed in server)");
    assertThat(p.problems().get(0).range().startLine()).isEqualTo(3);
    assertThat(p.problems().get(0).ruleId()).isEqualTo("PARSE_ERROR");
  }

  @Test
  void ifContextsFollowNginx() {
    assertThat(parse("events {}\nhttp { server { if ($a) { return 403; } location / { if ($b) { proxy_pass"
        + " http://x; } } } }\n").problems()).isEmpty();
    assertThat(parse("events {}\nhttp { server { if ($a) { proxy_pass http://x; } } }\n").problems())
        .singleElement().satisfies(pr -> assertThat(pr.message()).contains("in if in server"));
  }

  @Test
  void includedDirectivesAreJudgedInTheIncludersContextAndReportedInTheirFile() throws IOException {
    Files.writeString(dir.resolve("snippet.conf"), "worker_connections 10;\n");
    Parsed<NginxConfig> p = parse("events {}\nhttp {\n  server {\n    include snippet.conf;\n  }\n}\n");
    assertThat(p.problems()).singleElement().satisfies(pr -> {
      assertThat(pr.message()).contains("worker_connections").contains("in server");
      assertThat(pr.path()).isEqualTo(dir.resolve("snippet.conf"));
    });
  }

  @Test
  void siteFilesUnknownDirectivesAndDataBlocksAreNotJudged() {
    assertThat(parse("server { listen 80; location / { root /x; } }\n").problems()).isEmpty();
    assertThat(parse("events {}\nhttp { my_module_directive on; map $a $b { default 1; listen 2; }"
        + " upstream u { server 127.0.0.1; keepalive 4; } }\n").problems()).isEmpty();
  }
}
