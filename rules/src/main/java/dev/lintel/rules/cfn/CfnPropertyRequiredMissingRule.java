package dev.lintel.rules.cfn;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.TextRange;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.parse.data.CfnSpec;
import dev.lintel.parse.data.CfnSpec.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reports a property the resource specification requires, at the top level or inside a present
 * object, that is absent or removed by {@code AWS::NoValue} in some {@code Fn::If} branch.
 * Properties owned by a dedicated rule (RULES.md §3.4) are skipped; SAM {@code Globals} count.
 */
@RuleMeta(id = "CFN_PROPERTY_REQUIRED_MISSING", title = "Required resource property is missing",
    severity = Severity.ERROR, category = Category.CFN, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    aliases = {"E3003"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html")
public final class CfnPropertyRequiredMissingRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, template) -> {
      if (TemplateWalk.preprocessed(template)) {
        return;
      }
      for (CfnResource r : template.resources()) {
        CfnSpec.ResourceType type = SpecWalk.checkable(r);
        MappingNode props = r.effectiveProperties();
        if (type == null || (props == null && r.node().get("Properties") != null)) {
          continue;
        }
        MappingNode start = props != null ? props : new MappingNode(List.of(), r.typeAnchor());
        SpecWalk.walk(r, type, start, (m, spec, typeName, anchor, origin) ->
            check(ctx, r, m, spec, typeName, anchor, origin));
      }
    });
  }

  /** True when {@code origin} needs the resource's own condition to be false: the resource is not created then. */
  private static boolean unreachable(CfnResource r, String origin) {
    String condition = r.node().string("Condition");
    return condition != null && origin != null && origin.contains("condition " + condition + " is false");
  }

  private static void check(RuleContext ctx, CfnResource r, MappingNode m, Map<String, Property> spec,
      String typeName, TextRange anchor, String origin) {
    if (unreachable(r, origin) || m.keys().stream().anyMatch(k -> k.startsWith("Fn::"))) {
      return;
    }
    String where = r.type() + (typeName == null ? "" : "." + typeName);
    List<String> missing = new ArrayList<>();
    for (Property p : spec.values()) {
      if (!p.required() || CfnSpec.get().owner(r.type(), typeName, p.name()) != null) {
        continue;
      }
      MappingNode.Entry e = m.entry(p.name());
      if (e == null) {
        missing.add(p.name());
        continue;
      }
      for (Candidate c : r.values(e.value())) {
        if (c.absent() && !unreachable(r, c.origin())) {
          ctx.report(e.value(), "Required property " + p.name() + " of " + where
              + " is removed by AWS::NoValue" + c.originSuffix());
          break;
        }
      }
    }
    if (!missing.isEmpty()) {
      ctx.report(anchor, where + " is missing required propert" + (missing.size() == 1 ? "y " : "ies ")
          + String.join(", ", missing) + (origin == null ? "" : " (" + origin + ")"));
    }
  }
}
