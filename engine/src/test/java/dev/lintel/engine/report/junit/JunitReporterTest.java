package dev.lintel.engine.report.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.engine.Location;
import dev.lintel.engine.Severity;
import dev.lintel.engine.report.Fixtures;
import dev.lintel.model.TextRange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReporterTest {

  @TempDir
  Path dir;

  static String render(AnalysisResult result) throws IOException {
    StringWriter out = new StringWriter();
    new JunitReporter().write(result, out);
    return out.toString();
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void oneSuitePerRuleAndOneCasePerFinding() throws Exception {
    Document doc = parse(render(Fixtures.result(dir)));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("5");
    assertThat(root.getAttribute("failures")).isEqualTo("4");
    assertThat(root.getAttribute("skipped")).isEqualTo("1");
    NodeList suites = root.getElementsByTagName("testsuite");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < suites.getLength(); i++) {
      names.add(((Element) suites.item(i)).getAttribute("name"));
    }
    assertThat(names).containsExactly("NET_NO_LOGGING", "PARSE_ERROR", "S3_BUCKET_ACL_PUBLIC_READ");
    Element acl = (Element) suites.item(2);
    assertThat(acl.getAttribute("tests")).isEqualTo("2");
    assertThat(acl.getAttribute("failures")).isEqualTo("1");
    Element first = (Element) acl.getElementsByTagName("testcase").item(0);
    assertThat(first.getAttribute("name")).isEqualTo("templates/my bucket.yaml:2:10");
    Element failure = (Element) first.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("templates/my bucket.yaml:2:10: Bucket is public");
    assertThat(failure.getAttribute("type")).isEqualTo("error");
    assertThat(failure.getTextContent()).contains("S3 bucket ACL grants public read", "at Resources.Bucket",
        "templates/my bucket.yaml:3:13: name set here");
    Element skipped = (Element) acl.getElementsByTagName("skipped").item(0);
    assertThat(skipped.getAttribute("message")).isEqualTo("suppressed: reviewed");
  }

  @Test
  void ruleWithoutFindingsHasAPassingCase() throws Exception {
    AnalysisResult r = Fixtures.result(dir);
    AnalysisResult clean = new AnalysisResult(r.root(), List.of(), r.rules(), 1);
    Document doc = parse(render(clean));
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(2);
    assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
  }

  @Test
  void markupAndControlCharactersStayWellFormed() throws Exception {
    AnalysisResult r = Fixtures.result(dir);
    Finding f = r.findings().get(0);
    String nasty = "a <b> & \"c\" ]]> \u0001 \uFFFF \uD800 tab\there\nnew line 😀";
    Finding odd = new Finding(f.rule(), Severity.WARNING, nasty,
        new Location(f.location().file(), "dir/<&>\".yaml", new TextRange(1, 1, 1, 2)), List.of(), null, "x",
        null);
    String xml = render(new AnalysisResult(r.root(), List.of(odd), r.rules(), 1));
    Document doc = parse(xml);
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("dir/<&>\".yaml:1:1: a <b> & \"c\" ]]>    tab\there\nnew line 😀");
    assertThat(failure.getTextContent()).contains("a <b> & \"c\" ]]>");
  }
}
