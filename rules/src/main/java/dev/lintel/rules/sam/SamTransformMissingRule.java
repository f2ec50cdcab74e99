package dev.lintel.rules.sam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.parse.data.CfnSpec;
import java.util.List;
import java.util.Locale;

/**
 * Reports a template with {@code AWS::Serverless::*} resources or a {@code Globals} section whose
 * {@code Transform} does not name {@code AWS::Serverless-2016-10-31} exactly; a transform that
 * resembles it is named with the correct spelling.
 */
@RuleMeta(id = "SAM_TRANSFORM_MISSING", title = "SAM resources without the SAM transform", severity = Severity.ERROR,
    category = Category.SAM, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy.html")
public final class SamTransformMissingRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, template) -> {
      if (template.isSam()) {
        return;
      }
      Node first = samUse(template);
      if (first == null) {
        return;
      }
      Node transform = template.root().get("Transform");
      for (String t : template.transforms()) {
        if (resembles(t)) {
          ctx.report(transform, "Transform " + t + " is not the SAM transform; write "
              + CfnTemplate.SAM_TRANSFORM + " so the serverless resources are expanded");
          return;
        }
      }
      ctx.report(first, "The template uses SAM (" + describe(template, first) + ") but Transform does not include "
          + CfnTemplate.SAM_TRANSFORM + ", so CloudFormation rejects it");
    });
  }

  /** The first serverless resource's Type, else the Globals key, else null. */
  private static Node samUse(CfnTemplate template) {
    for (CfnResource r : template.resources()) {
      if (r.type() != null && r.type().startsWith("AWS::Serverless::")) {
        return r.node().get("Type");
      }
    }
    MappingNode.Entry globals = template.root().entry("Globals");
    return globals == null ? null : globals.key();
  }

  private static String describe(CfnTemplate template, Node first) {
    return first.text() != null && first.text().startsWith("AWS::Serverless::") ? "resource type " + first.text()
        : "a Globals section";
  }

  private static boolean resembles(String t) {
    return t.toLowerCase(Locale.ROOT).startsWith("aws::serverless")
        || CfnSpec.closest(t, List.of(CfnTemplate.SAM_TRANSFORM)) != null;
  }
}
