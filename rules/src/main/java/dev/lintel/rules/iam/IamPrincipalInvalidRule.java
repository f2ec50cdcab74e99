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
import dev.lintel.model.ScalarNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.policy.Statement;
import java.util.Set;

/**
 * Reports {@code Principal}/{@code NotPrincipal} values that are not principals: a bare value
 * other than {@code *}, an unknown principal type, or an AWS, Service, Federated or
 * CanonicalUser value in the wrong format.
 */
@RuleMeta(id = "IAM_PRINCIPAL_INVALID", title = "Principal value is not a valid principal",
    severity = Severity.ERROR, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"correctness"},
    aliases = {"UNKNOWN_PRINCIPAL", "UNKNOWN_FEDERATION_SOURCE", "INVALID_PRINCIPAL_FORMAT", "INVALID_PRINCIPAL_KEY",
        "UNSUPPORTED_PRINCIPAL", "UNSUPPORTED_WILDCARD_IN_PRINCIPAL", "INVALID_SERVICE_PRINCIPAL_FORMAT",
        "INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY", "ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html")
public final class IamPrincipalInvalidRule implements Rule {

  private static final Set<String> TYPES = Set.of("AWS", "Service", "Federated", "CanonicalUser");

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      check(ctx, st, "Principal");
      check(ctx, st, "NotPrincipal");
    });
  }

  private static void check(RuleContext ctx, Statement st, String element) {
    Node p = st.node().get(element);
    if (p == null) {
      return;
    }
    for (Candidate c : st.policy().evaluator().candidates(p)) {
      if (!c.known() || c.absent() || c.value() == null) {
        continue;
      }
      if (c.value() instanceof MappingNode m) {
        for (MappingNode.Entry e : m.entries()) {
          if (!TYPES.contains(e.name())) {
            ctx.report(e.key(), element + " type '" + e.name() + "' is not AWS, Service, Federated or CanonicalUser"
                + c.originSuffix());
          } else {
            Principals.values(st.policy(), e.value(), c.origin(), (node, v) -> value(ctx, element, e.name(), node, v));
          }
        }
      } else if (!(c.value() instanceof ScalarNode s && s.value().equals("*"))) {
        ctx.report(p, element + " must be \"*\" or an object such as {\"AWS\": ...}, not "
            + (c.value() instanceof ScalarNode s ? "'" + s.value() + "'" : "a list") + c.originSuffix());
      }
    }
  }

  private static void value(RuleContext ctx, String element, String type, Node written, Candidate c) {
    if (!c.known() || c.absent() || c.text() == null) {
      return;
    }
    String problem = Principals.problem(type, c.text());
    if (problem != null) {
      ctx.report(written, element + " " + type + " value '" + c.text() + "' " + problem + c.originSuffix());
    }
  }
}
