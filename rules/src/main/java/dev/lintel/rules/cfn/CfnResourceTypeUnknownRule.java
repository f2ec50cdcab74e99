package dev.lintel.rules.cfn;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.parse.data.CfnSpec;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reports a resource without a string {@code Type}, or with an {@code AWS::}/{@code Alexa::} type
 * (any spelling of those prefixes, so {@code AWS::Serverless:Function} is caught) that the
 * specification does not define, naming the closest type. Custom resources and types of other
 * namespaces (registry types, modules) are accepted, and so is any type in a template that a macro
 * or pre-processor rewrites first.
 */
@RuleMeta(id = "CFN_RESOURCE_TYPE_UNKNOWN", title = "Resource type does not exist", severity = Severity.ERROR,
    category = Category.CFN, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"}, aliases = {"E3006"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html")
public final class CfnResourceTypeUnknownRule implements Rule {

  /** Types CloudFormation accepts that the specification does not describe. */
  private static final Set<String> ACCEPTED = Set.of("AWS::CloudFormation::CustomResource", "AWS::CDK::Metadata");

  private static volatile List<String> names;

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, template) -> {
      boolean macros = TemplateWalk.preprocessed(template);
      for (CfnResource r : template.resources()) {
        Node type = r.node().get("Type");
        if (TemplateWalk.isModuleTag(type)) {
          continue;
        }
        if (type == null) {
          ctx.report(r.idKey(), "Resource " + r.logicalId() + " has no Type");
        } else if (!(type instanceof ScalarNode s) || s.isNull() || s.type() != ScalarNode.Type.STRING
            && s.type() != ScalarNode.Type.PLAIN) {
          ctx.report(type, "Type of resource " + r.logicalId() + " is not a string");
        } else if (!macros && inAwsNamespace(s.value()) && CfnSpec.get().resourceType(s.value()) == null
            && !ACCEPTED.contains(s.value())) {
          String closest = CfnSpec.closest(s.value(), names());
          ctx.report(type, "Resource type " + s.value() + " does not exist"
              + (closest == null ? "" : " (did you mean " + closest + "?)"));
        }
      }
    });
  }

  private static boolean inAwsNamespace(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return t.startsWith("aws:") || t.startsWith("alexa:");
  }

  private static List<String> names() {
    List<String> n = names;
    if (n == null) {
      n = CfnSpec.get().resourceTypes().stream().map(CfnSpec.ResourceType::name).toList();
      names = n;
    }
    return n;
  }
}
