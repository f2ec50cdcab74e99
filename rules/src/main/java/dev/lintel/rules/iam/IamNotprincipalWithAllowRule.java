package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;

/** Reports an Allow statement with NotPrincipal: it grants to everyone except the listed principals. */
@RuleMeta(id = "IAM_NOTPRINCIPAL_WITH_ALLOW", title = "Allow combined with NotPrincipal",
    severity = Severity.ERROR, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"}, aliases = {"NOTPRINCIPAL_WITH_ALLOW", "ALLOW_WITH_NOT_PRINCIPAL", "F6", "F9"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html")
public final class IamNotprincipalWithAllowRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      MappingNode.Entry notPrincipal = st.node().entry("NotPrincipal");
      if (notPrincipal == null || !st.isAllow()) {
        return;
      }
      ctx.report(notPrincipal.key(), IamStatements.subject(st)
          + " allows with NotPrincipal: every principal except " + describe(notPrincipal.value())
          + " is granted access, anonymous callers included");
    });
  }

  private static String describe(Node value) {
    if (value instanceof MappingNode m && !m.entries().isEmpty()) {
      return "the listed " + String.join("/", m.keys()) + " principals";
    }
    return "the listed principals";
  }
}
