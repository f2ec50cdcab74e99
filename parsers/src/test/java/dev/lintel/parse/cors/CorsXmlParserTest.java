package dev.lintel.parse.cors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.Problem;
import dev.lintel.model.TextRange;
import dev.lintel.model.Token;
import dev.lintel.model.cors.CorsConfiguration;
import dev.lintel.model.cors.CorsRule;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.Parsed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorsXmlParserTest {

  private static final String NS = " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";

  private static CorsConfiguration ok(String xml) {
    Parsed<CorsConfiguration> p = CorsXmlParser.parse(xml, ParseLimits.DEFAULT);
    assertThat(p.problems()).isEmpty();
    assertThat(p.value()).isNotNull();
    return p.value();
  }

  private static Problem failed(String xml, String ruleId) {
    Parsed<CorsConfiguration> p = CorsXmlParser.parse(xml, ParseLimits.DEFAULT);
    assertThat(p.value()).isNull();
    assertThat(p.problems()).hasSize(1);
    assertThat(p.problems().get(0).ruleId()).isEqualTo(ruleId);
    return p.problems().get(0);
  }

  private static TextRange r(int sl, int sc, int el, int ec) {
    return new TextRange(sl, sc, el, ec);
  }

  @Test
  void fullRuleWithNamespaceAndDeclaration() {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<CORSConfiguration" + NS + ">\n"
        + "  <CORSRule>\n"
        + "    <ID>r1</ID>\n"
        + "    <AllowedOrigin>https://example.com</AllowedOrigin>\n"
        + "    <AllowedOrigin> * </AllowedOrigin>\n"
        + "    <AllowedMethod>GET</AllowedMethod>\n"
        + "    <AllowedMethod>PUT</AllowedMethod>\n"
        + "    <AllowedHeader>*</AllowedHeader>\n"
        + "    <ExposeHeader>ETag</ExposeHeader>\n"
        + "    <MaxAgeSeconds>3000</MaxAgeSeconds>\n"
        + "  </CORSRule>\n"
        + "</CORSConfiguration>\n";
    CorsConfiguration c = ok(xml);
    assertThat(c.carrier()).isEqualTo(CorsConfiguration.Carrier.S3_XML);
    assertThat(c.logicalId()).isNull();
    assertThat(c.anchor()).isEqualTo(r(2, 1, 2, 68));
    assertThat(c.rules()).hasSize(1);
    CorsRule rule = c.rules().get(0);
    assertThat(rule.anchor()).isEqualTo(r(3, 3, 3, 13));
    assertThat(rule.id().text()).isEqualTo("r1");
    assertThat(rule.id().range()).isEqualTo(r(4, 9, 4, 11));
    assertThat(rule.origins()).extracting(Token::text).containsExactly("https://example.com", "*");
    assertThat(rule.origins().get(0).range()).isEqualTo(r(5, 20, 5, 39));
    assertThat(rule.origins().get(1).range()).isEqualTo(r(6, 21, 6, 22));
    assertThat(rule.methods()).extracting(Token::text).containsExactly("GET", "PUT");
    assertThat(rule.allowedHeaders()).extracting(Token::text).containsExactly("*");
    assertThat(rule.exposeHeaders()).extracting(Token::text).containsExactly("ETag");
    assertThat(rule.maxAge().text()).isEqualTo("3000");
    assertThat(rule.maxAge().range()).isEqualTo(r(11, 20, 11, 24));
    assertThat(rule.unknownElements()).isEmpty();
    assertThat(rule.hasWildcardOrigin()).isTrue();
  }

  @Test
  void withoutNamespaceOrDeclarationCrlfAndBom() {
    String xml = "\uFEFF<CORSConfiguration>\r\n<CORSRule>\r\n<AllowedOrigin>a</AllowedOrigin>"
        + "<AllowedMethod>GET</AllowedMethod></CORSRule>\r\n<CORSRule/></CORSConfiguration>";
    CorsConfiguration c = ok(xml);
    assertThat(c.anchor()).isEqualTo(r(1, 1, 1, 20));
    assertThat(c.rules()).hasSize(2);
    assertThat(c.rules().get(0).anchor()).isEqualTo(r(2, 1, 2, 11));
    assertThat(c.rules().get(0).origins().get(0).range()).isEqualTo(r(3, 16, 3, 17));
    assertThat(c.rules().get(0).methods().get(0).range()).isEqualTo(r(3, 48, 3, 51));
    assertThat(c.rules().get(1).anchor()).isEqualTo(r(4, 1, 4, 12));
    assertThat(c.rules().get(1).origins()).isEmpty();
    assertThat(c.rules().get(1).maxAge()).isNull();
  }

  @Test
  void multiByteTextCountsUtf16Units() {
    String xml = "<CORSConfiguration><!-- é 日本 𝄞 --><CORSRule><AllowedOrigin>https://日本.jp</AllowedOrigin>"
        + "</CORSRule></CORSConfiguration>";
    CorsRule rule = ok(xml).rules().get(0);
    assertThat(rule.anchor()).isEqualTo(r(1, 36, 1, 46));
    assertThat(rule.origins().get(0).text()).isEqualTo("https://日本.jp");
    assertThat(rule.origins().get(0).range()).isEqualTo(r(1, 61, 1, 74));
  }

  @Test
  void emptyValueIsAnchoredOnTheStartTagAndEntitiesAreDecoded() {
    String xml = "<CORSConfiguration><CORSRule>\n<AllowedOrigin>  </AllowedOrigin><AllowedHeader/>"
        + "<ID>a&amp;b</ID><ExposeHeader><![CDATA[x-y]]></ExposeHeader></CORSRule></CORSConfiguration>";
    CorsRule rule = ok(xml).rules().get(0);
    assertThat(rule.origins().get(0).text()).isEmpty();
    assertThat(rule.origins().get(0).range()).isEqualTo(r(2, 1, 2, 16));
    assertThat(rule.allowedHeaders().get(0).range()).isEqualTo(r(2, 34, 2, 50));
    assertThat(rule.id().text()).isEqualTo("a&b");
    assertThat(rule.id().range()).isEqualTo(r(2, 54, 2, 61));
    assertThat(rule.exposeHeaders().get(0).text()).isEqualTo("x-y");
  }

  @Test
  void valueSpanningLines() {
    String xml = "<CORSConfiguration><CORSRule><AllowedOrigin>\n  https://a\n</AllowedOrigin>"
        + "</CORSRule></CORSConfiguration>";
    Token o = ok(xml).rules().get(0).origins().get(0);
    assertThat(o.text()).isEqualTo("https://a");
    assertThat(o.range()).isEqualTo(r(2, 3, 2, 12));
  }

  @Test
  void unknownElementsAndStrayText() {
    String xml = "<CORSConfiguration>\n"
        + "<Bogus>1</Bogus>\n"
        + "<CORSRule>\n"
        + "<AllowedOrigins>x</AllowedOrigins>\n"
        + "stray\n"
        + "<AllowedOrigin>a<Inner/></AllowedOrigin>\n"
        + "</CORSRule>\n"
        + "<CORSRule><AllowedMethod>GET</AllowedMethod></CORSRule>\n"
        + "<Trailer><Deep/></Trailer>\n"
        + "</CORSConfiguration>";
    CorsConfiguration c = ok(xml);
    assertThat(c.rules()).hasSize(2);
    CorsRule first = c.rules().get(0);
    assertThat(first.unknownElements()).extracting(Token::text)
        .containsExactly("Bogus", "AllowedOrigins", "#text", "Inner");
    assertThat(first.unknownElements().get(0).range()).isEqualTo(r(2, 1, 2, 8));
    assertThat(first.unknownElements().get(1).range()).isEqualTo(r(4, 1, 4, 17));
    assertThat(first.unknownElements().get(2).range()).isEqualTo(r(5, 1, 5, 6));
    assertThat(first.unknownElements().get(3).range()).isEqualTo(r(6, 17, 6, 25));
    assertThat(first.origins()).extracting(Token::text).containsExactly("a");
    CorsRule second = c.rules().get(1);
    assertThat(second.unknownElements()).extracting(Token::text).containsExactly("Trailer");
    assertThat(second.unknownElements().get(0).range()).isEqualTo(r(9, 1, 9, 10));
  }

  @Test
  void emptyConfiguration() {
    assertThat(ok("<CORSConfiguration" + NS + "/>").rules()).isEmpty();
    assertThat(ok("<CORSConfiguration><Bogus/></CORSConfiguration>").rules()).isEmpty();
  }

  @Test
  void wrongRootIsAParseError() {
    Problem p = failed("<?xml version=\"1.0\"?>\n<WebsiteConfiguration/>", Problem.PARSE_ERROR);
    assertThat(p.range()).isEqualTo(r(2, 1, 2, 24));
  }

  @Test
  void malformedXmlReportsTheErrorLine() {
    Problem p = failed("<CORSConfiguration>\n<CORSRule>\n<AllowedOrigin>a</AllowedMethod>\n</CORSRule>\n"
        + "</CORSConfiguration>", Problem.PARSE_ERROR);
    assertThat(p.range().startLine()).isEqualTo(3);
    assertThat(p.message()).startsWith("Invalid XML: ").doesNotContain("\n");
    Problem unclosed = failed("<CORSConfiguration>\r\n<CORSRule>\r\n", Problem.PARSE_ERROR);
    assertThat(unclosed.range().startLine()).isGreaterThanOrEqualTo(2);
    failed("", Problem.PARSE_ERROR);
    failed("not xml at all", Problem.PARSE_ERROR);
    failed("<CORSConfiguration></CORSConfiguration><x/>", Problem.PARSE_ERROR);
  }

  @Test
  void undeclaredEntityIsRefusedOrAnError() {
    Parsed<CorsConfiguration> p = CorsXmlParser.parse(
        "<CORSConfiguration><CORSRule><ID>&foo;</ID></CORSRule></CORSConfiguration>", null);
    assertThat(p.value()).isNull();
    assertThat(p.problems()).hasSize(1);
  }

  @Test
  void externalEntityIsRefusedWithoutReadingTheFile(@TempDir Path dir) throws Exception {
    String secret = "TOP-SECRET-" + System.nanoTime();
    Path file = dir.resolve("secret.txt");
    Files.writeString(file, secret, StandardCharsets.UTF_8);
    String xml = "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE CORSConfiguration [\n"
        + "  <!ENTITY xxe SYSTEM \"" + file.toUri() + "\">\n"
        + "]>\n"
        + "<CORSConfiguration><CORSRule><ID>&xxe;</ID><AllowedOrigin>&xxe;</AllowedOrigin>"
        + "</CORSRule></CORSConfiguration>";
    Problem p = failed(xml, Problem.INPUT_LIMIT_EXCEEDED);
    assertThat(p.message()).startsWith("XML entity and DTD declarations are refused");
    assertThat(p.message()).doesNotContain(secret);
    assertThat(p.range()).isEqualTo(r(2, 1, 4, 3));
    assertThat(Files.readString(file)).isEqualTo(secret);
  }

  @Test
  void externalDtdIsRefused(@TempDir Path dir) throws Exception {
    Path dtd = dir.resolve("evil.dtd");
    Files.writeString(dtd, "<!ENTITY x \"LEAKED\">");
    String xml = "<!DOCTYPE CORSConfiguration SYSTEM \"" + dtd.toUri() + "\"><CORSConfiguration/>";
    Problem p = failed(xml, Problem.INPUT_LIMIT_EXCEEDED);
    assertThat(p.range().startLine()).isEqualTo(1);
    assertThat(p.range().startColumn()).isEqualTo(1);
    assertThat(p.message()).doesNotContain("LEAKED");
  }

  @Test
  void xincludeIsNeverFollowed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("inc.xml");
    Files.writeString(file, "<AllowedOrigin>LEAKED</AllowedOrigin>");
    String xml = "<CORSConfiguration xmlns:xi=\"http://www.w3.org/2001/XInclude\"><CORSRule>"
        + "<xi:include href=\"" + file.toUri() + "\" parse=\"xml\"/></CORSRule></CORSConfiguration>";
    CorsRule rule = ok(xml).rules().get(0);
    assertThat(rule.origins()).isEmpty();
    assertThat(rule.unknownElements()).extracting(Token::text).containsExactly("include");
  }

  @Test
  void billionLaughsIsRefused() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    sb.append("  <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      sb.append("  <!ENTITY lol").append(i).append(" \"");
      String prev = i == 1 ? "lol" : "lol" + (i - 1);
      for (int k = 0; k < 10; k++) {
        sb.append('&').append(prev).append(';');
      }
      sb.append("\">\n");
    }
    sb.append("]>\n<CORSConfiguration><CORSRule><ID>&lol9;</ID></CORSRule></CORSConfiguration>");
    Problem p = failed(sb.toString(), Problem.INPUT_LIMIT_EXCEEDED);
    assertThat(p.range().startLine()).isEqualTo(2);
    assertThat(p.range().endLine()).isEqualTo(13);
  }

  @Test
  void depthLimitIsAnInputLimit() {
    StringBuilder sb = new StringBuilder("<CORSConfiguration><CORSRule>");
    for (int i = 0; i < 50; i++) {
      sb.append("<a>");
    }
    Parsed<CorsConfiguration> p = CorsXmlParser.parse(sb.toString(), new ParseLimits(1 << 20, 20, 10, 10, 10));
    assertThat(p.value()).isNull();
    assertThat(p.problems()).extracting(Problem::ruleId).containsExactly(Problem.INPUT_LIMIT_EXCEEDED);
  }

  @Test
  void nullInputIsAProblemNotAnException() {
    Parsed<CorsConfiguration> p = CorsXmlParser.parse(null, null);
    assertThat(p.value()).isNull();
    assertThat(p.problems()).extracting(Problem::ruleId).containsExactly(Problem.PARSE_ERROR);
  }
}
