package dev.lintel.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one {@link Analysis} run, in deterministic order: findings sorted by file uri,
 * line, column and rule id; {@code rules} are the rules that ran, sorted by id.
 *
 * @param root the scan root that finding uris are relative to
 * @param filesAnalyzed how many files were parsed and checked
 * @param internalErrors failures of Lintel itself (a rule that crashed on a file); the scan went on
 */
public record AnalysisResult(Path root, List<Finding> findings, List<RuleInfo> rules, int filesAnalyzed,
    List<String> internalErrors) {

  public AnalysisResult {
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
    internalErrors = List.copyOf(internalErrors);
  }

  public AnalysisResult(Path root, List<Finding> findings, List<RuleInfo> rules, int filesAnalyzed) {
    this(root, findings, rules, filesAnalyzed, List.of());
  }

  /** Findings that are not suppressed. */
  public List<Finding> activeFindings() {
    return findings.stream().filter(f -> !f.isSuppressed()).toList();
  }
}
