package dev.lintel.rules.net;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.net.IngressRules.Protocol;

/** Reports security-group ingress from a world CIDR that reaches TCP or UDP port 3389. */
@RuleMeta(id = "NET_SG_INGRESS_RDP_WORLD", title = "RDP open to the internet", severity = Severity.ERROR,
    category = Category.NET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_25", "security_groups_unrestricted_access_to_rdp", "remote_desktop_port_open_to_internet"},
    helpUri = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html")
public final class NetSgIngressRdpWorldRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    IngressRules.onIngressResources(on, (ctx, r) -> IngressRules.reportFirst(ctx, r,
        p -> p.covers(Protocol.TCP, 3389) || p.covers(Protocol.UDP, 3389),
        p -> "RDP (port 3389) is open to " + p.cidr() + " through " + p.describe()));
  }
}
