package dev.lintel.rules.cfn;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.parse.data.CfnSpec;
import java.util.List;

/**
 * Reports a parameter declaration CloudFormation rejects: an unknown attribute, a missing or
 * unknown {@code Type}, or constraints that contradict each other or the {@code Default} (see
 * {@link ParameterConstraints}). Attributes and types are not checked in templates a macro
 * processes first.
 */
@RuleMeta(id = "CFN_PARAMETER_INVALID", title = "Parameter declaration is invalid", severity = Severity.ERROR,
    category = Category.CFN, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    aliases = {"E2001", "E2002", "E2015"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html")
public final class CfnParameterInvalidRule implements Rule {

  private static final List<String> ATTRIBUTES = List.of("Type", "Default", "AllowedValues", "AllowedPattern",
      "ConstraintDescription", "Description", "MaxLength", "MaxValue", "MinLength", "MinValue", "NoEcho");

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, template) -> {
      MappingNode params = template.section("Parameters");
      if (params == null) {
        return;
      }
      boolean macros = CfnSupport.hasMacroTransform(template);
      for (MappingNode.Entry p : params.entries()) {
        if (!(p.value() instanceof MappingNode decl)) {
          ctx.report(p.value(), "Parameter " + p.name() + " must be a mapping with at least a Type");
          continue;
        }
        if (!macros) {
          attributes(ctx, p.name(), decl);
          type(ctx, p, decl);
        }
        ParameterConstraints.check(ctx, p.name(), decl);
      }
    });
  }

  private static void attributes(RuleContext ctx, String name, MappingNode decl) {
    for (MappingNode.Entry e : decl.entries()) {
      if (!ATTRIBUTES.contains(e.name())) {
        String closest = CfnSpec.closest(e.name(), ATTRIBUTES);
        ctx.report(e.key(), "Parameter " + name + " has unknown attribute " + e.name()
            + (closest == null ? "" : " (did you mean " + closest + "?)"));
      }
    }
  }

  private static void type(RuleContext ctx, MappingNode.Entry p, MappingNode decl) {
    Node type = decl.get("Type");
    if (type == null) {
      ctx.report(p.key(), "Parameter " + p.name() + " has no Type");
    } else if (type.text() == null || !ParameterTypes.isValid(type.text())) {
      String closest = type.text() == null ? null : ParameterTypes.closest(type.text());
      ctx.report(type, "Parameter " + p.name() + " has " + (type.text() == null ? "a Type that is not a string"
          : "type " + type.text() + ", which CloudFormation does not know") + (closest == null ? "" : " (did you mean "
          + closest + "?)"));
    }
  }
}
