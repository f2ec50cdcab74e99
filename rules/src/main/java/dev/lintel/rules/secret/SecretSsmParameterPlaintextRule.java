package dev.lintel.rules.secret;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.support.CfnFlags;

/**
 * Reports an {@code AWS::SSM::Parameter} of type {@code String}/{@code StringList} that stores a
 * secret in clear: a secret-looking {@code Name} with a literal value, or a value holding an AWS
 * access key or a private key. Templates cannot create {@code SecureString} parameters.
 */
@RuleMeta(id = "SECRET_SSM_PARAMETER_PLAINTEXT", title = "Secret stored as a plain SSM parameter",
    severity = Severity.WARNING, category = Category.SECRET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_384"},
    helpUri = "https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html")
public final class SecretSsmParameterPlaintextRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::SSM::Parameter", (ctx, p) -> {
      if (CfnFlags.first(p, "Type", s -> s.is("String") || s.is("StringList")) == null || p.property("Value") == null) {
        return;
      }
      boolean secretName = CfnFlags.first(p, "Name", s -> s.known() && Secrets.secretName(s.text())) != null;
      for (Secrets.Literal l : Secrets.literals(p.template(), p.property("Value"))) {
        String key = Secrets.keyMaterial(l.text());
        if (key != null) {
          ctx.report(l.anchor(), "Parameter " + p.logicalId() + " stores " + key + " as a plain String"
              + l.originSuffix() + "; keep secrets in Secrets Manager");
          return;
        }
        if (secretName && Secrets.plaintext(l.text())) {
          ctx.report(l.anchor(), "Parameter " + p.logicalId() + " has a secret-looking name and stores the plaintext"
              + " value '" + Secrets.mask(l.text()) + "'" + l.originSuffix() + "; keep secrets in Secrets Manager");
          return;
        }
      }
    });
  }
}
