package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.policy.Policy;
import dev.lintel.model.policy.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Reports policy variables that are malformed, written in an element where IAM does not replace
 * them, or in a policy whose language version takes them literally. Template values are
 * evaluated first, so {@code ${...}} consumed by {@code Fn::Sub} is not seen.
 */
@RuleMeta(id = "IAM_POLICY_VARIABLE_INVALID", title = "Policy variable is malformed, misplaced or ignored",
    severity = Severity.ERROR, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"correctness"},
    aliases = {"MISSING_BRACE_IN_VARIABLE", "MISSING_QUOTE_IN_VARIABLE", "UNSUPPORTED_SPACE_IN_VARIABLE",
        "EMPTY_VARIABLE", "VARIABLE_UNSUPPORTED_IN_ELEMENT", "VARIABLE_UNSUPPORTED_IN_VERSION"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html")
public final class IamPolicyVariableInvalidRule implements Rule {

  private static final Set<String> NO_VARIABLES = Set.of("Version", "Id", "Sid", "Effect", "Action", "NotAction",
      "Principal", "NotPrincipal");

  @Override
  public void register(Subscriptions on) {
    on.policy((ctx, policy) -> {
      boolean literal = PolicyVariables.literalVersion(policy);
      Set<Node> done = Collections.newSetFromMap(new IdentityHashMap<>());
      for (MappingNode.Entry e : policy.document().entries()) {
        if (!e.name().equals("Statement")) {
          check(ctx, policy, e.name(), e.value(), literal, done);
        }
      }
      for (Statement st : policy.statements()) {
        for (MappingNode.Entry e : st.node().entries()) {
          check(ctx, policy, e.name(), e.value(), literal, done);
        }
      }
    });
  }

  private static void check(RuleContext ctx, Policy policy, String element, Node value, boolean literal,
      Set<Node> done) {
    PolicyVariables.strings(policy, value, (node, c) -> {
      if (!c.text().contains("${") || done.contains(node)) {
        return;
      }
      String syntax = PolicyVariables.syntaxProblem(c.text());
      boolean misplaced = NO_VARIABLES.contains(element);
      if (syntax != null || misplaced || literal) {
        done.add(node);
      }
      if (syntax != null) {
        ctx.report(node, "Policy variable " + syntax + c.originSuffix());
      } else if (misplaced) {
        ctx.report(node, "Policy variable in " + element + " ('" + c.text() + "') is not replaced: variables work"
            + " only in Resource, NotResource and condition values" + c.originSuffix());
      } else if (literal) {
        ctx.report(node, "Policy variable in '" + c.text() + "' is taken literally because the policy Version is "
            + "missing or " + IamPolicyVersionRule.OLD + "; set Version to " + IamPolicyVersionRule.CURRENT
            + c.originSuffix());
      }
    });
  }
}
