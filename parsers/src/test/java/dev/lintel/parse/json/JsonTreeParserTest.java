package dev.lintel.parse.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.Problem;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.Parsed;
import org.junit.jupiter.api.Test;

class JsonTreeParserTest {

  private static Parsed<Node> parse(String text) {
    return JsonTreeParser.parse(text, ParseLimits.DEFAULT);
  }

  private static String r(Node n) {
    return n.range().toString();
  }

  @Test
  void rangesOfKeysScalarsMappingsAndSequences() {
    Parsed<Node> p = parse("{\"a\": 1.50,\n \"b\": [true, null, \"x\"]}");
    assertThat(p.problems()).isEmpty();
    MappingNode root = p.value().asMapping();
    assertThat(r(root)).isEqualTo("1:1-2:25");
    assertThat(r(root.entries().get(0).key())).isEqualTo("1:2-1:5");
    ScalarNode a = root.get("a").asScalar();
    assertThat(a.value()).isEqualTo("1.50");
    assertThat(a.type()).isEqualTo(ScalarNode.Type.NUMBER);
    assertThat(r(a)).isEqualTo("1:7-1:11");
    SequenceNode b = root.get("b").asSequence();
    assertThat(r(b)).isEqualTo("2:7-2:24");
    assertThat(b.items()).extracting(n -> ((ScalarNode) n).type()).containsExactly(
        ScalarNode.Type.BOOLEAN, ScalarNode.Type.NULL, ScalarNode.Type.STRING);
    assertThat(r(b.items().get(2))).isEqualTo("2:20-2:23");
  }

  @Test
  void crlfAndLoneCrAndTabs() {
    Parsed<Node> p = parse("{\r\n\t\"a\":\r\"v\"\r\n}");
    MappingNode root = p.value().asMapping();
    assertThat(r(root.entries().get(0).key())).isEqualTo("2:2-2:5");
    assertThat(r(root.get("a"))).isEqualTo("3:1-3:4");
    assertThat(r(root)).isEqualTo("1:1-4:2");
  }

  @Test
  void multiByteColumnsInUtf16UnitsAndBomSkipped() {
    Parsed<Node> p = parse("\uFEFF{\"é\": \"日本\", \"😀\": \"😀x\", \"z\": 1}");
    MappingNode root = p.value().asMapping();
    assertThat(r(root)).isEqualTo("1:1-1:33");
    assertThat(r(root.entries().get(0).key())).isEqualTo("1:2-1:5");
    assertThat(r(root.get("é"))).isEqualTo("1:7-1:11");
    assertThat(r(root.entries().get(1).key())).isEqualTo("1:13-1:17");
    assertThat(r(root.get("😀"))).isEqualTo("1:19-1:24");
    assertThat(r(root.get("z"))).isEqualTo("1:31-1:32");
  }

  @Test
  void emptyDocumentIsAParseError() {
    Parsed<Node> p = parse("  \n");
    assertThat(p.value()).isNull();
    assertThat(p.problems()).singleElement().satisfies(pr -> {
      assertThat(pr.ruleId()).isEqualTo("PARSE_ERROR");
      assertThat(pr.message()).contains("empty");
      assertThat(pr.range().startLine()).isEqualTo(2);
    });
  }

  @Test
  void longFormIntrinsicCoversTheObject() {
    Parsed<Node> p = parse("{\"k\": {\"Fn::GetAtt\": [\"R\", \"Arn\"]}, \"r\": {\"Ref\": \"X\"}}");
    MappingNode root = p.value().asMapping();
    IntrinsicNode getAtt = (IntrinsicNode) root.get("k");
    assertThat(getAtt.function()).isEqualTo("Fn::GetAtt");
    assertThat(r(getAtt)).isEqualTo("1:7-1:35");
    assertThat(getAtt.argument().asSequence().items()).hasSize(2);
    IntrinsicNode ref = (IntrinsicNode) root.get("r");
    assertThat(ref.argument().text()).isEqualTo("X");
    assertThat(r(ref.argument())).isEqualTo("1:50-1:53");
  }

  @Test
  void duplicateKeysAreReportedAtTheSecondAndBothKept() {
    Parsed<Node> p = parse("{\"a\": 1,\n \"a\": 2}");
    assertThat(p.value().asMapping().entries()).hasSize(2);
    assertThat(p.problems()).singleElement().satisfies(pr -> {
      assertThat(pr.ruleId()).isEqualTo(Problem.PARSE_ERROR);
      assertThat(pr.message()).isEqualTo("duplicate key 'a' (first at line 1)");
      assertThat(pr.range().toString()).isEqualTo("2:2-2:5");
    });
  }

