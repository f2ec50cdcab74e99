package dev.lintel.rules.cfn;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.parse.data.CfnSpec;
import dev.lintel.parse.data.CfnSpec.PropertyType;
import java.util.List;

/**
 * Reports a known property value, at any depth, whose JSON shape the resource specification does
 * not accept: a mapping or scalar where a list is required, a list or mapping where a scalar is
 * required, a non-numeric string for a number, a non-boolean for a boolean. Unknown values,
 * nulls and free-form JSON are not judged; templates rewritten by a macro are skipped, and so
 * are local paths that {@code aws cloudformation package} replaces.
 */
@RuleMeta(id = "CFN_PROPERTY_TYPE_MISMATCH", title = "Property value has the wrong shape",
    severity = Severity.ERROR, category = Category.CFN, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    aliases = {"E3012"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html")
public final class CfnPropertyTypeMismatchRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, template) -> {
      if (TemplateWalk.preprocessed(template) || CfnSupport.hasMacroTransform(template)) {
        return;
      }
      for (CfnResource r : template.resources()) {
        CfnSpec.ResourceType type = SpecWalk.checkable(r);
        if (type != null && !type.isSam() && r.properties() != null) {
          SpecWalk.walkValues(r, type, r.properties(),
              (written, candidates, t, name, origin) -> check(ctx, r, written, candidates, t, name, origin));
        }
      }
    });
  }

  private static void check(RuleContext ctx, CfnResource r, Node written, List<Candidate> candidates,
      PropertyType type, String name, String origin) {
    for (Candidate c : candidates) {
      if (!c.known() || c.absent() || c.value() instanceof IntrinsicNode
          || (c.value() == null && c.text() == null) || SpecShapes.accepts(type, c)
          || SpecShapes.packaged(r.type(), name, c)) {
        continue;
      }
      Node at = c.value() != null && written.range().contains(c.value().range()) ? c.value() : written;
      String where = SpecWalk.origin(origin, c);
      ctx.report(at, "Property " + name + " of " + r.type() + " must be " + SpecShapes.describe(type)
          + ", not " + SpecShapes.describe(c) + (where == null ? "" : " (" + where + ")"));
      return;
    }
  }
}
