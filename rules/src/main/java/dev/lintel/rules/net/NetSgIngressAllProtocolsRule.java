package dev.lintel.rules.net;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.rules.net.IngressRules.Direction;
import dev.lintel.rules.net.IngressRules.Peer;
import dev.lintel.rules.net.IngressRules.Permission;
import dev.lintel.rules.net.IngressRules.Protocol;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Reports ingress with protocol all from a CIDR that is not world (a warning), or from another
 * security group or a prefix list (a note). World sources are NET_SG_INGRESS_ALL_PORTS_WORLD's.
 */
@RuleMeta(id = "NET_SG_INGRESS_ALL_PROTOCOLS", title = "Ingress allows all protocols", severity = Severity.WARNING,
    category = Category.NET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"security_group_ingress_with_all_protocols", "W42"},
    helpUri = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html")
public final class NetSgIngressAllProtocolsRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    IngressRules.onIngressResources(on, (ctx, r) -> {
      Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Permission p : IngressRules.permissions(r, Direction.INGRESS)) {
        if (p.protocol() != Protocol.ALL || p.world() || p.self() || !reported.add(p.peerNode())) {
          continue;
        }
        if (p.peer() == Peer.CIDR) {
          ctx.report(p.peerNode(), "Ingress from " + p.cidr() + " allows every protocol and port" + p.originSuffix());
        } else {
          String what = p.peer() == Peer.GROUP ? "another security group" : "a prefix list";
          ctx.report(p.peerNode(), "Ingress from " + what + " allows every protocol and port" + p.originSuffix())
              .level(Severity.NOTE);
        }
      }
    });
  }
}
