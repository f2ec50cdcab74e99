package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;

/**
 * Reports policy documents IAM rejects: unknown or case-duplicated elements, missing or
 * conflicting elements for the policy kind, invalid trust-policy actions and malformed values
 * (RULES.md IAM_POLICY_MALFORMED (a)-(j)).
 */
@RuleMeta(id = "IAM_POLICY_MALFORMED", title = "Policy document violates the policy grammar",
    severity = Severity.ERROR, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"correctness"},
    aliases = {"MALFORMED", "MISSING_STATEMENT", "MISSING_EFFECT", "INVALID_EFFECT", "MISSING_ACTION",
        "MISSING_RESOURCE", "MISSING_PRINCIPAL", "INVALID_POLICY_ELEMENT", "UNSUPPORTED_ELEMENT_COMBINATION",
        "DUPLICATE_KEYS_WITH_DIFFERENT_CASE", "ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE",
        "ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL", "MISMATCHED_ACTION_FOR_PRINCIPAL", "E3510", "E3512", "E3530"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html")
public final class IamPolicyMalformedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.policy((ctx, policy) -> PolicyGrammar.check(policy, ctx::report));
    on.file((ctx, file) -> {
      if (file.kind() != FileKind.POLICY) {
        return;
      }
      for (Node doc : file.documents()) {
        if (!(doc instanceof MappingNode)) {
          ctx.report(PolicyGrammar.start(doc), "Policy document is not a JSON object");
        }
      }
    });
  }
}
