package dev.lintel.engine;

import dev.lintel.model.TextRange;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.parse.ParsedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the findings of all rules on one file; one {@link RuleContext} per rule. */
final class FindingCollector {

  private final ParsedFile file;
  private final Path root;
  private final Map<String, Map<String, Object>> optionsByRule;
  private final List<Draft> drafts = new ArrayList<>();

  FindingCollector(ParsedFile file, Path root, Map<String, Map<String, Object>> optionsByRule) {
    this.file = file;
    this.root = root;
    this.optionsByRule = optionsByRule;
  }

  RuleContext contextFor(RuleInfo rule) {
    return new RuleContext() {
      @Override public ParsedFile file() {
        return file;
      }

      @Override public Map<String, Object> options() {
        return optionsByRule.getOrDefault(rule.id(), Map.of());
      }

      @Override public Report report(TextRange range, String message) {
        return add(rule, file.path(), range, message);
      }

      @Override public Report report(Path other, TextRange range, String message) {
        return add(rule, other, range, message);
      }
    };
  }

  Draft add(RuleInfo rule, Path path, TextRange range, String message) {
    Draft d = new Draft(rule, path == null ? file.path() : path, range, message);
    drafts.add(d);
    return d;
  }

  /** The findings, with uris, logical locations and fingerprints filled in. */
  List<Finding> findings() {
    List<Finding> out = new ArrayList<>(drafts.size());
    String[] lines = drafts.isEmpty() ? new String[0] : Fingerprints.lines(file.text());
    for (Draft d : drafts) {
      boolean sameFile = d.path.equals(file.path());
      String uri = sameFile ? file.uri() : Analysis.uri(root, d.path);
      String logical = d.logical != null ? d.logical : sameFile ? logicalLocation(d.range) : null;
      String snippet = sameFile ? Fingerprints.snippet(lines, d.range) : d.message;
      Location loc = new Location(d.path, uri, d.range);
      out.add(new Finding(d.rule, d.level, d.message, loc, d.related, logical,
          Fingerprints.of(d.rule.id(), uri, logical, snippet), null));
    }
    return out;
  }

  private String logicalLocation(TextRange range) {
    for (CfnTemplate t : file.templates()) {
      String l = LogicalLocations.of(t, range);
      if (l != null) {
        return l;
      }
    }
    return null;
  }

  final class Draft implements RuleContext.Report {
    private final RuleInfo rule;
    private final Path path;
    private final TextRange range;
    private final String message;
    private Severity level;
    private String logical;
    private final List<Finding.Related> related = new ArrayList<>();

    Draft(RuleInfo rule, Path path, TextRange range, String message) {
      this.rule = rule;
      this.path = path;
      this.range = range;
      this.message = message;
      this.level = rule.severity();
    }

    @Override public Draft level(Severity l) {
      this.level = l;
      return this;
    }

    @Override public Draft related(TextRange r, String msg) {
      related.add(new Finding.Related(new Location(file.path(), file.uri(), r), msg));
      return this;
    }

    @Override public Draft logical(String l) {
      this.logical = l;
      return this;
    }
  }
}
