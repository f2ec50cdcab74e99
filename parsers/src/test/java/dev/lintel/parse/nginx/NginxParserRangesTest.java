package dev.lintel.parse.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.TextRange;
import dev.lintel.model.Token;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.NginxConfig;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.Parsed;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NginxParserRangesTest {

  private static final Path FILE = Path.of("/nonexistent/lintel-test/nginx.conf");

  static Parsed<NginxConfig> parse(String text) {
    return NginxParser.parse(FILE, text, ParseLimits.DEFAULT, null);
  }

  static NginxConfig parseClean(String text) {
    Parsed<NginxConfig> parsed = parse(text);
    assertThat(parsed.problems()).isEmpty();
    return parsed.value();
  }

  private static TextRange r(int l1, int c1, int l2, int c2) {
    return new TextRange(l1, c1, l2, c2);
  }

  @Test
  void emptyFileHasNoDirectivesAndNoProblems() {
    assertThat(parseClean("").directives()).isEmpty();
    assertThat(parseClean("  \n# only a comment\n").directives()).isEmpty();
    assertThat(parseClean("\uFEFF").directives()).isEmpty();
  }

  @Test
  void simpleDirectiveRanges() {
    NginxConfig config = parseClean("user  nginx;\nworker_processes 4 ;\n");
    Directive user = config.directives().get(0);
    assertThat(user.name()).isEqualTo(new Token("user", r(1, 1, 1, 5)));
    assertThat(user.args()).containsExactly(new Token("nginx", r(1, 7, 1, 12)));
    assertThat(user.range()).isEqualTo(r(1, 1, 1, 13));
    assertThat(user.block()).isNull();
    assertThat(user.file()).isEqualTo(FILE);
    Directive wp = config.directives().get(1);
    assertThat(wp.range()).isEqualTo(r(2, 1, 2, 21));
    assertThat(wp.args().get(0).range()).isEqualTo(r(2, 18, 2, 19));
  }

  @Test
  void blockRangesEndAtClosingBrace() {
    NginxConfig config = parseClean("http {\n  server {\n    listen 80;\n  }\n}\n");
    Directive http = config.directives().get(0);
    assertThat(http.range()).isEqualTo(r(1, 1, 5, 2));
    assertThat(http.args()).isEmpty();
    Directive server = http.block().get(0);
    assertThat(server.range()).isEqualTo(r(2, 3, 4, 4));
    Directive listen = server.block().get(0);
    assertThat(listen.range()).isEqualTo(r(3, 5, 3, 15));
    assertThat(listen.arg(0)).isEqualTo("80");
  }

  @Test
  void emptyBlockIsAnEmptyList() {
    Directive events = parseClean("events {}").directives().get(0);
    assertThat(events.isBlock()).isTrue();
    assertThat(events.block()).isEmpty();
    assertThat(events.range()).isEqualTo(r(1, 1, 1, 10));
  }

  @Test
  void crlfLineEndingsGiveTheSameColumns() {
    NginxConfig config = parseClean("http {\r\n\tserver_name a.example b;\r\n}\r\n");
    Directive sn = config.directives().get(0).block().get(0);
    assertThat(sn.name().range()).isEqualTo(r(2, 2, 2, 13));
    assertThat(sn.args().get(0).range()).isEqualTo(r(2, 14, 2, 23));
    assertThat(sn.args().get(1).range()).isEqualTo(r(2, 24, 2, 25));
    assertThat(sn.range()).isEqualTo(r(2, 2, 2, 26));
    assertThat(config.directives().get(0).range()).isEqualTo(r(1, 1, 3, 2));
  }

  @Test
  void multiByteTextCountsUtf16Units() {
    NginxConfig config = parseClean("# é\nadd_header X \"日本\" é😀x;\n");
    Directive d = config.directives().get(0);
    assertThat(d.range().startLine()).isEqualTo(2);
    assertThat(d.args().get(1)).isEqualTo(new Token("日本", r(2, 14, 2, 18)));
    assertThat(d.args().get(2)).isEqualTo(new Token("é😀x", r(2, 19, 2, 23)));
    assertThat(d.range()).isEqualTo(r(2, 1, 2, 24));
  }

  @Test
  void byteOrderMarkIsNotCounted() {
    NginxConfig config = parseClean("\uFEFFuser nginx;\npid /run/nginx.pid;");
    assertThat(config.directives().get(0).name().range()).isEqualTo(r(1, 1, 1, 5));
    assertThat(config.directives().get(0).args().get(0).range()).isEqualTo(r(1, 6, 1, 11));
    assertThat(config.directives().get(1).range()).isEqualTo(r(2, 1, 2, 20));
  }

  @Test
  void multiLineQuotedArgument() {
    Directive d = parseClean("add_header X \"a\n  b\";").directives().get(0);
    assertThat(d.args().get(1)).isEqualTo(new Token("a\n  b", r(1, 14, 2, 5)));
    assertThat(d.range()).isEqualTo(r(1, 1, 2, 6));
  }

  @Test
  void nestedBlocksAndArguments() {
    NginxConfig config = parseClean("""
        http {
          upstream backend { server 10.0.0.1:8080 weight=5; }
          server {
            location ~* \\.(gif|jpg)$ {
              if ($request_uri ~ "^/a{2}") { return 403; }
            }
          }
        }
        """);
    Directive http = config.directives().get(0);
    assertThat(http.block()).extracting(Directive::nameText).containsExactly("upstream", "server");
    Directive upstream = http.block().get(0);
    assertThat(upstream.arg(0)).isEqualTo("backend");
    assertThat(upstream.block().get(0).args()).extracting(Token::text)
        .containsExactly("10.0.0.1:8080", "weight=5");
    Directive location = http.block().get(1).block().get(0);
    assertThat(location.args()).extracting(Token::text).containsExactly("~*", "\\.(gif|jpg)$");
    Directive iff = location.block().get(0);
    assertThat(iff.args()).extracting(Token::text)
        .containsExactly("($request_uri", "~", "^/a{2}", ")");
    assertThat(iff.block().get(0).nameText()).isEqualTo("return");
  }

  @Test
  void isFullConfigSeesTopLevelHttp() {
    assertThat(parseClean("http { }").isFullConfig()).isTrue();
    assertThat(parseClean("server { }").isFullConfig()).isFalse();
  }

  @Test
  void nullTextAndLimitsDoNotThrow() {
    Parsed<NginxConfig> parsed = NginxParser.parse(null, null, null, null);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.value().directives()).isEmpty();
  }

  static List<Token> args(String text) {
    return parseClean(text).directives().get(0).args();
  }
}
