package dev.lintel.rules.sam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.parse.data.CfnSpec;
import dev.lintel.parse.data.SamPolicyTemplates;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports an item of a SAM function's or state machine's {@code Policies} (or of their
 * {@code Globals}) that is a one-key mapping naming no SAM policy template, or a known template
 * without one of its required parameters. Policy documents, managed policy names and intrinsic
 * functions are other kinds of item and are not checked.
 */
@RuleMeta(id = "SAM_POLICY_TEMPLATE_INVALID", title = "SAM policy template unknown or missing a parameter",
    severity = Severity.ERROR, category = Category.SAM, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-templates.html")
public final class SamPolicyTemplateInvalidRule implements Rule {

  private static final List<String> TYPES = List.of("AWS::Serverless::Function", "AWS::Serverless::StateMachine");

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, template) -> {
      for (String type : TYPES) {
        MappingNode globals = template.globalsSection(type);
        if (globals != null) {
          check(ctx, globals.get("Policies"));
        }
        for (CfnResource r : template.resources(type)) {
          check(ctx, r.property("Policies"));
        }
      }
    });
  }

  private static void check(RuleContext ctx, Node policies) {
    if (policies instanceof SequenceNode seq) {
      for (Node item : seq.items()) {
        item(ctx, item);
      }
    } else {
      item(ctx, policies);
    }
  }

  private static void item(RuleContext ctx, Node item) {
    if (!(item instanceof MappingNode m) || m.entries().size() != 1 || m.has("Statement")) {
      return;
    }
    MappingNode.Entry e = m.entries().get(0);
    SamPolicyTemplates.Template template = SamPolicyTemplates.get().template(e.name());
    if (template == null) {
      String closest = CfnSpec.closest(e.name(), SamPolicyTemplates.get().names());
      ctx.report(e.key(), e.name() + " is not a SAM policy template"
          + (closest == null ? "" : " (did you mean " + closest + "?)"));
      return;
    }
    Node args = e.value();
    if (!(args instanceof MappingNode) && !(args instanceof ScalarNode s && s.isNull())) {
      if (!(args instanceof ScalarNode)) {
        return;
      }
      ctx.report(args, "Parameters of SAM policy template " + e.name() + " must be a mapping"
          + (template.parameters().isEmpty() ? " ({} when it has none)" : " of " + String.join(", ", template.parameters())));
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String p : template.parameters()) {
      if (!(args instanceof MappingNode a) || !a.has(p)) {
        missing.add(p);
      }
    }
    if (!missing.isEmpty()) {
      ctx.report(e.key(), "SAM policy template " + e.name() + " is missing required parameter"
          + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
    }
  }
}
