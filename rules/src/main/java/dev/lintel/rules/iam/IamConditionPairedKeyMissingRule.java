package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.Condition;

/**
 * Reports a statement that tests {@code aws:VpcSourceIp} without {@code aws:SourceVpc} or
 * {@code aws:SourceVpce}: the same private address can exist in any VPC.
 */
@RuleMeta(id = "IAM_CONDITION_PAIRED_KEY_MISSING", title = "Condition key used without its required companion",
    severity = Severity.WARNING, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"}, aliases = {"MISSING_PAIRED_CONDITION_KEYS"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-vpcsourceip")
public final class IamConditionPairedKeyMissingRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      boolean paired = st.conditions().stream()
          .anyMatch(c -> c.keyLower().equals("aws:sourcevpc") || c.keyLower().equals("aws:sourcevpce"));
      if (paired) {
        return;
      }
      for (Condition c : st.conditions()) {
        if (c.keyLower().equals("aws:vpcsourceip")) {
          ctx.report(c.keyNode(), "Condition on " + c.key() + " without aws:SourceVpc or aws:SourceVpce: the same"
              + " private address can exist in any VPC, so pair it with the VPC or VPC endpoint id");
        }
      }
    });
  }
}
