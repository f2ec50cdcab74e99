package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.Condition;
import dev.lintel.parse.data.IamCatalogue.Action;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reports a Deny conditioned on a tag key that some denied actions never carry: for them the key
 * is absent, the condition is false and the Deny never applies. {@code Null} and {@code ...IfExists}
 * tests are true on an absent key, so they are not reported.
 */
@RuleMeta(id = "IAM_DENY_TAG_KEY_UNSUPPORTED", title = "Deny depends on a tag key some denied actions never carry",
    severity = Severity.WARNING, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"},
    aliases = {"DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE",
        "DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html")
public final class IamDenyTagKeyUnsupportedRule implements Rule {

  private static final Pattern TAG_KEY = Pattern.compile("aws:(resourcetag|requesttag)/.+|aws:tagkeys|[a-z0-9-]+:resourcetag/.+");

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      if (!st.isDeny()) {
        return;
      }
      for (Condition c : st.conditions()) {
        if (c.baseOperator().equals("Null") || c.ifExists() || !TAG_KEY.matcher(c.keyLower()).matches()) {
          continue;
        }
        if (st.has("NotAction")) {
          ctx.report(c.keyNode(), "Deny with NotAction depends on '" + c.key() + "': it covers services without tag"
              + " support, for which the key is absent and the Deny never applies");
          continue;
        }
        List<Action> unsupported = IamActions.of(st).stream().filter(a -> !a.supportsConditionKey(c.key())).toList();
        if (!unsupported.isEmpty()) {
          ctx.report(c.keyNode(), "Deny depends on '" + c.key() + "', which " + IamActions.list(unsupported, 10)
              + " never carry: the Deny never applies to them");
        }
      }
    });
  }
}
