package dev.lintel.rules.ec2;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.engine.RuleContext;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.support.CfnPaths;
import java.util.List;

/**
 * Reports EBS volumes without {@code Encrypted: true}: {@code AWS::EC2::Volume} and the
 * {@code Ebs} block-device mappings of instances, launch templates and launch configurations.
 */
@RuleMeta(id = "EC2_EBS_NOT_ENCRYPTED", title = "EBS volume is not encrypted", severity = Severity.WARNING,
    category = Category.EC2, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_3", "CKV_AWS_8", "ebs_volume_encryption_disabled"},
    helpUri = "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html")
public final class Ec2EbsNotEncryptedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::EC2::Volume", (ctx, volume) -> {
      for (CfnPaths.Value v : CfnPaths.at(volume, "Encrypted")) {
        if (v.missing() || (v.known() && !v.is("true"))) {
          ctx.report(v.anchor() == null ? volume.typeAnchor() : v.anchor().range(), "Volume " + volume.logicalId()
              + (v.anchor() == null ? " does not set Encrypted" : " has Encrypted " + (v.missing() ? "removed"
              : "'" + v.text() + "'")) + ", so its data is stored unencrypted" + v.originSuffix());
          return;
        }
      }
    });
    on.cfnResource("AWS::EC2::Instance", (ctx, r) -> mappings(ctx, r, "BlockDeviceMappings"));
    on.cfnResource("AWS::AutoScaling::LaunchConfiguration", (ctx, r) -> mappings(ctx, r, "BlockDeviceMappings"));
    on.cfnResource("AWS::EC2::LaunchTemplate",
        (ctx, r) -> mappings(ctx, r, "LaunchTemplateData", "BlockDeviceMappings"));
  }

  private static void mappings(RuleContext ctx, CfnResource r, String... path) {
    for (CfnPaths.Value list : CfnPaths.at(r, path)) {
      List<Node> items = list.candidate().value() instanceof SequenceNode seq ? seq.items() : List.of();
      for (Node item : items) {
        for (Candidate c : r.values(item)) {
          if (c.value() instanceof MappingNode m && !m.has("NoDevice") && !m.has("VirtualName") && m.has("Ebs")) {
            ebs(ctx, r, m, c.within(list.candidate().origin()).origin());
          }
        }
      }
    }
  }

  private static void ebs(RuleContext ctx, CfnResource r, MappingNode mapping, String origin) {
    String device = mapping.string("DeviceName") == null ? "a block device" : mapping.string("DeviceName");
    for (CfnPaths.Value v : CfnPaths.under(r, mapping.get("Ebs"), "Encrypted")) {
      if (v.missing() || (v.known() && !v.is("true"))) {
        Node anchor = v.known() ? v.anchor() : mapping.entry("Ebs").key();
        String o = origin == null ? v.candidate().origin()
            : v.candidate().origin() == null ? origin : origin + ", " + v.candidate().origin();
        ctx.report(anchor, "EBS volume for " + device + (v.known() ? " has Encrypted '" + v.text() + "'"
            : " does not set Encrypted: true") + ", so its data is stored unencrypted"
            + (o == null ? "" : " (" + o + ")"));
        return;
      }
    }
  }
}
