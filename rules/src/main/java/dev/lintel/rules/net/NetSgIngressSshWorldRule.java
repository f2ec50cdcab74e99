package dev.lintel.rules.net;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.net.IngressRules.Protocol;

/** Reports security-group ingress from a world CIDR that reaches TCP port 22. */
@RuleMeta(id = "NET_SG_INGRESS_SSH_WORLD", title = "SSH open to the internet", severity = Severity.ERROR,
    category = Category.NET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_24", "security_groups_with_unrestricted_access_to_ssh"},
    helpUri = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html")
public final class NetSgIngressSshWorldRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    IngressRules.onIngressResources(on, (ctx, r) -> IngressRules.reportFirst(ctx, r,
        p -> p.covers(Protocol.TCP, 22),
        p -> "SSH (tcp port 22) is open to " + p.cidr() + " through " + p.describe()));
  }
}
