package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;

/**
 * Reports an Allow statement written with NotAction (every other action, including future
 * ones) or NotResource (every other resource).
 */
@RuleMeta(id = "IAM_ALLOW_WITH_NOT_ELEMENT", title = "Allow combined with NotAction or NotResource",
    severity = Severity.WARNING, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"},
    aliases = {"NOTRESOURCE_WITH_ALLOW", "W14", "W15", "W16", "W17", "W20", "W21", "W22", "W23",
        "sns_topic_publicity_has_allow_and_not_action_simultaneously"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html")
public final class IamAllowWithNotElementRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      if (!st.isAllow()) {
        return;
      }
      MappingNode.Entry notAction = st.node().entry("NotAction");
      if (notAction != null) {
        ctx.report(notAction.key(), "Allow with NotAction grants every action except "
            + IamStatements.list(IamStatements.texts(st.notActions()), 3)
            + ", including actions AWS adds later");
      }
      MappingNode.Entry notResource = st.node().entry("NotResource");
      if (notResource != null) {
        ctx.report(notResource.key(), "Allow with NotResource grants on every resource except "
            + IamStatements.list(IamStatements.texts(st.notResources()), 3));
      }
    });
  }
}
