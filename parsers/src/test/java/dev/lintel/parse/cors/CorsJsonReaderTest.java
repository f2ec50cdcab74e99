package dev.lintel.parse.cors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import dev.lintel.model.Token;
import dev.lintel.model.cors.CorsConfiguration;
import dev.lintel.model.cors.CorsConfiguration.Carrier;
import dev.lintel.model.cors.CorsRule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Node trees are built by hand; every node sits on its own line so ranges identify it. */
class CorsJsonReaderTest {

  private int line = 1;

  private TextRange next(int width) {
    int l = line++;
    return new TextRange(l, 3, l, 3 + width);
  }

  private ScalarNode s(String v) {
    return new ScalarNode(v, ScalarNode.Type.STRING, next(v.length() + 2));
  }

  private ScalarNode num(String v) {
    return new ScalarNode(v, ScalarNode.Type.NUMBER, next(v.length()));
  }

  private SequenceNode seq(Node... items) {
    return new SequenceNode(List.of(items), next(1));
  }

  private SequenceNode strs(String... values) {
    List<Node> items = new ArrayList<>();
    for (String v : values) {
      items.add(s(v));
    }
    return new SequenceNode(items, next(1));
  }

  /** Alternating key, value pairs. */
  private MappingNode map(Object... kv) {
    List<MappingNode.Entry> entries = new ArrayList<>();
    for (int i = 0; i < kv.length; i += 2) {
      entries.add(new MappingNode.Entry(s((String) kv[i]), (Node) kv[i + 1]));
    }
    return new MappingNode(entries, next(1));
  }

  @Test
  void consoleArray() {
    MappingNode rule = map(
        "AllowedHeaders", strs("*"),
        "AllowedMethods", strs("GET", "PUT"),
        "AllowedOrigins", strs("*"),
        "ExposeHeaders", strs("ETag"),
        "MaxAgeSeconds", num("3000"),
        "ID", s("r1"),
        "AllowedOrigin", s("typo"));
    SequenceNode root = seq(rule);
    assertThat(CorsJsonReader.isCorsDocument(root)).isTrue();
    CorsConfiguration c = CorsJsonReader.fromDocument(root);
    assertThat(c.carrier()).isEqualTo(Carrier.CONSOLE_JSON);
    assertThat(c.anchor()).isEqualTo(root.range());
    assertThat(c.logicalId()).isNull();
    CorsRule r = c.rules().get(0);
    assertThat(r.anchor()).isEqualTo(rule.entries().get(0).key().range());
    assertThat(r.methods()).extracting(Token::text).containsExactly("GET", "PUT");
    Node firstMethod = rule.get("AllowedMethods").asSequence().items().get(0);
    assertThat(r.methods().get(0).range()).isEqualTo(firstMethod.range());
    assertThat(r.origins()).extracting(Token::text).containsExactly("*");
    assertThat(r.allowedHeaders()).extracting(Token::text).containsExactly("*");
    assertThat(r.exposeHeaders()).extracting(Token::text).containsExactly("ETag");
    assertThat(r.maxAge().text()).isEqualTo("3000");
    assertThat(r.maxAge().range()).isEqualTo(rule.get("MaxAgeSeconds").range());
    assertThat(r.id().text()).isEqualTo("r1");
    assertThat(r.unknownElements()).extracting(Token::text).containsExactly("AllowedOrigin");
    assertThat(r.unknownElements().get(0).range()).isEqualTo(rule.entries().get(6).key().range());
  }

  @Test
  void cliDocument() {
    MappingNode empty = map();
    MappingNode rule = map("AllowedOrigins", strs("https://a.example"), "AllowedMethods", strs("GET"));
    MappingNode root = map("CORSRules", seq(rule, empty, s("oops")));
    assertThat(CorsJsonReader.isCorsDocument(root)).isTrue();
    CorsConfiguration c = CorsJsonReader.fromDocument(root);
    assertThat(c.carrier()).isEqualTo(Carrier.CLI_JSON);
    assertThat(c.anchor()).isEqualTo(root.entries().get(0).key().range());
    assertThat(c.rules()).hasSize(3);
    assertThat(c.rules().get(0).origins()).extracting(Token::text).containsExactly("https://a.example");
    assertThat(c.rules().get(1).anchor()).isEqualTo(empty.range());
    assertThat(c.rules().get(1).origins()).isEmpty();
    assertThat(c.rules().get(2).methods()).isEmpty();
  }

  @Test
  void cliDocumentWithNonListRules() {
    CorsConfiguration c = CorsJsonReader.fromDocument(map("CORSRules", s("x")));
    assertThat(c.carrier()).isEqualTo(Carrier.CLI_JSON);
    assertThat(c.rules()).isEmpty();
  }

  @Test
  void scalarFieldValuesAndNullsInJson() {
    MappingNode rule = map("AllowedOrigins", s("*"), "AllowedMethods",
        seq(s("GET"), new ScalarNode("null", ScalarNode.Type.NULL, next(4)), map()));
    CorsRule r = CorsJsonReader.fromDocument(seq(rule)).rules().get(0);
    assertThat(r.origins()).extracting(Token::text).containsExactly("*");
    assertThat(r.methods()).extracting(Token::text).containsExactly("GET");
  }

