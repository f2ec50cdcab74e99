package dev.lintel.rules.net;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.net.NetworkAclEntries.Entry;

/** Reports a network ACL entry whose ACL, direction and rule number an earlier entry already uses. */
@RuleMeta(id = "NET_NACL_DUPLICATE_RULE", title = "Network ACL rule number used twice", severity = Severity.ERROR,
    category = Category.NET, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    aliases = {"ec2_network_acl_duplicate_rule"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkaclentry.html")
public final class NetNaclDuplicateRuleRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(NetworkAclEntries.TYPE, (ctx, r) -> {
      for (CfnResource earlier : r.template().resources(NetworkAclEntries.TYPE)) {
        if (earlier == r || earlier.logicalId().equals(r.logicalId())) {
          return;
        }
        for (Entry e : NetworkAclEntries.of(r)) {
          for (Entry d : NetworkAclEntries.of(earlier)) {
            if (e.acl() != null && e.acl().equals(d.acl()) && e.egress() == d.egress() && e.number() == d.number()) {
              ctx.report(r.property("RuleNumber"), "Rule number " + e.number() + " is already used by "
                  + earlier.logicalId() + " for " + (e.egress() ? "egress" : "ingress") + " of the same network ACL"
                  + e.originSuffix()).related(earlier.property("RuleNumber").range(), "first use of rule number "
                  + e.number());
              return;
            }
          }
        }
      }
    });
  }
}
