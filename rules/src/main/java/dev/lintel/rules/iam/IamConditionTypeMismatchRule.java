package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.Condition;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.parse.data.IamCatalogue.ConditionKey;

/**
 * Reports a condition whose operator does not fit the key's catalogue type, a value the operator
 * cannot parse, a misused {@code Null} or multi-valued {@code Bool}, and (as a note) String
 * operators on ARN keys. Unknown operators are left to IAM_CONDITION_OPERATOR_UNKNOWN.
 */
@RuleMeta(id = "IAM_CONDITION_TYPE_MISMATCH", title = "Condition operator or value does not fit the key type",
    severity = Severity.ERROR, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"correctness"},
    aliases = {"MISMATCHED_TYPE", "MISMATCHED_TYPE_BUT_USABLE", "MISMATCHED_TYPE_OPERATION_TO_NULL",
        "DATA_TYPE_MISMATCH", "INVALID_CONDITION_DATA_TYPE", "INVALID_CONDITION_MULTIPLE_BOOLEAN", "NULL_WITH_IF_EXISTS",
        "INVALID_VPC_FORMAT", "INVALID_VPCE_FORMAT", "TYPE_MISMATCH"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html")
public final class IamConditionTypeMismatchRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      for (Condition c : st.conditions()) {
        String family = ConditionTypes.family(c.operator());
        if (family == null) {
          continue;
        }
        boolean setOperator = c.operator().startsWith("ForAllValues:") || c.operator().startsWith("ForAnyValue:");
        if (family.equals("Null") && (c.ifExists() || setOperator)) {
          ctx.report(c.operatorKey(), "Operator '" + c.operator() + "' is invalid: Null cannot be combined with "
              + (c.ifExists() ? "IfExists" : "ForAllValues/ForAnyValue"));
        } else if (family.equals("Bool") && c.values().size() > 1) {
          ctx.report(c.operatorKey(), "Bool condition on '" + c.key() + "' has " + c.values().size()
              + " values; it takes exactly one");
        }
        ConditionKey def = family.equals("Null") ? null : IamActions.catalogue().conditionKey(c.key());
        if (def != null && !ConditionTypes.compatible(family, def.baseType(), c.keyLower())) {
          ctx.report(c.keyNode(), "Operator '" + c.operator() + "' does not fit '" + c.key() + "', whose type is "
              + def.type());
        } else if (def != null && family.equals("String") && def.baseType().equals("ARN")) {
          ctx.report(c.keyNode(), "'" + c.key() + "' is an ARN key: use ArnEquals or ArnLike instead of '"
              + c.operator() + "'").level(Severity.NOTE);
        }
        for (PolicyValue v : c.values()) {
          String problem = v.known() && !v.text().contains("${")
              ? ConditionTypes.valueProblem(family, c.keyLower(), v.text()) : null;
          if (problem != null) {
            ctx.report(v.anchor(), "Value '" + v.text() + "' of " + c.operator() + " on '" + c.key() + "' " + problem
                + v.originSuffix());
          }
        }
      }
    });
  }
}
