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
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.parse.data.CfnSpec;

/**
 * Reports {@code Fn::GetAtt} that is not {@code [LogicalId, Attribute]} or
 * {@code LogicalId.Attribute}, names no resource of the template, or names an attribute the
 * specification does not list for the resource's type. Custom resources, stack outputs
 * ({@code Outputs.Name}), unknown types and resources the SAM transform generates are not checked,
 * nor templates that a macro or pre-processor rewrites.
 */
@RuleMeta(id = "CFN_GETATT_INVALID", title = "GetAtt names an unknown resource or attribute",
    severity = Severity.ERROR, category = Category.CFN, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    aliases = {"E1010"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-getatt.html")
public final class CfnGetattInvalidRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, template) -> {
      if (!TemplateWalk.preprocessed(template)) {
        TemplateWalk.intrinsics(template.root(), "Fn::GetAtt", fn -> check(ctx, template, fn));
      }
    });
  }

  /**
   * True for a listed attribute, a top-level property (CloudFormation returns many registry
   * properties through GetAtt), or a path below one ({@code Outputs.Name}, {@code Endpoint.Port}).
   */
  private static boolean known(CfnSpec.ResourceType type, String name) {
    int dot = name.indexOf('.');
    String head = dot > 0 ? name.substring(0, dot) : name;
    return type.attributes().contains(name) || type.attributes().contains(head) || type.property(head) != null;
  }

  private static void check(RuleContext ctx, CfnTemplate template, IntrinsicNode fn) {
    Node arg = fn.argument();
    String id;
    Node attr;
    if (arg instanceof ScalarNode s && s.value().indexOf('.') > 0 && !s.value().endsWith(".")) {
      id = s.value().substring(0, s.value().indexOf('.'));
      attr = new ScalarNode(s.value().substring(id.length() + 1), s.type(), s.range());
    } else if (arg instanceof SequenceNode seq && seq.items().size() == 2 && seq.items().get(0) instanceof ScalarNode s
        && !(seq.items().get(1) instanceof SequenceNode) && !(seq.items().get(1) instanceof dev.lintel.model.MappingNode)) {
      id = s.value();
      attr = seq.items().get(1);
    } else {
      if (!template.transforms().contains("AWS::LanguageExtensions")) {
        ctx.report(arg, "Fn::GetAtt must be [LogicalId, Attribute] or LogicalId.Attribute");
      }
      return;
    }
    if (id.contains("${") && template.transforms().contains("AWS::LanguageExtensions")) {
      return;
    }
    CfnResource r = template.resource(id);
    if (r == null) {
      if (!TemplateWalk.samGenerated(template, id)) {
        ctx.report(arg, "Fn::GetAtt names " + id + ", which is not a resource of this template");
      }
      return;
    }
    CfnSpec.ResourceType type = r.type() == null || r.type().equals("AWS::CloudFormation::CustomResource") ? null
        : CfnSpec.get().resourceType(r.type());
    String name = attr.text();
    if (type == null || name == null || known(type, name)
        || type.isSam() && (type.attributes().isEmpty() || name.indexOf('.') > 0)) {
      return;
    }
    String closest = CfnSpec.closest(name, type.attributes());
    ctx.report(attr, "Fn::GetAtt names attribute " + name + ", which " + r.type() + " " + id + " does not have"
        + (closest == null ? "" : " (did you mean " + closest + "?)"));
  }
}
