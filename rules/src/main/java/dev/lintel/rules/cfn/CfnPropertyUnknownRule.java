package dev.lintel.rules.cfn;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.parse.data.CfnSpec;
import dev.lintel.parse.data.CfnSpec.Property;
import java.util.Map;

/**
 * Reports a property name, at any depth, that the resource specification does not define for the
 * resource type or nested type, with the closest defined name. Free-form JSON values are not
 * entered; SAM resources and SAM {@code Globals} sections are checked by top-level name.
 */
@RuleMeta(id = "CFN_PROPERTY_UNKNOWN", title = "Resource property is not defined for the type",
    severity = Severity.ERROR, category = Category.CFN, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    aliases = {"E3002"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html")
public final class CfnPropertyUnknownRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, template) -> {
      if (TemplateWalk.preprocessed(template)) {
        return;
      }
      for (CfnResource r : template.resources()) {
        CfnSpec.ResourceType type = SpecWalk.checkable(r);
        if (type != null && r.properties() != null) {
          SpecWalk.walk(r, type, r.properties(),
              (m, props, typeName, anchor, origin) -> check(ctx, m, props, type.name(), typeName));
        }
      }
      globals(ctx, template);
    });
  }

  /** SAM {@code Globals} sections hold top-level properties of their resource type. */
  private static void globals(RuleContext ctx, CfnTemplate template) {
    if (template.globals() == null) {
      return;
    }
    for (CfnSpec.ResourceType type : CfnSpec.get().resourceTypes()) {
      MappingNode section = type.isSam() ? template.globalsSection(type.name()) : null;
      if (section != null) {
        check(ctx, section, type.properties(), type.name(), null);
      }
    }
  }

  private static void check(RuleContext ctx, MappingNode m, Map<String, Property> props, String type,
      String typeName) {
    for (MappingNode.Entry e : m.entries()) {
      String name = e.name();
      if (props.containsKey(name) || name.startsWith("Fn::")) {
        continue;
      }
      String closest = CfnSpec.closest(name, props.keySet());
      ctx.report(e.key(), "Property " + name + " is not defined for " + type
          + (typeName == null ? "" : "." + typeName) + (closest == null ? "" : " (did you mean " + closest + "?)"));
    }
  }
}
