package dev.lintel.rules.net;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;

/** Reports security-group ingress from a world CIDR over every port (or every protocol). */
@RuleMeta(id = "NET_SG_INGRESS_ALL_PORTS_WORLD", title = "All ports open to the internet", severity = Severity.ERROR,
    category = Category.NET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"fully_open_ingress", "security_groups_with_meta_ip"},
    helpUri = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html")
public final class NetSgIngressAllPortsWorldRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    IngressRules.onIngressResources(on, (ctx, r) -> IngressRules.reportFirst(ctx, r,
        IngressRules.Permission::allPorts,
        p -> "Every port is open to " + p.cidr() + " through " + p.describe()));
  }
}
