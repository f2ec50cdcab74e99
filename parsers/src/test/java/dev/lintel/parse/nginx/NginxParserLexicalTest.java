package dev.lintel.parse.nginx;

import static dev.lintel.parse.nginx.NginxParserRangesTest.args;
import static dev.lintel.parse.nginx.NginxParserRangesTest.parseClean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.TextRange;
import dev.lintel.model.Token;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.NginxConfig;
import org.junit.jupiter.api.Test;

class NginxParserLexicalTest {

  @Test
  void quotedStringsDropQuotesAndKeepRangesWithQuotes() {
    assertThat(args("a \"x y\" 'p q';")).containsExactly(
        new Token("x y", new TextRange(1, 3, 1, 8)),
        new Token("p q", new TextRange(1, 9, 1, 14)));
  }

  @Test
  void escapesAreProcessedLikeNginx() {
    assertThat(args("a \"q\\\"d\" 'it\\'s' \"b\\\\s\" \"t\\tn\\n\" \"re\\.x\\d\";"))
        .extracting(Token::text)
        .containsExactly("q\"d", "it's", "b\\s", "t\tn\n", "re\\.x\\d");
    assertThat(args("a x\\ y\\;z;")).extracting(Token::text).containsExactly("x\\ y\\;z");
  }

  @Test
  void bracesSemicolonsAndHashesInsideQuotes() {
    assertThat(args("a \"{ } ; # x\" '}{';")).extracting(Token::text)
        .containsExactly("{ } ; # x", "}{");
  }

  @Test
  void variablesAndRegexCharactersInBareWords() {
    assertThat(args("a $host${request_uri}x ^/(a|b)?[0-9]+$ *.example.com b}c;"))
        .extracting(Token::text)
        .containsExactly("$host${request_uri}x", "^/(a|b)?[0-9]+$", "*.example.com", "b}c");
  }

  @Test
  void hashInsideWordIsPartOfIt() {
    NginxConfig config = parseClean("a b#c; # comment { ;\n# another\nd e;#tail\n");
    assertThat(config.directives()).extracting(Directive::nameText).containsExactly("a", "d");
    assertThat(config.directives().get(0).args()).extracting(Token::text).containsExactly("b#c");
  }

  @Test
  void quoteInsideBareWordIsLiteral() {
    assertThat(args("a x\"y'z;")).extracting(Token::text).containsExactly("x\"y'z");
  }

  @Test
  void closingParenthesisMayFollowAQuote() {
    assertThat(parseClean("if ($a = \"b\") { return 403; }").directives().get(0).args())
        .extracting(Token::text).containsExactly("($a", "=", "b", ")");
  }

  @Test
  void luaBlockThatTokenizesIsAnOrdinaryBlock() {
    Directive d = parseClean("content_by_lua_block { ngx.say(1); }").directives().get(0);
    assertThat(d.block()).extracting(Directive::nameText).containsExactly("ngx.say(1)");
  }

  @Test
  void includeWithoutFileIsKeptWithEmptyIncluded() {
    Directive d = parseClean("include snippets/none.conf;").directives().get(0);
    assertThat(d.nameText()).isEqualTo("include");
    assertThat(d.included()).isEmpty();
  }

  @Test
  void looksLikeNginx() {
    assertThat(NginxParser.looksLikeNginx("server {\n listen 80;\n}\n")).isTrue();
    assertThat(NginxParser.looksLikeNginx("location / { proxy_pass http://x; }")).isTrue();
    assertThat(NginxParser.looksLikeNginx("foo bar;")).isFalse();
    assertThat(NginxParser.looksLikeNginx("key: value\nother: 1\n")).isFalse();
    assertThat(NginxParser.looksLikeNginx("{\"Version\": \"2012-10-17\"}")).isFalse();
    assertThat(NginxParser.looksLikeNginx("UUID=1 / ext4 defaults 0 1\n")).isFalse();
    assertThat(NginxParser.looksLikeNginx("")).isFalse();
    assertThat(NginxParser.looksLikeNginx("server { listen 80 }")).isFalse();
  }
}
