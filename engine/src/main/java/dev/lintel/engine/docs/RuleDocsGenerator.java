package dev.lintel.engine.docs;

import dev.lintel.engine.RuleInfo;
import dev.lintel.model.FileKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Generates {@code docs/rules/}: an index and one page per rule, from {@link RuleInfo} (the
 * annotation and the prose of {@code rules/docs/<ID>.md}) and the rule's tested fixtures with
 * their expectation markers stripped. One source, so the docs cannot disagree with the code.
 */
public final class RuleDocsGenerator {

  /** A fixture file shown as an example. */
  public record Example(String fileName, String content) {}

  private static final Pattern MARKER = Pattern.compile(
      "[ \\t]*(?:#|//|<!--)\\s*expect(?:@[+-]\\d+)?:\\s*[A-Z][A-Z0-9_]*(?:\\s*\\{\\{.*?}})?[ \\t]*(?:-->)?");

  private static final int MAX_EXAMPLE_LINES = 80;
  private static final int SHOWN_LINES = 20;

  private RuleDocsGenerator() {}

  /** File name → content of every generated page. */
  public static Map<String, String> generate(List<RuleInfo> rules, Map<String, List<Example>> examples) {
    List<RuleInfo> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(RuleInfo::id));
    Map<String, String> out = new LinkedHashMap<>();
    out.put("README.md", index(sorted));
    for (RuleInfo r : sorted) {
      out.put(r.id() + ".md", page(r, examples.getOrDefault(r.id(), List.of())));
    }
    return out;
  }

  private static String index(List<RuleInfo> rules) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Lintel rules\n\n");
    sb.append("Generated from the rule classes, `rules/docs/` and the tested fixtures; do not edit by hand\n");
    sb.append("(`mvn -pl rules test -Ddocs.update=true` regenerates it).\n\n");
    sb.append(rules.size()).append(" rules.\n\n");
    sb.append("| Rule | Severity | Files | Title |\n|---|---|---|---|\n");
    for (RuleInfo r : rules) {
      sb.append("| [").append(r.id()).append("](").append(r.id()).append(".md) | ")
          .append(r.severity().id()).append(" | ").append(kinds(r)).append(" | ")
          .append(r.title()).append(" |\n");
    }
    return sb.toString();
  }

  private static String page(RuleInfo r, List<Example> examples) {
    StringBuilder sb = new StringBuilder();
    String doc = r.docMarkdown().strip();
    String body = doc.startsWith("# ") ? doc.substring(doc.indexOf('\n') + 1).strip() : doc;
    sb.append("# ").append(r.id()).append(": ").append(r.title()).append("\n\n");
    sb.append("| | |\n|---|---|\n");
    sb.append("| Severity | ").append(r.severity().id()).append(" |\n");
    sb.append("| Category | ").append(r.category()).append(" |\n");
    sb.append("| Files | ").append(kinds(r)).append(" |\n");
    if (!r.tags().isEmpty()) {
      sb.append("| Tags | ").append(String.join(", ", r.tags())).append(" |\n");
    }
    if (!r.aliases().isEmpty()) {
      sb.append("| Aliases | ").append(String.join(", ", r.aliases().stream().map(a -> "`" + a + "`").toList()))
          .append(" |\n");
    }
    if (!r.helpUri().isEmpty()) {
      sb.append("| Reference | ").append(r.helpUri()).append(" |\n");
    }
    sb.append('\n').append(body.isEmpty() ? r.title() : body).append("\n");
    if (!examples.isEmpty()) {
      sb.append("\n## Examples\n\nThese are the rule's test fixtures.\n");
      for (Example e : examples) {
        sb.append("\n### ").append(e.fileName().startsWith("compliant") ? "Compliant" : "Noncompliant")
            .append(": `").append(e.fileName()).append("`\n\n```").append(language(e.fileName())).append('\n')
            .append(shorten(stripMarkers(e.content())));
        if (!e.content().endsWith("\n")) {
          sb.append('\n');
        }
        sb.append("```\n");
      }
    }
    return sb.toString();
  }

  /**
   * A fixture of more than {@value #MAX_EXAMPLE_LINES} lines (e.g. one that tests a size limit)
   * cut to its first {@value #SHOWN_LINES} lines and a note saying how many were left out.
   */
  public static String shorten(String text) {
    String[] lines = text.split("\n", -1);
    int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
    if (count <= MAX_EXAMPLE_LINES) {
      return text;
    }
    return String.join("\n", Arrays.asList(lines).subList(0, SHOWN_LINES))
        + "\n... (" + (count - SHOWN_LINES) + " more lines in the fixture)\n";
  }

  /** The fixture text without its expectation markers (and the spaces before them). */
  public static String stripMarkers(String content) {
    return MARKER.matcher(content).replaceAll("");
  }

  private static String language(String fileName) {
    if (fileName.endsWith(".json")) {
      return "json";
    }
    if (fileName.endsWith(".xml")) {
      return "xml";
    }
    if (fileName.endsWith(".conf")) {
      return "nginx";
    }
    if (fileName.endsWith(".yaml") || fileName.endsWith(".yml")) {
      return "yaml";
    }
    return "text";
  }

  private static String kinds(RuleInfo r) {
    return r.kinds().isEmpty() ? "any" : String.join(", ", r.kinds().stream().map(FileKind::id).toList());
  }
}
