package dev.lintel.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one {@link Analysis} run, in deterministic order: findings sorted by file uri,
 * line, column and rule id; {@code rules} are the rules that ran, sorted by id.
 *
 * @param root the scan root that finding uris are relative to
 * @param filesAnalyzed how many files were parsed and checked
 */
public record AnalysisResult(Path root, List<Finding> findings, List<RuleInfo> rules, int filesAnalyzed) {

  public AnalysisResult {
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
  }

  /** Findings that are not suppressed. */
  public List<Finding> activeFindings() {
    return findings.stream().filter(f -> !f.isSuppressed()).toList();
  }
}
