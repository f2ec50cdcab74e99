package dev.lintel.engine.suppress;

import dev.lintel.model.TextRange;
import java.util.List;

/**
 * A {@code lintel:ignore ID[,ID...] -- reason} comment, or a template Metadata ignore entry.
 * It suppresses matching findings whose first line lies in {@code [firstLine, lastLine]}.
 */
public record InlineSuppression(List<String> ruleIds, String reason, TextRange range, int firstLine, int lastLine) {

  public InlineSuppression {
    ruleIds = List.copyOf(ruleIds);
  }

  public boolean covers(int line) {
    return line >= firstLine && line <= lastLine;
  }
}
