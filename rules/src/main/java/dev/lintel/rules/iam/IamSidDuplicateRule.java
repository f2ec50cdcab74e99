package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.policy.Statement;
import java.util.HashMap;
import java.util.Map;

/** Reports a statement whose non-empty {@code Sid} (case-sensitive) an earlier statement already uses. */
@RuleMeta(id = "IAM_SID_DUPLICATE", title = "Two statements share a Sid",
    severity = Severity.ERROR, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"correctness"}, aliases = {"DUPLICATE_SID", "UNIQUE_SIDS_REQUIRED"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html")
public final class IamSidDuplicateRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.policy((ctx, policy) -> {
      Map<String, Node> seen = new HashMap<>();
      for (Statement st : policy.statements()) {
        Node sid = st.node().get("Sid");
        String text = sid == null ? null : sid.text();
        if (text == null || text.isEmpty()) {
          continue;
        }
        Node first = seen.putIfAbsent(text, sid);
        if (first != null) {
          ctx.report(sid, "Sid '" + text + "' is already used by the statement at line " + first.range().startLine()
              + "; Sids must be unique within a policy").related(first.range(), "first use of the Sid");
        }
      }
    });
  }
}
