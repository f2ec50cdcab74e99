package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.policy.PolicyKind;
import java.util.regex.Pattern;

/**
 * Reports a {@code Sid} with characters other than ASCII letters and digits: IAM rejects it in
 * identity and trust policies (error); other services' resource policies mostly accept more (note).
 */
@RuleMeta(id = "IAM_SID_INVALID", title = "Sid contains characters IAM does not accept",
    severity = Severity.ERROR, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"correctness"}, aliases = {"INVALID_SID", "UNSUPPORTED_SID"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html")
public final class IamSidInvalidRule implements Rule {

  private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]*");

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      Node sid = st.node().get("Sid");
      String text = sid == null ? null : sid.text();
      if (text == null || ALPHANUMERIC.matcher(text).matches()) {
        return;
      }
      if (st.policy().kind() == PolicyKind.RESOURCE) {
        ctx.report(sid, "Sid '" + text + "' has characters other than A-Z, a-z and 0-9; some services reject it")
            .level(Severity.NOTE);
      } else {
        ctx.report(sid, "Sid '" + text + "' has characters other than A-Z, a-z and 0-9, which IAM rejects");
      }
    });
  }
}
