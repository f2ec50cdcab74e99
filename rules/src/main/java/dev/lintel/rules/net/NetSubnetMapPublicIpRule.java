package dev.lintel.rules.net;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.support.CfnPaths;

/** Reports a subnet that gives every instance launched in it a public IPv4 address. */
@RuleMeta(id = "NET_SUBNET_MAP_PUBLIC_IP", title = "Subnet assigns public IPs automatically",
    severity = Severity.NOTE, category = Category.NET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"ec2_instance_subnet_has_public_ip_mapping_on_launch"},
    helpUri = "https://docs.aws.amazon.com/vpc/latest/userguide/modify-subnets.html")
public final class NetSubnetMapPublicIpRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::EC2::Subnet", (ctx, subnet) -> {
      for (CfnPaths.Value v : CfnPaths.at(subnet, "MapPublicIpOnLaunch")) {
        if (v.is("true")) {
          ctx.report(v.anchor(), "MapPublicIpOnLaunch is true, so every instance launched in subnet "
              + subnet.logicalId() + " gets a public IPv4 address" + v.originSuffix());
          return;
        }
      }
    });
  }
}
