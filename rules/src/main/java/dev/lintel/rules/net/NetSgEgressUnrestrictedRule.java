package dev.lintel.rules.net;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.engine.Handler;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.net.IngressRules.Direction;
import dev.lintel.rules.net.IngressRules.Permission;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Reports a VPC security group that keeps the default allow-all egress (no
 * {@code SecurityGroupEgress}), and egress rules with every protocol or port to a world CIDR.
 */
@RuleMeta(id = "NET_SG_EGRESS_UNRESTRICTED", title = "Security group allows all outbound traffic",
    severity = Severity.NOTE, category = Category.NET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"security_group_egress_cidr_open_to_world", "security_groups_allows_unrestricted_outbound_traffic",
        "security_group_egress_with_all_protocols", "W5", "W40", "F1000"},
    helpUri = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html")
public final class NetSgEgressUnrestrictedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    Handler<CfnResource> rules = (ctx, r) -> {
      Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Permission p : IngressRules.permissions(r, Direction.EGRESS)) {
        if (p.world() && p.allPorts() && reported.add(p.peerNode())) {
          ctx.report(p.peerNode(), "Egress to " + p.cidr() + " allows " + p.describe() + p.originSuffix());
        }
      }
    };
    on.cfnResource("AWS::EC2::SecurityGroupEgress", rules);
    on.cfnResource("AWS::EC2::SecurityGroup", (ctx, group) -> {
      rules.handle(ctx, group);
      if (group.values("VpcId").stream().allMatch(Candidate::absent)) {
        return;
      }
      for (Candidate egress : group.values("SecurityGroupEgress")) {
        if (egress.absent()) {
          ctx.report(group.property("SecurityGroupEgress"), "SecurityGroupEgress is removed by AWS::NoValue, so AWS"
              + " adds a rule allowing all outbound traffic" + egress.originSuffix());
          return;
        }
      }
      if (group.property("SecurityGroupEgress") == null) {
        ctx.report(group.typeAnchor(), "Security group " + group.logicalId() + " has a VpcId and no"
            + " SecurityGroupEgress, so AWS adds a rule allowing all outbound traffic");
      }
    });
  }
}
