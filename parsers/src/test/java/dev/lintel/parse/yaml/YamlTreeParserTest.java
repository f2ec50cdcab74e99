package dev.lintel.parse.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.Problem;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlTreeParserTest {

  private static Parsed<List<Node>> parse(String text) {
    return YamlTreeParser.parse(text, ParseLimits.DEFAULT);
  }

  private static MappingNode single(String text) {
    Parsed<List<Node>> p = parse(text);
    assertThat(p.value()).hasSize(1);
    return p.value().get(0).asMapping();
  }

  private static String r(Node n) {
    return n.range().toString();
  }

  @Test
  void rangesOfKeysScalarsMappingsAndSequences() {
    MappingNode root = single("a: 1\nb:\n  - x\n  - 'y z'\nc: {d: [1, 2]}\n");
    assertThat(r(root)).isEqualTo("1:1-5:15");
    assertThat(r(root.entries().get(0).key())).isEqualTo("1:1-1:2");
    assertThat(r(root.get("a"))).isEqualTo("1:4-1:5");
    SequenceNode b = root.get("b").asSequence();
    assertThat(r(b)).isEqualTo("3:3-4:10");
    assertThat(r(b.items().get(1))).isEqualTo("4:5-4:10");
    assertThat(b.items().get(1).asScalar().type()).isEqualTo(ScalarNode.Type.STRING);
    assertThat(b.items().get(1).text()).isEqualTo("y z");
    MappingNode c = root.mapping("c");
    assertThat(r(c)).isEqualTo("5:4-5:15");
    assertThat(r(c.get("d"))).isEqualTo("5:8-5:14");
  }

  @Test
  void plainScalarsKeepTheirTextWithoutImplicitTyping() {
    MappingNode root = single("Version: 2012-10-17\nOn: yes\nN: 010\nT: !!int 5\n");
    ScalarNode v = root.get("Version").asScalar();
    assertThat(v.value()).isEqualTo("2012-10-17");
    assertThat(v.type()).isEqualTo(ScalarNode.Type.PLAIN);
    assertThat(r(v)).isEqualTo("1:10-1:20");
    assertThat(root.get("On").text()).isEqualTo("yes");
    assertThat(root.get("N").text()).isEqualTo("010");
    assertThat(root.get("T").asScalar().type()).isEqualTo(ScalarNode.Type.PLAIN);
    assertThat(r(root.get("T"))).isEqualTo("4:10-4:11");
  }

  @Test
  void crlfAndTabs() {
    MappingNode root = single("a: 1\r\nb:\r\n  - x\r\n  - \"y\"\r\nc: a\tb\t# tab\r\nd: 1\r");
    assertThat(r(root.get("b"))).isEqualTo("3:3-4:8");
    assertThat(r(root.get("b").asSequence().items().get(1))).isEqualTo("4:5-4:8");
    assertThat(root.get("c").text()).isEqualTo("a\tb");
    assertThat(r(root.get("c"))).isEqualTo("5:4-5:7");
    assertThat(r(root.get("d"))).isEqualTo("6:4-6:5");
  }

  @Test
  void snakeYamlRejectsATabRightAfterTheColon() {
    assertThat(parse("a: 1\r\nc:\t2\r\n").problems()).extracting(pr -> pr.range().toString())
        .containsExactly("2:3-2:4");
  }

  @Test
  void multiByteColumnsInUtf16UnitsAndBomSkipped() {
    MappingNode root = single("\uFEFFé: 日本\nk😀: \"😀x\"\nz: 1\n");
    assertThat(r(root.entries().get(0).key())).isEqualTo("1:1-1:2");
    assertThat(r(root.get("é"))).isEqualTo("1:4-1:6");
    assertThat(r(root.entries().get(1).key())).isEqualTo("2:1-2:4");
    assertThat(r(root.get("k😀"))).isEqualTo("2:6-2:11");
    assertThat(r(root.get("z"))).isEqualTo("3:4-3:5");
  }

  @Test
  void emptyOrCommentOnlyInputGivesNoDocuments() {
    for (String text : List.of("", "# only a comment\n", "\uFEFF")) {
      Parsed<List<Node>> p = parse(text);
      assertThat(p.value()).isEmpty();
      assertThat(p.problems()).isEmpty();
    }
  }

  @Test
  void blockScalarRangeSpansIndicatorToEndOfContent() {
    MappingNode root = single("a: |\n  line1\n  line2\n\nb: >-\n  folded\n");
    ScalarNode a = root.get("a").asScalar();
    assertThat(a.type()).isEqualTo(ScalarNode.Type.STRING);
    assertThat(a.value()).isEqualTo("line1\nline2\n");
    assertThat(r(a)).isEqualTo("1:4-3:8");
    assertThat(r(root.get("b"))).isEqualTo("5:4-6:9");
  }

  @Test
  void shortFormTagsBecomeIntrinsicsIncludingNested() {
    MappingNode root = single("V: !If [c, !Ref a, !Sub \"x\"]\nG: !GetAtt a.b\n");
    IntrinsicNode fnIf = (IntrinsicNode) root.get("V");
    assertThat(fnIf.function()).isEqualTo("Fn::If");
    assertThat(r(fnIf)).isEqualTo("1:4-1:29");
    SequenceNode args = fnIf.argument().asSequence();
    assertThat(r(args)).isEqualTo("1:8-1:29");
    assertThat(args.items().get(0).text()).isEqualTo("c");
    IntrinsicNode ref = (IntrinsicNode) args.items().get(1);
    assertThat(ref.function()).isEqualTo("Ref");
    assertThat(r(ref)).isEqualTo("1:12-1:18");
    assertThat(r(ref.argument())).isEqualTo("1:17-1:18");
    IntrinsicNode sub = (IntrinsicNode) args.items().get(2);
    assertThat(sub.function()).isEqualTo("Fn::Sub");
    assertThat(sub.argument().asScalar().type()).isEqualTo(ScalarNode.Type.STRING);
    assertThat(r(sub.argument())).isEqualTo("1:25-1:28");
    IntrinsicNode getAtt = (IntrinsicNode) root.get("G");
    assertThat(getAtt.function()).isEqualTo("Fn::GetAtt");
    assertThat(getAtt.argument().text()).isEqualTo("a.b");
    assertThat(r(getAtt)).isEqualTo("2:4-2:15");
    assertThat(r(getAtt.argument())).isEqualTo("2:12-2:15");
  }

  @Test
  void blockArgumentOfShortTagStartsAfterTheTag() {
    MappingNode root = single("S: !If\n  - c\n  - a\n  - b\nC: !Condition X\n");
    IntrinsicNode fnIf = (IntrinsicNode) root.get("S");
    assertThat(r(fnIf)).isEqualTo("1:4-4:6");
    assertThat(r(fnIf.argument())).isEqualTo("2:3-4:6");
    assertThat(((IntrinsicNode) root.get("C")).function()).isEqualTo("Condition");
  }

  @Test
  void longFormSingleKeyMappingsAreIntrinsics() {
    MappingNode root = single("R:\n  Ref: x\nT: {Fn::Join: [\",\", [a]]}\nM:\n  Ref: x\n  Other: y\n");
    IntrinsicNode ref = (IntrinsicNode) root.get("R");
    assertThat(r(ref)).isEqualTo("2:3-2:9");
    assertThat(ref.argument().text()).isEqualTo("x");
    IntrinsicNode join = (IntrinsicNode) root.get("T");
    assertThat(join.function()).isEqualTo("Fn::Join");
    assertThat(r(join)).isEqualTo("3:4-3:26");
    assertThat(root.get("M")).isInstanceOf(MappingNode.class);
  }

  @Test
  void standardAndVerbatimTagsAreIgnored() {
    MappingNode root = single("a: !!str 5\nb: !<tag:x.org,2000:y> z\n");
    assertThat(root.get("a")).isInstanceOf(ScalarNode.class);
    assertThat(root.get("a").text()).isEqualTo("5");
    assertThat(root.get("b")).isInstanceOf(ScalarNode.class);
  }

  @Test
  void duplicateKeysAreReportedAtTheSecondAndBothKept() {
    Parsed<List<Node>> p = parse("a: 1\nb: 2\na: 3\n");
    assertThat(p.value().get(0).asMapping().entries()).hasSize(3);
    assertThat(p.problems()).singleElement().satisfies(pr -> {
      assertThat(pr.ruleId()).isEqualTo(Problem.PARSE_ERROR);
      assertThat(pr.message()).isEqualTo("duplicate key 'a' (first at line 1)");
      assertThat(pr.range().toString()).isEqualTo("3:1-3:2");
    });
  }

  @Test
  void multipleDocuments() {
    Parsed<List<Node>> p = parse("a: 1\n---\nb: 2\n...\n---\n- x\n");
    assertThat(p.problems()).isEmpty();
    assertThat(p.value()).hasSize(3);
    assertThat(r(p.value().get(1))).isEqualTo("3:1-3:5");
    assertThat(p.value().get(2)).isInstanceOf(SequenceNode.class);
  }

  @Test
  void aliasesReuseTheConvertedNode() {
    MappingNode root = single("a: &x {k: v}\nb: *x\n");
    assertThat(root.get("b")).isSameAs(root.get("a"));
    assertThat(r(root.get("a"))).isEqualTo("1:7-1:13");
    assertThat(r(root)).isEqualTo("1:1-2:6");
  }

  @Test
  void recursiveAliasesBecomeNullWithAProblem() {
    Parsed<List<Node>> p = parse("a: &a [*a]\nb: &x {c: *x}\n");
    MappingNode root = p.value().get(0).asMapping();
    ScalarNode inner = root.get("a").asSequence().items().get(0).asScalar();
    assertThat(inner.type()).isEqualTo(ScalarNode.Type.NULL);
    assertThat(root.mapping("b").get("c").asScalar().isNull()).isTrue();
    assertThat(p.problems()).extracting(pr -> pr.message() + " @" + pr.range()).containsExactly(
        "recursive alias '*a' @1:8-1:10", "recursive alias '*x' @2:11-2:13");
  }

  @Test
  void aliasBombHitsTheExpansionLimit() {
    StringBuilder text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i <= 9; i++) {
      text.append('a').append(i).append(": &a").append(i).append(" [");
      text.append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1))));
      text.append("]\n");
    }
    Parsed<List<Node>> p = parse(text.toString());
    assertThat(p.value()).isEmpty();
    assertThat(p.problems()).singleElement().satisfies(pr -> {
      assertThat(pr.ruleId()).isEqualTo(Problem.INPUT_LIMIT_EXCEEDED);
      assertThat(pr.message()).contains("maxAliasExpansion");
      assertThat(pr.range().toString()).isEqualTo("6:10-6:11");
    });
  }

  @Test
  void badTagIsAParseErrorNotAnException() {
    Parsed<List<Node>> p = parse("x: !%f y\n");
    assertThat(p.problems()).singleElement().satisfies(pr -> {
      assertThat(pr.ruleId()).isEqualTo(Problem.PARSE_ERROR);
      assertThat(pr.range().toString()).isEqualTo("1:6-1:7");
      assertThat(pr.message()).doesNotContain("\n").doesNotContain("reader");
    });
  }

  @Test
  void syntaxErrorAtTheMarkKeepsEarlierDocuments() {
    Parsed<List<Node>> p = parse("a: 1\n---\nb: [\n");
    assertThat(p.value()).hasSize(1);
    assertThat(p.problems()).singleElement().satisfies(pr -> {
      assertThat(pr.ruleId()).isEqualTo(Problem.PARSE_ERROR);
      assertThat(pr.range().toString()).isEqualTo("4:1-4:2");
    });
    assertThat(parse("a: [").problems()).extracting(pr -> pr.range().toString())
        .containsExactly("1:5-1:6");
    assertThat(parse("a: b\n c: d\n").problems()).extracting(Problem::ruleId)
        .containsExactly(Problem.PARSE_ERROR);
  }

  @Test
  void undefinedAliasIsAParseError() {
    assertThat(parse("x: *nope\n").problems()).extracting(pr -> pr.range().toString())
        .containsExactly("1:4-1:5");
  }

  @Test
  void deepNestingGivesALimitProblemAndNoException() {
    Parsed<List<Node>> p = parse("[".repeat(60_000));
    assertThat(p.value()).isEmpty();
    assertThat(p.problems()).singleElement().satisfies(pr -> {
      assertThat(pr.ruleId()).isEqualTo(Problem.INPUT_LIMIT_EXCEEDED);
      assertThat(pr.message()).contains("maxDepth");
    });
  }
}
