package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import java.util.Locale;

/**
 * Reports a condition operator IAM does not know. Operators are case-sensitive; {@code IfExists}
 * and the {@code ForAllValues:}/{@code ForAnyValue:} prefixes are part of the grammar.
 */
@RuleMeta(id = "IAM_CONDITION_OPERATOR_UNKNOWN", title = "Condition operator does not exist",
    severity = Severity.ERROR, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"correctness"}, aliases = {"UNKNOWN_OPERATOR", "INVALID_CONDITION_OPERATOR"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html")
public final class IamConditionOperatorUnknownRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      MappingNode block = st.node().mapping("Condition");
      if (block == null) {
        return;
      }
      for (MappingNode.Entry op : block.entries()) {
        String name = op.name();
        if (ConditionOperators.isKnown(name)) {
          continue;
        }
        String hint = ConditionOperators.knownIgnoringCase(name) != null
            ? " (operators are case-sensitive: '" + ConditionOperators.knownIgnoringCase(name) + "')"
            : "";
        ctx.report(op.key(), "Condition operator '" + name + "' does not exist" + hint);
      }
    });
  }
}
