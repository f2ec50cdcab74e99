package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.Condition;
import dev.lintel.model.policy.PolicyValue;

/**
 * Reports MFA conditions that do not enforce MFA: {@code Bool} (without IfExists) on
 * {@code aws:MultiFactorAuthPresent} = false, which misses long-term keys in a Deny and grants
 * MFA-less sessions in an Allow; and an Allow with {@code Null} = false, which only tests that
 * the key exists.
 */
@RuleMeta(id = "IAM_CONDITION_MFA_BAD_PATTERN", title = "MFA condition does not enforce MFA",
    severity = Severity.WARNING, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"}, aliases = {"BAD_PATTERN_FOR_MFA"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent")
public final class IamConditionMfaBadPatternRule implements Rule {

  private static final String KEY = "aws:multifactorauthpresent";

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      for (Condition c : st.conditions()) {
        if (!c.keyLower().equals(KEY)) {
          continue;
        }
        boolean bool = c.baseOperator().equals("Bool") && !c.ifExists();
        boolean nullTest = c.baseOperator().equals("Null") && st.isAllow();
        if (!bool && !nullTest) {
          continue;
        }
        for (PolicyValue v : c.values()) {
          if (!v.known() || !v.text().equalsIgnoreCase("false")) {
            continue;
          }
          ctx.report(v.anchor(), bool
              ? c.operator() + " " + c.key() + " = false does not enforce MFA: in a Deny it skips long-term access"
                  + " keys (the key is absent), in an Allow it grants sessions without MFA; deny with BoolIfExists"
                  + " false or allow with Bool true" + v.originSuffix()
              : "Null " + c.key() + " = false only tests that the key is present, not that MFA was used; allow"
                  + " with Bool " + c.key() + " = true" + v.originSuffix());
        }
      }
    });
  }
}
