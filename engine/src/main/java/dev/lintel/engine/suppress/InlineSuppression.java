package dev.lintel.engine.suppress;

import dev.lintel.engine.RuleInfo;
import dev.lintel.model.TextRange;
import java.util.List;

/**
 * A {@code lintel:ignore ID[,ID...] -- reason} comment, a template Metadata ignore entry, or a
 * peer tool's suppression (checkov, cfn_nag, KICS; {@code peer} is true). It suppresses matching
 * findings whose first line lies in {@code [firstLine, lastLine]}. The id {@code *} matches every
 * rule. Unused peer suppressions are not reported: they may still serve the peer tool.
 */
public record InlineSuppression(List<String> ruleIds, String reason, TextRange range, int firstLine, int lastLine,
    boolean peer) {

  /** Matches every rule. */
  public static final String ANY = "*";

  public InlineSuppression {
    ruleIds = List.copyOf(ruleIds);
  }

  /** A Lintel suppression. */
  public InlineSuppression(List<String> ruleIds, String reason, TextRange range, int firstLine, int lastLine) {
    this(ruleIds, reason, range, firstLine, lastLine, false);
  }

  public boolean covers(int line) {
    return line >= firstLine && line <= lastLine;
  }

  /** True when one of the ids names {@code rule} (its id or an alias), or is {@link #ANY}. */
  public boolean appliesTo(RuleInfo rule) {
    return ruleIds.stream().anyMatch(id -> id.equals(ANY) || rule.answersTo(id));
  }
}
