package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;

/**
 * Reports a policy {@code Version} that is not a valid policy language version (error), and one
 * that is missing or {@code 2008-10-17} (warning: policy variables are then taken literally).
 */
@RuleMeta(id = "IAM_POLICY_VERSION", title = "Policy Version is invalid, missing or outdated",
    severity = Severity.ERROR, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"correctness"},
    aliases = {"INVALID_VERSION", "NO_VERSION", "OLD_VERSION", "MISSING_VERSION", "W2511"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html")
public final class IamPolicyVersionRule implements Rule {

  static final String CURRENT = "2012-10-17";
  static final String OLD = "2008-10-17";

  @Override
  public void register(Subscriptions on) {
    on.policy((ctx, policy) -> {
      Node version = policy.document().get("Version");
      if (version == null) {
        ctx.report(PolicyGrammar.start(policy.document()), "Policy has no Version; IAM then applies the " + OLD
            + " language, in which policy variables are not replaced (add Version: \"" + CURRENT + "\")")
            .level(Severity.WARNING);
        return;
      }
      for (Candidate c : policy.evaluator().candidates(version)) {
        if (!c.known() || c.absent() || c.text() == null || c.text().equals(CURRENT)) {
          continue;
        }
        if (c.text().equals(OLD)) {
          ctx.report(version, "Policy Version is " + OLD + ", the old language without policy variables; use "
              + CURRENT + c.originSuffix()).level(Severity.WARNING);
        } else {
          ctx.report(version, "Policy Version '" + c.text() + "' is not a policy language version; use " + CURRENT
              + c.originSuffix());
        }
        return;
      }
    });
  }
}
