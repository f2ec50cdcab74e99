package dev.lintel.rules.net;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;

/**
 * Reports security-group ingress from a world CIDR that reaches a database, file-sharing or
 * administration port of table NET-P (RULES.md §2.3), listing the ports in one finding.
 */
@RuleMeta(id = "NET_SG_INGRESS_SENSITIVE_PORT_WORLD",
    title = "Database, file-sharing or admin port open to the internet", severity = Severity.ERROR,
    category = Category.NET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"security_groups_with_exhibited_admin_ports", "ec2_sensitive_port_is_publicly_exposed",
        "elb_sensitive_port_is_exposed_to_entire_network", "db_security_group_with_public_scope"},
    helpUri = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html")
public final class NetSgIngressSensitivePortWorldRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    IngressRules.onIngressResources(on, (ctx, r) -> IngressRules.reportFirst(ctx, r,
        p -> !IngressRules.sensitivePorts(p).isEmpty(),
        p -> "Sensitive ports are open to " + p.cidr() + " through " + p.describe() + ": "
            + String.join(", ", IngressRules.sensitivePorts(p))));
  }
}
