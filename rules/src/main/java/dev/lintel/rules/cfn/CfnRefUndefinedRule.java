package dev.lintel.rules.cfn;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.model.cfn.SubString;
import java.util.List;

/** Reports Ref, Fn::Sub variables and DependsOn naming nothing the template declares, and Fn::Ref. */
@RuleMeta(id = "CFN_REF_UNDEFINED", title = "Reference names something that is not declared",
    severity = Severity.ERROR, category = Category.CFN, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    aliases = {"E1012", "E1019", "E1020", "E3005"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html")
public final class CfnRefUndefinedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, t) -> {
      if (CfnSupport.hasMacroTransform(t) || CfnSupport.hasLoops(t)) {
        return;
      }
      for (CfnSupport.Visit v : CfnSupport.walk(t, CfnSupport.EVALUATED_SECTIONS)) {
        IntrinsicNode fn = v.fn();
        String name = fn.argument().text();
        if (fn.function().equals("Fn::Ref")) {
          ctx.report(fn, "'Fn::Ref' is not a function; write 'Ref'");
        } else if (fn.function().equals("Ref") && name != null && !CfnSupport.isReferable(t, name)) {
          ctx.report(fn, "Ref to '" + name + "', which is not a parameter, resource or pseudo parameter");
        } else if (fn.function().equals("Fn::Sub")) {
          sub(ctx, t, fn);
        }
      }
      for (CfnResource r : t.resources()) {
        Node deps = r.node().get("DependsOn");
        for (Node d : deps instanceof SequenceNode s ? s.items() : deps == null ? List.<Node>of() : List.of(deps)) {
          if (d.text() != null && (d.text().equals(r.logicalId()) || !CfnSupport.isResourceName(t, d.text()))) {
            ctx.report(d, d.text().equals(r.logicalId()) ? "resource '" + r.logicalId() + "' depends on itself"
                : "DependsOn names '" + d.text() + "', which is not a resource of this template");
          }
        }
      }
    });
  }

  private static void sub(RuleContext ctx, CfnTemplate t, IntrinsicNode fn) {
    Node text = CfnSupport.subText(fn);
    MappingNode vars = CfnSupport.subVariables(fn);
    if (text == null || text.text() == null) {
      return;
    }
    for (String variable : SubString.variables(text.text())) {
      boolean mapped = vars != null && vars.has(variable);
      if (!mapped && !variable.isEmpty() && !CfnSupport.isReferable(t, CfnSupport.subTarget(variable))) {
        ctx.report(fn, "Fn::Sub variable '${" + variable + "}' names nothing declared; write '${!"
            + variable + "}' for a literal");
        return;
      }
    }
  }
}
