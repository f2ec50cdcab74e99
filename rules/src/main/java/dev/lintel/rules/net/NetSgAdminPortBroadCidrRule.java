package dev.lintel.rules.net;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.rules.net.IngressRules.Direction;
import dev.lintel.rules.net.IngressRules.Permission;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Reports ingress to SSH, RDP or a NET-P port from a public CIDR that is larger than one host
 * network: shorter than /24 (IPv4) or /64 (IPv6) is a warning, IPv4 /24 to /31 a note.
 */
@RuleMeta(id = "NET_SG_ADMIN_PORT_BROAD_CIDR", title = "Administrative port open to a large address range",
    severity = Severity.WARNING, category = Category.NET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"db_security_group_open_to_large_scope", "W9"},
    helpUri = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html")
public final class NetSgAdminPortBroadCidrRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    IngressRules.onIngressResources(on, (ctx, r) -> {
      Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Permission p : IngressRules.permissions(r, Direction.INGRESS)) {
        Cidrs.Cidr cidr = Cidrs.parse(p.cidr());
        if (cidr == null || cidr.prefix() == 0 || Cidrs.isPrivate(cidr) || reported.contains(p.peerNode())
            || !IngressRules.reachesAdminPort(p)) {
          continue;
        }
        boolean broad = cidr.prefix() < (cidr.ipv6() ? 64 : 24);
        if (!broad && (cidr.ipv6() || cidr.prefix() == 32)) {
          continue;
        }
        reported.add(p.peerNode());
        String message = "Administrative port open to " + p.cidr() + " (" + size(cidr) + " addresses) through "
            + p.describe() + p.originSuffix();
        if (broad) {
          ctx.report(p.peerNode(), message);
        } else {
          ctx.report(p.peerNode(), message + "; a single administrator needs a /32").level(Severity.NOTE);
        }
      }
    });
  }

  private static String size(Cidrs.Cidr c) {
    int hostBits = c.bits() - c.prefix();
    return hostBits > 62 ? "2^" + hostBits : String.format("%,d", 1L << hostBits);
  }
}
