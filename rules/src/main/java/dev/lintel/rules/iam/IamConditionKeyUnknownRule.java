package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.Condition;
import dev.lintel.model.policy.Statement;
import dev.lintel.parse.data.IamCatalogue;
import dev.lintel.parse.data.IamCatalogue.Action;
import dev.lintel.rules.s3.S3PolicySseValueInvalidRule;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reports a condition key that is not a global key, not defined by any service, or defined but
 * used by none of the statement's actions. Keys of web identity providers ({@code <host>:sub}) are
 * not judged; near-misses of the S3 encryption keys are left to S3_POLICY_SSE_VALUE_INVALID.
 */
@RuleMeta(id = "IAM_CONDITION_KEY_UNKNOWN", title = "Condition key is unknown or unsupported by the statement's actions",
    severity = Severity.WARNING, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"correctness"},
    aliases = {"UNKNOWN_CONDITION_FOR_ACTION", "INVALID_GLOBAL_CONDITION_KEY", "INVALID_SERVICE_CONDITION_KEY",
        "INVALID_CONDITION_KEY_FORMAT", "UNSUPPORTED_GLOBAL_CONDITION_KEY", "UNSUPPORTED_ACTION_FOR_CONDITION_KEY",
        "MISSING_ACTION_FOR_CONDITION_KEY"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html")
public final class IamConditionKeyUnknownRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      IamCatalogue cat = IamActions.catalogue();
      for (Condition c : st.conditions()) {
        String key = c.key();
        if (S3PolicySseValueInvalidRule.nearMiss(c.keyLower()) != null || cat.globalKey(key) != null) {
          continue;
        }
        int colon = key.indexOf(':');
        String prefix = colon > 0 ? key.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (prefix.equals("aws")) {
          String near = IamActions.closest(key, cat.globalKeys().stream().map(k -> k.name()).toList(), 2);
          ctx.report(c.keyNode(), "'" + key + "' is not a global condition key"
              + (near == null ? "" : " (did you mean '" + near + "'?)"));
        } else if (prefix.isEmpty() || (cat.service(prefix) == null && !cat.isKeyPrefix(prefix) && !prefix.contains("."))) {
          ctx.report(c.keyNode(), "Condition key '" + key + "' has no known service prefix");
        } else if (!prefix.contains(".") && cat.conditionKey(key) == null) {
          ctx.report(c.keyNode(), "Condition key '" + key + "' is not defined by service " + prefix);
        } else if (!prefix.contains(".")) {
          List<Action> unsupported = unsupportedBy(st, key);
          if (!unsupported.isEmpty()) {
            ctx.report(c.keyNode(), "Condition key '" + key + "' applies to none of the statement's actions ("
                + IamActions.list(unsupported, 5) + "), so the condition never matches");
          }
        }
      }
    });
  }

  /** The statement's actions when none of them supports {@code key}; empty when one does or unknowable. */
  private static List<Action> unsupportedBy(Statement st, String key) {
    if (IamActions.allOrComplement(st) || IamActions.hasUnknown(st)) {
      return List.of();
    }
    Set<Action> actions = IamActions.of(st);
    return actions.stream().anyMatch(a -> a.supportsConditionKey(key)) ? List.of() : List.copyOf(actions);
  }
}
