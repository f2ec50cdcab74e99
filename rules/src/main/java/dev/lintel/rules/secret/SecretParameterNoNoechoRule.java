package dev.lintel.rules.secret;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.ScalarNode;

/**
 * Reports a parameter whose name looks like a secret and that is not masked: no
 * {@code NoEcho: true}, or {@code NoEcho: true} with a literal {@code Default} that the template
 * stores in clear. SSM parameter types (which carry only a Parameter Store name) are skipped.
 */
@RuleMeta(id = "SECRET_PARAMETER_NO_NOECHO", title = "Secret-looking parameter is not masked",
    severity = Severity.WARNING, category = Category.SECRET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html")
public final class SecretParameterNoNoechoRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, template) -> {
      MappingNode params = template.root().mapping("Parameters");
      if (params == null) {
        return;
      }
      for (MappingNode.Entry e : params.entries()) {
        MappingNode p = e.value().asMapping();
        if (p == null || !Secrets.secretName(e.name()) || Secrets.ssmType(p)) {
          continue;
        }
        ScalarNode def = Secrets.defaultValue(p);
        if (!Secrets.noEcho(p)) {
          ctx.report(e.key(), "Parameter " + e.name() + " looks like a secret but lacks NoEcho: true, so its value"
              + " appears in the console, in API output and in events");
        } else if (def != null) {
          ctx.report(def, "Parameter " + e.name() + " is masked with NoEcho but its Default '"
              + Secrets.mask(def.value()) + "' is stored in the template; remove the default");
        }
      }
    });
  }
}
