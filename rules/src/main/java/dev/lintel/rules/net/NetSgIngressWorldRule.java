package dev.lintel.rules.net;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.rules.net.IngressRules.Permission;
import dev.lintel.rules.net.IngressRules.Protocol;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Reports tcp/udp ingress from a world CIDR that exposes a port with no more specific rule: not
 * SSH, RDP, a NET-P port or 443, and not every port. Port 80 alone is a note.
 */
@RuleMeta(id = "NET_SG_INGRESS_WORLD", title = "Port open to the internet", severity = Severity.WARNING,
    category = Category.NET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"unrestricted_security_group_ingress", "unknown_port_exposed_to_internet", "http_port_open",
        "CKV_AWS_260", "W2"},
    helpUri = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html")
public final class NetSgIngressWorldRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    IngressRules.onIngressResources(on, (ctx, r) -> {
      Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Permission p : IngressRules.worldPermissions(r)) {
        if (reported.contains(p.peerNode()) || p.allPorts()
            || (p.protocol() != Protocol.TCP && p.protocol() != Protocol.UDP)) {
          continue;
        }
        int first = -1;
        int count = 0;
        for (int port = p.from(); port <= p.to() && count < 2; port++) {
          if (!covered(p.protocol(), port)) {
            first = first < 0 ? port : first;
            count++;
          }
        }
        if (count == 0) {
          continue;
        }
        reported.add(p.peerNode());
        String message = (count == 1 ? "Port " + first : "Ports") + " open to " + p.cidr() + " through "
            + p.describe() + p.originSuffix();
        if (count == 1 && first == 80) {
          ctx.report(p.peerNode(), message + "; plain HTTP, redirect to HTTPS at a load balancer")
              .level(Severity.NOTE);
        } else {
          ctx.report(p.peerNode(), message);
        }
      }
    });
  }

  /** True for ports that another rule reports (22, 3389, NET-P) or that are fine to expose (443). */
  private static boolean covered(Protocol protocol, int port) {
    return port == 22 || port == 3389 || port == 443 || IngressRules.sensitive(protocol, port);
  }
}
