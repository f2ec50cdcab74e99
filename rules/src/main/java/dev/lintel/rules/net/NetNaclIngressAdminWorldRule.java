package dev.lintel.rules.net;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.net.IngressRules.Protocol;
import dev.lintel.rules.net.NetworkAclEntries.Entry;

/**
 * Reports a network ACL ingress allow entry from a world CIDR that matches TCP port 22 or 3389
 * and is not shadowed by a lower-numbered deny of the same ACL.
 */
@RuleMeta(id = "NET_NACL_INGRESS_ADMIN_WORLD", title = "Network ACL allows SSH or RDP from the internet",
    severity = Severity.ERROR, category = Category.NET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    helpUri = "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html")
public final class NetNaclIngressAdminWorldRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(NetworkAclEntries.TYPE, (ctx, r) -> {
      for (Entry e : NetworkAclEntries.of(r)) {
        if (e.egress() || !e.allow() || !e.world()) {
          continue;
        }
        for (int port : new int[] {22, 3389}) {
          if (e.covers(Protocol.TCP, port, port) && !NetworkAclEntries.shadowed(e, Protocol.TCP, port, port)) {
            String service = port == 22 ? "SSH (tcp port 22)" : "RDP (tcp port 3389)";
            ctx.report(e.cidrNode(), "Network ACL rule " + e.number() + " allows " + service + " from " + e.cidr()
                + " through " + NetworkAclEntries.describe(e) + e.originSuffix());
            return;
          }
        }
      }
    });
  }
}
