package dev.lintel.rules.net;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.net.NetworkAclEntries.Entry;

/**
 * Reports a network ACL ingress allow entry from a world CIDR over every port (protocol all, or
 * tcp/udp without a port range), unless a lower-numbered deny of the same ACL blocks it.
 */
@RuleMeta(id = "NET_NACL_ALLOW_ALL_PORTS", title = "Network ACL allows all ports from the internet",
    severity = Severity.WARNING, category = Category.NET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"tcp_or_udp_protocol_network_acl_entry_allows_all_ports", "ec2_permissive_network_acl_protocols",
        "W66", "W67"},
    helpUri = "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html")
public final class NetNaclAllowAllPortsRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(NetworkAclEntries.TYPE, (ctx, r) -> {
      for (Entry e : NetworkAclEntries.of(r)) {
        if (!e.egress() && e.allow() && e.world() && e.allPorts()
            && !NetworkAclEntries.shadowed(e, e.protocol(), e.from(), e.to())) {
          ctx.report(e.cidrNode(), "Network ACL rule " + e.number() + " allows " + NetworkAclEntries.describe(e)
              + " from " + e.cidr() + e.originSuffix());
          return;
        }
      }
    });
  }
}
