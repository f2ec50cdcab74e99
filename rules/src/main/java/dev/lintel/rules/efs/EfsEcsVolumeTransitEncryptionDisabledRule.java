package dev.lintel.rules.efs;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.rules.support.CfnPaths;
import java.util.List;

/**
 * Reports ECS task-definition EFS volumes mounted without TLS; an error when the volume uses
 * IAM authorization or an access point, which ECS only accepts with transit encryption.
 */
@RuleMeta(id = "EFS_ECS_VOLUME_TRANSIT_ENCRYPTION_DISABLED", title = "ECS task mounts EFS without TLS",
    severity = Severity.WARNING, category = Category.EFS, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_97", "efs_volume_with_disabled_transit_encryption"},
    helpUri = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html")
public final class EfsEcsVolumeTransitEncryptionDisabledRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::ECS::TaskDefinition", (ctx, task) -> {
      for (Candidate list : task.values("Volumes")) {
        for (Node item : list.value() instanceof SequenceNode seq ? seq.items() : List.<Node>of()) {
          for (Candidate volume : task.values(item)) {
            if (!(volume.value() instanceof MappingNode m) || m.get("EFSVolumeConfiguration") == null) {
              continue;
            }
            Node config = m.get("EFSVolumeConfiguration");
            boolean needsTls = CfnPaths.under(task, config, "AccessPointId").stream().anyMatch(v -> !v.missing())
                || CfnPaths.under(task, config, "AuthorizationConfig", "IAM").stream().anyMatch(v -> v.is("ENABLED"));
            for (CfnPaths.Value tls : CfnPaths.under(task, config, "TransitEncryption")) {
              if (tls.missing() || tls.is("DISABLED")) {
                String name = m.string("Name") == null ? "" : " " + m.string("Name");
                String message = "EFS volume" + name + (tls.known() ? " has TransitEncryption DISABLED"
                    : " does not enable TransitEncryption") + ", so NFS traffic is not encrypted"
                    + (needsTls ? "; ECS rejects IAM authorization and access points without it" : "")
                    + tls.originSuffix();
                Node anchor = tls.known() ? tls.anchor() : m.entry("EFSVolumeConfiguration").key();
                ctx.report(anchor, message).level(needsTls ? Severity.ERROR : Severity.WARNING);
                break;
              }
            }
          }
        }
      }
    });
  }
}
