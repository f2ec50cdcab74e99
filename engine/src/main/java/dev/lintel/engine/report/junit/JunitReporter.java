package dev.lintel.engine.report.junit;

import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.engine.RuleInfo;
import dev.lintel.engine.report.Reporter;
import dev.lintel.model.TextRange;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML for CI test dashboards: one {@code testsuite} per rule that ran (sorted by id), one
 * {@code testcase} per finding named {@code file:line:col}, with a {@code failure} for an active
 * finding and {@code skipped} for a suppressed one; a rule without findings has one passing
 * testcase. Characters XML 1.0 cannot carry are dropped.
 */
public final class JunitReporter implements Reporter {

  @Override
  public void write(AnalysisResult result, Writer out) throws IOException {
    Map<String, List<Finding>> byRule = new TreeMap<>();
    for (RuleInfo r : result.rules()) {
      byRule.computeIfAbsent(r.id(), k -> new ArrayList<>());
    }
    for (Finding f : result.findings()) {
      byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
    }
    int tests = 0;
    int failures = 0;
    int skipped = 0;
    for (List<Finding> fs : byRule.values()) {
      tests += Math.max(1, fs.size());
      failures += (int) fs.stream().filter(f -> !f.isSuppressed()).count();
      skipped += (int) fs.stream().filter(Finding::isSuppressed).count();
    }
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"Lintel\" tests=\"").append(tests).append("\" failures=\"").append(failures)
        .append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
    byRule.forEach((rule, fs) -> suite(xml, rule, fs));
    xml.append("</testsuites>\n");
    out.write(xml.toString());
    out.flush();
  }

  private static void suite(StringBuilder xml, String rule, List<Finding> findings) {
    long failures = findings.stream().filter(f -> !f.isSuppressed()).count();
    xml.append("  <testsuite name=\"").append(attr(rule)).append("\" tests=\"").append(Math.max(1, findings.size()))
        .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"")
        .append(findings.size() - failures).append("\">\n");
    if (findings.isEmpty()) {
      xml.append("    <testcase name=\"").append(attr(rule)).append("\" classname=\"").append(attr(rule))
          .append("\"/>\n");
    }
    for (Finding f : findings) {
      String where = where(f);
      xml.append("    <testcase name=\"").append(attr(where)).append("\" classname=\"").append(attr(rule))
          .append("\" file=\"").append(attr(f.location().uri())).append("\">\n");
      if (f.isSuppressed()) {
        String why = f.suppression().justification();
        xml.append("      <skipped message=\"").append(attr("suppressed" + (why == null ? "" : ": " + why)))
            .append("\"/>\n");
      } else {
        xml.append("      <failure message=\"").append(attr(where + ": " + f.message())).append("\" type=\"")
            .append(f.level().id()).append("\">").append(text(details(f, where))).append("</failure>\n");
      }
      xml.append("    </testcase>\n");
    }
    xml.append("  </testsuite>\n");
  }

  private static String where(Finding f) {
    TextRange r = f.location().range();
    return f.location().uri() + ":" + r.startLine() + ":" + r.startColumn();
  }

  private static String details(Finding f, String where) {
    StringBuilder s = new StringBuilder();
    s.append(where).append(": ").append(f.level().id()).append('[').append(f.ruleId()).append("] ")
        .append(f.message()).append('\n').append(f.rule().title());
    if (f.logicalLocation() != null) {
      s.append("\nat ").append(f.logicalLocation());
    }
    for (Finding.Related rel : f.related()) {
      TextRange r = rel.location().range();
      s.append('\n').append(rel.location().uri()).append(':').append(r.startLine()).append(':')
          .append(r.startColumn()).append(": ").append(rel.message());
    }
    return s.toString();
  }

  /** Escapes element text. */
  static String text(String s) {
    return escape(s, false);
  }

  /** Escapes an attribute value (line breaks and tabs kept as character references). */
  static String attr(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