  @Test
  void commentsAndTrailingCommasAreReportedAndTheTreeIsBuilt() {
    String text = "// head\n{\"a\": [1, 2,], /* \"//\" */ \"s\": \"// not a comment,\",\n}";
    Parsed<Node> p = parse(text);
    MappingNode root = p.value().asMapping();
    assertThat(root.keys()).containsExactly("a", "s");
    assertThat(root.get("s").text()).isEqualTo("// not a comment,");
    assertThat(root.get("a").asSequence().items()).hasSize(2);
    assertThat(p.problems()).extracting(pr -> pr.message() + " @" + pr.range()).containsExactly(
        "comments are not allowed in JSON @1:1-1:8",
        "trailing comma is not allowed in JSON @2:12-2:13",
        "comments are not allowed in JSON @2:16-2:26",
        "trailing comma is not allowed in JSON @2:51-2:52");
    assertThat(p.problems()).allMatch(pr -> pr.ruleId().equals(Problem.PARSE_ERROR));
  }

  @Test
  void syntaxErrorsAtTheFailingPositionWithCleanMessage() {
    Parsed<Node> p = parse("{\n  \"a\": 1,\n  \"b\": }");
    assertThat(p.problems()).singleElement().satisfies(pr -> {
      assertThat(pr.ruleId()).isEqualTo(Problem.PARSE_ERROR);
      assertThat(pr.range().toString()).isEqualTo("3:8-3:9");
      assertThat(pr.message()).startsWith("Unexpected character ('}'").doesNotContain("Source");
    });
    assertThat(p.value().asMapping().get("a").text()).isEqualTo("1");
  }

  @Test
  void unexpectedEndOfInputKeepsThePartialTree() {
    Parsed<Node> p = parse("[1, 2");
    assertThat(p.value().asSequence().items()).hasSize(2);
    assertThat(p.problems()).singleElement().satisfies(pr -> {
      assertThat(pr.range().toString()).isEqualTo("1:6-1:7");
      assertThat(pr.message()).doesNotContain("[Source");
    });
  }

  @Test
  void contentAfterTheRootValueIsAnError() {
    Parsed<Node> p = parse("{} {}");
    assertThat(p.problems()).extracting(pr -> pr.range().toString()).containsExactly("1:4-1:5");
  }

  @Test
  void deepNestingGivesOneLimitProblemAndNoStackOverflow() {
    Parsed<Node> p = parse("[".repeat(60_000));
    assertThat(p.problems()).singleElement().satisfies(pr -> {
      assertThat(pr.ruleId()).isEqualTo(Problem.INPUT_LIMIT_EXCEEDED);
      assertThat(pr.message()).contains("maxDepth");
      assertThat(pr.range().toString()).isEqualTo("1:501-1:502");
    });
    assertThat(p.value()).isInstanceOf(SequenceNode.class);
  }

  @Test
  void nestingAtTheLimitIsAccepted() {
    ParseLimits limits = new ParseLimits(1 << 20, 3, 100, 1, 1);
    assertThat(JsonTreeParser.parse("[[[1]]]", limits).problems()).isEmpty();
    assertThat(JsonTreeParser.parse("[[[[1]]]]", limits).problems())
        .extracting(Problem::ruleId).containsExactly(Problem.INPUT_LIMIT_EXCEEDED);
  }

  @Test
  void longNumbersAndStringsAreNotRejectedByJacksonDefaults() {
    String digits = "1".repeat(5_000);
    Parsed<Node> p = parse("[" + digits + "]");
    assertThat(p.problems()).isEmpty();
    assertThat(p.value().asSequence().items().get(0).text()).isEqualTo(digits);
  }

  @Test
  void escapedQuotesDoNotEndStringsEarly() {
    Parsed<Node> p = parse("{\"a\\\"b\": \"x\\\\\", \"c\": 1}");
    MappingNode root = p.value().asMapping();
    assertThat(root.keys()).containsExactly("a\"b", "c");
    assertThat(r(root.entries().get(0).key())).isEqualTo("1:2-1:8");
    assertThat(r(root.get("a\"b"))).isEqualTo("1:10-1:15");
    assertThat(p.problems()).isEmpty();
  }
}
