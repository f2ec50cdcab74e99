package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.Condition;
import dev.lintel.model.policy.Statement;

/**
 * Reports set operators that do not restrict: {@code ForAllValues:}/{@code ForAnyValue:} on a
 * single-valued key, and an Allow with {@code ForAllValues:} on a multi-valued key that is true
 * when the key is absent (no {@code Null} = false test of the same key).
 */
@RuleMeta(id = "IAM_CONDITION_FORALLVALUES_UNSAFE", title = "Set operator used where it does not restrict",
    severity = Severity.WARNING, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"}, aliases = {"SINGLE_VALUE_CONDITION_TOO_PERMISSIVE", "FOR_ALL_VALUES_WITH_SINGLE_VALUED_KEY"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html")
public final class IamConditionForAllValuesUnsafeRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      for (Condition c : st.conditions()) {
        if (!ConditionOperators.isSetOperator(c.operator())) {
          continue;
        }
        Boolean multi = ConditionOperators.multiValued(c.key());
        if (Boolean.FALSE.equals(multi)) {
          ctx.report(c.keyNode(), c.operator() + " is used on '" + c.key() + "', a single-valued key: set operators"
              + " compare lists and do not restrict a single value as intended; use "
              + c.operator().substring(c.operator().indexOf(':') + 1));
        } else if (Boolean.TRUE.equals(multi) && st.isAllow() && c.operator().startsWith("ForAllValues:")
            && !nullFalse(st, c.keyLower())) {
          ctx.report(c.keyNode(), c.operator() + " on '" + c.key() + "' is also true when the request has no "
              + c.key() + "; add a Null condition with " + c.key() + " = false");
        }
      }
    });
  }

  private static boolean nullFalse(Statement st, String key) {
    return st.conditions().stream().anyMatch(c -> c.operator().equals("Null") && c.keyLower().equals(key)
        && c.values().stream().anyMatch(v -> v.known() && v.text().equalsIgnoreCase("false")));
  }
}
