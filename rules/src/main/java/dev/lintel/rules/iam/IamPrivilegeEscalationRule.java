package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.policy.Policy;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.model.policy.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports an identity whose Allow statements, taken together, grant every action of an IAM-PE
 * privilege-escalation set on all resources (after unconditional Deny on {@code *}). A standalone
 * document is one identity; in a template, a role, user, group or SAM function is one identity
 * with all its inline and attached template policies.
 */
@RuleMeta(id = "IAM_PRIVILEGE_ESCALATION", title = "Policy allows a privilege-escalation path",
    severity = Severity.ERROR, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"}, aliases = {"PRIVILEGE_ESCALATION", "CKV_AWS_110"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege")
public final class IamPrivilegeEscalationRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.policy((ctx, p) -> {
      if (p.owner() == null && IamStatements.identity(p)) {
        check(ctx, "The policy allows", p.statements(), new HashSet<>());
      }
    });
    on.cfnTemplate((ctx, t) -> {
      Set<Node> reported = new HashSet<>();
      IamPrincipals.group(t, ctx.file().policies()).forEach((holder, policies) -> {
        List<Statement> statements = new ArrayList<>();
        for (Policy p : policies) {
          statements.addAll(p.statements());
        }
        check(ctx, "The policies of " + holder.logicalId() + " allow", statements, reported);
      });
    });
  }

  private static void check(RuleContext ctx, String subject, List<Statement> statements, Set<Node> reported) {
    Map<Node, List<List<PolicyValue>>> byAnchor = new LinkedHashMap<>();
    for (List<String> set : IamActionSets.PRIVILEGE_ESCALATION) {
      List<PolicyValue> grants = new ArrayList<>();
      for (String action : set) {
        PolicyValue g = IamStatements.deniedEverywhere(statements, action) ? null : grantOnAll(statements, action);
        if (g == null) {
          break;
        }
        grants.add(g);
      }
      if (grants.size() == set.size()) {
        byAnchor.computeIfAbsent(grants.get(0).anchor(), k -> new ArrayList<>()).add(grants);
      }
    }
    byAnchor.forEach((anchor, sets) -> {
      if (!reported.add(anchor)) {
        return;
      }
      RuleContext.Report r = ctx.report(anchor, subject + " privilege escalation on all resources through "
          + pathNames(sets) + sets.get(0).get(0).originSuffix());
      Set<Node> related = new HashSet<>(Set.of(anchor));
      for (List<PolicyValue> grants : sets) {
        for (PolicyValue g : grants) {
          if (related.add(g.anchor())) {
            r.related(g.anchor().range(), "grants " + g.text());
          }
        }
      }
    });
  }

  /** The escalation paths as {@code a + b}, at most three of them. */
  private static String pathNames(List<List<PolicyValue>> sets) {
    List<String> names = new ArrayList<>();
    for (List<PolicyValue> grants : sets) {
      names.add(String.join(" + ", grants.stream().map(PolicyValue::text).toList()));
    }
    return names.size() > 3 ? String.join("; ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more paths"
        : String.join("; ", names);
  }

  /** The first Allow-on-all grant of {@code action}, carrying the action name as its text. */
  private static PolicyValue grantOnAll(List<Statement> statements, String action) {
    for (Statement st : statements) {
      if (st.isAllow() && IamStatements.onAllResources(st)) {
        PolicyValue g = IamStatements.granting(st, action);
        if (g != null) {
          return new PolicyValue(g.anchor(), action, g.known(), g.origin());
        }
      }
    }
    return null;
  }
}
