package dev.lintel.rules.engine;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;

/** Reported by the engine itself (see {@link dev.lintel.engine.Analysis}); subscribes to nothing. */
@RuleMeta(id = "INPUT_LIMIT_EXCEEDED", title = "Input exceeds a safety limit", severity = Severity.WARNING, category = Category.ENGINE,
    tags = {"correctness"})
public final class InputLimitExceededRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    // findings of this rule come from parsing, reading and suppression matching, not from a hook
  }
}