  @Test
  void notCorsDocuments() {
    assertThat(CorsJsonReader.isCorsDocument(seq())).isFalse();
    assertThat(CorsJsonReader.isCorsDocument(seq(s("a")))).isFalse();
    assertThat(CorsJsonReader.isCorsDocument(seq(map("Statement", strs())))).isFalse();
    assertThat(CorsJsonReader.isCorsDocument(map("Statement", strs()))).isFalse();
    assertThat(CorsJsonReader.isCorsDocument(s("x"))).isFalse();
    assertThat(CorsJsonReader.isCorsDocument(null)).isFalse();
    assertThat(CorsJsonReader.fromDocument(map("Version", s("2012-10-17")))).isNull();
    assertThat(CorsJsonReader.fromDocument(seq())).isNull();
    assertThat(CorsJsonReader.isCorsDocument(seq(map("AllowedMethods", strs("GET"))))).isTrue();
  }

  @Test
  void templatePropertyUsesTemplateNames() {
    MappingNode rule = map(
        "Id", s("t1"),
        "AllowedOrigins", strs("https://x.example"),
        "AllowedMethods", strs("GET"),
        "AllowedHeaders", strs("*"),
        "ExposedHeaders", strs("ETag"),
        "MaxAge", num("600"),
        "ExposeHeaders", strs("wrong-name"),
        "MaxAgeSeconds", num("1"));
    MappingNode.Entry entry = new MappingNode.Entry(s("CorsConfiguration"), map("CorsRules", seq(rule)));
    CorsConfiguration c = CorsJsonReader.fromTemplate(entry, "Bucket", CorsJsonReader::literalStrings);
    assertThat(c.carrier()).isEqualTo(Carrier.TEMPLATE);
    assertThat(c.logicalId()).isEqualTo("Bucket");
    assertThat(c.anchor()).isEqualTo(entry.key().range());
    CorsRule r = c.rules().get(0);
    assertThat(r.anchor()).isEqualTo(rule.entries().get(0).key().range());
    assertThat(r.id().text()).isEqualTo("t1");
    assertThat(r.exposeHeaders()).extracting(Token::text).containsExactly("ETag");
    assertThat(r.maxAge().text()).isEqualTo("600");
    assertThat(r.unknownElements()).extracting(Token::text).containsExactly("ExposeHeaders", "MaxAgeSeconds");
  }

  @Test
  void templateEvaluatorIsCalledOnTheFieldNodeItself() {
    IntrinsicNode choice = new IntrinsicNode("Fn::If",
        seq(s("IsProd"), strs("https://prod.example"), strs("*")), next(5));
    IntrinsicNode maxAge = new IntrinsicNode("Ref", s("MaxAgeParam"), next(3));
    MappingNode rule = map("AllowedOrigins", choice, "AllowedMethods", strs("GET"), "MaxAge", maxAge);
    IntrinsicNode conditionalRule = new IntrinsicNode("Fn::If", seq(), next(5));
    MappingNode.Entry entry = new MappingNode.Entry(s("CorsConfiguration"),
        map("CorsRules", seq(rule, conditionalRule)));
    List<Node> seen = new ArrayList<>();
    Function<Node, List<Token>> evaluator = n -> {
      seen.add(n);
      if (n == choice) {
        return List.of(new Token("https://prod.example", n.range()), new Token("*", n.range()));
      }
      if (n == maxAge) {
        return List.of(new Token("3600", n.range()));
      }
      return CorsJsonReader.literalStrings(n);
    };
    CorsConfiguration c = CorsJsonReader.fromTemplate(entry, "B", evaluator);
    assertThat(seen).contains(choice, maxAge);
    assertThat(c.rules()).hasSize(1);
    CorsRule r = c.rules().get(0);
    assertThat(r.origins()).extracting(Token::text).containsExactly("https://prod.example", "*");
    assertThat(r.hasWildcardOrigin()).isTrue();
    assertThat(r.maxAge().text()).isEqualTo("3600");
    assertThat(r.methods()).extracting(Token::text).containsExactly("GET");
  }

  @Test
  void literalStringsIgnoreIntrinsicsAndMappings() {
    assertThat(CorsJsonReader.literalStrings(new IntrinsicNode("Ref", s("P"), next(3)))).isEmpty();
    assertThat(CorsJsonReader.literalStrings(map("a", s("b")))).isEmpty();
    assertThat(CorsJsonReader.literalStrings(s("x"))).extracting(Token::text).containsExactly("x");
  }

  @Test
  void templateWithoutRulesOrWithIntrinsicValue() {
    MappingNode.Entry intrinsic = new MappingNode.Entry(s("CorsConfiguration"),
        new IntrinsicNode("Fn::If", seq(), next(5)));
    assertThat(CorsJsonReader.fromTemplate(intrinsic, "B", null).rules()).isEmpty();
    MappingNode.Entry noRules = new MappingNode.Entry(s("CorsConfiguration"), map());
    CorsConfiguration c = CorsJsonReader.fromTemplate(noRules, "B", CorsJsonReader::literalStrings);
    assertThat(c.rules()).isEmpty();
    assertThat(c.carrier()).isEqualTo(Carrier.TEMPLATE);
  }
}
