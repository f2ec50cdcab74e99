package dev.lintel.rules.net;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.engine.RuleContext;
import dev.lintel.model.MappingNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.TextRange;
import dev.lintel.rules.net.IngressRules.Direction;

/** Reports inline and standalone security-group rules without a non-empty {@code Description}. */
@RuleMeta(id = "NET_SG_RULE_NO_DESCRIPTION", title = "Security group rule has no description",
    severity = Severity.NOTE, category = Category.NET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_23", "security_group_rule_without_description", "W36"},
    helpUri = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html")
public final class NetSgRuleNoDescriptionRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::EC2::SecurityGroup", (ctx, group) -> {
      for (Direction d : Direction.values()) {
        for (Candidate rule : IngressRules.inlineRules(group, d)) {
          MappingNode m = (MappingNode) rule.value();
          TextRange anchor = m.entries().isEmpty() ? m.range() : m.entries().get(0).key().range();
          check(ctx, group, m, anchor, d, rule.originSuffix());
        }
      }
    });
    on.cfnResource("AWS::EC2::SecurityGroupIngress",
        (ctx, r) -> check(ctx, r, r.properties(), r.typeAnchor(), Direction.INGRESS, ""));
    on.cfnResource("AWS::EC2::SecurityGroupEgress",
        (ctx, r) -> check(ctx, r, r.properties(), r.typeAnchor(), Direction.EGRESS, ""));
  }

  private static void check(RuleContext ctx, CfnResource r, MappingNode rule, TextRange anchor, Direction d,
      String origin) {
    String what = d == Direction.INGRESS ? "Ingress" : "Egress";
    if (rule == null || rule.get("Description") == null) {
      ctx.report(anchor, what + " rule has no Description" + origin);
      return;
    }
    for (Candidate c : r.values(rule.get("Description"))) {
      if (c.absent() || (c.known() && c.text() != null && c.text().isBlank())) {
        ctx.report(rule.get("Description"), what + " rule has an empty Description" + c.originSuffix());
        return;
      }
    }
  }
}
