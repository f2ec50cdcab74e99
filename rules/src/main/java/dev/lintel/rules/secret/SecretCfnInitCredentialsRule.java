package dev.lintel.rules.secret;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.cfn.CfnResource;
import java.util.List;

/**
 * Reports a cfn-init authentication entry ({@code Metadata.AWS::CloudFormation::Authentication})
 * that uses stored credentials ({@code accessKeyId}, {@code secretKey} or {@code password})
 * instead of a {@code roleName}. Reported on the first such key; values are never shown.
 */
@RuleMeta(id = "SECRET_CFN_INIT_CREDENTIALS", title = "cfn-init authentication uses stored credentials",
    severity = Severity.WARNING, category = Category.SECRET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"cloudformation_specifying_credentials_not_safe"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-authentication.html")
public final class SecretCfnInitCredentialsRule implements Rule {

  private static final List<String> STORED = List.of("accessKeyId", "secretKey", "password");

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, template) -> {
      for (CfnResource r : template.resources()) {
        MappingNode metadata = r.node().mapping("Metadata");
        MappingNode auth = metadata == null ? null : metadata.mapping("AWS::CloudFormation::Authentication");
        if (auth == null) {
          continue;
        }
        for (MappingNode.Entry entry : auth.entries()) {
          MappingNode body = entry.value().asMapping();
          List<String> keys = body == null ? List.of() : STORED.stream().filter(body::has).toList();
          if (!keys.isEmpty()) {
            ctx.report(body.entry(keys.get(0)).key(), "cfn-init authentication " + entry.name() + " of "
                + r.logicalId() + " uses stored credentials (" + String.join(", ", keys)
                + "); use roleName with an instance role");
          }
        }
      }
    });
  }
}
