package dev.lintel.parse.nginx;

import static dev.lintel.parse.nginx.NginxParserRangesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.Problem;
import dev.lintel.model.TextRange;
import dev.lintel.model.nginx.NginxConfig;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.Parsed;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NginxParserErrorsTest {

  private static Problem onlyProblem(String text) {
    Parsed<NginxConfig> parsed = parse(text);
    assertThat(parsed.problems()).hasSize(1);
    Problem p = parsed.problems().get(0);
    assertThat(p.ruleId()).isEqualTo(Problem.PARSE_ERROR);
    assertThat(p.path()).isNull();
    return p;
  }

  @Test
  void unbalancedClosingBrace() {
    Problem p = onlyProblem("a b;\n  }\n");
    assertThat(p.range()).isEqualTo(TextRange.point(2, 3));
    assertThat(p.message()).isEqualTo("unexpected \"}\"");
  }

  @Test
  void missingSemicolonBeforeClosingBrace() {
    Problem p = onlyProblem("server {\n  listen 80\n}\n");
    assertThat(p.range()).isEqualTo(TextRange.point(3, 1));
    assertThat(p.message()).isEqualTo("unexpected \"}\", expecting \";\" or \"{\"");
  }

  @Test
  void missingSemicolonAtEndOfFile() {
    Problem p = onlyProblem("user nginx");
    assertThat(p.range()).isEqualTo(TextRange.point(1, 11));
    assertThat(p.message()).startsWith("unexpected end of file");
  }

  @Test
  void missingSemicolonBeforeABlock() {
    Problem p = onlyProblem("add_header X-Frame-Options DENY always\nserver {\n  listen 80;\n}\n");
    assertThat(p.range()).isEqualTo(TextRange.point(2, 8));
    assertThat(p.message()).isEqualTo("directive \"add_header\" is not terminated by \";\"");
  }

  @Test
  void blockDirectiveWithoutBlock() {
    Problem p = onlyProblem("server {\n  location /;\n}\n");
    assertThat(p.range()).isEqualTo(TextRange.point(2, 13));
    assertThat(p.message()).isEqualTo("directive \"location\" has no opening \"{\"");
  }

  @Test
  void dataBlocksAndUpstreamServersAreNotChecked() {
    assertThat(parse("map $a $b { if 1; listen 2; }\nupstream u { server 127.0.0.1; }\n"
        + "types { text/html html; }\n").problems()).isEmpty();
  }

  @Test
  void unterminatedQuote() {
    Problem p = onlyProblem("a b;\nadd_header X \"abc;\n}\n");
    assertThat(p.range()).isEqualTo(TextRange.point(2, 14));
    assertThat(p.message()).isEqualTo("unterminated string");
  }

  @Test
  void unclosedBlockAtEndOfFile() {
    Problem p = onlyProblem("http {\n  server {\n  }\n");
    assertThat(p.range()).isEqualTo(TextRange.point(4, 1));
    assertThat(p.message()).isEqualTo("unexpected end of file, expecting \"}\"");
  }

  @Test
  void emptyDirective() {
    Problem p = onlyProblem("a;\n ;");
    assertThat(p.range()).isEqualTo(TextRange.point(2, 2));
  }

  @Test
  void textGluedToClosingQuote() {
    Problem p = onlyProblem("a \"b\"c;");
    assertThat(p.range()).isEqualTo(TextRange.point(1, 6));
  }

  @Test
  void trailingBackslash() {
    Problem p = onlyProblem("a b\\");
    assertThat(p.range().startLine()).isEqualTo(1);
  }

  @Test
  void luaBlockThatDoesNotTokenizeIsAParseError() {
    Problem p = onlyProblem("content_by_lua_block {\n  ngx.say(\"hi\")\n}\n");
    assertThat(p.range()).isEqualTo(TextRange.point(3, 1));
  }

  @Test
  void recoveredDirectivesAreStillReturned() {
    Parsed<NginxConfig> parsed = parse("user nginx;\nserver {\n listen 80\n}\n");
    assertThat(parsed.value().directives()).extracting(d -> d.nameText()).contains("user");
  }

  @Test
  void deepNestingEndsWithLimitProblem() {
    String deep = "a {".repeat(10_000) + "}".repeat(10_000);
    Parsed<NginxConfig> parsed = parse(deep);
    assertThat(parsed.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo(Problem.INPUT_LIMIT_EXCEEDED);
      assertThat(p.range().startColumn()).isEqualTo(3 * ParseLimits.DEFAULT.maxDepth() + 3);
    });
  }

  @Test
  void hugeNestingWithHugeLimitDoesNotThrow() {
    String deep = "a {".repeat(100_000);
    ParseLimits lax = new ParseLimits(1L << 30, Integer.MAX_VALUE, 1, 1, 1);
    Parsed<NginxConfig> parsed = NginxParser.parse(Path.of("x.conf"), deep, lax, null);
    assertThat(parsed.problems()).isNotEmpty();
  }

  @Test
  void nestingAtTheLimitIsAccepted() {
    ParseLimits three = new ParseLimits(1 << 20, 3, 1, 1, 1);
    assertThat(NginxParser.parse(Path.of("x.conf"), "a{b{c{}}}", three, null).problems())
        .isEmpty();
    assertThat(NginxParser.parse(Path.of("x.conf"), "a{b{c{d{}}}}", three, null).problems())
        .extracting(Problem::ruleId).containsExactly(Problem.INPUT_LIMIT_EXCEEDED);
  }
}
