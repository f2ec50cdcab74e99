package dev.lintel.rules.cfn;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.model.cfn.SubString;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reports parameters, mappings and conditions that nothing in the template uses. */
@RuleMeta(id = "CFN_UNUSED_DECLARATION", title = "Parameter, mapping or condition is never used",
    severity = Severity.WARNING, category = Category.CFN, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    aliases = {"W2001", "W7001", "W8001"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html")
public final class CfnUnusedDeclarationRule implements Rule {

  private static final List<String> USING_SECTIONS = List.of("Rules", "Conditions", "Resources", "Outputs",
      "Globals", "Hooks");

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, t) -> {
      if (t.transforms().stream().anyMatch(tr -> !tr.equals(CfnTemplate.SAM_TRANSFORM))
          || CfnSupport.hasMacroTransform(t)) {
        return;
      }
      Set<String> refs = new HashSet<>();
      Set<String> maps = new HashSet<>();
      Set<String> conditions = new HashSet<>();
      for (CfnSupport.Visit v : CfnSupport.walk(t, USING_SECTIONS)) {
        collect(v.fn(), refs, maps);
      }
      ConditionGraph.uses(t).forEach(u -> conditions.add(u.name()));
      for (String section : List.of("Resources", "Outputs")) {
        MappingNode m = t.section(section);
        for (MappingNode.Entry e : m == null ? List.<MappingNode.Entry>of() : m.entries()) {
          if (e.value() instanceof MappingNode body && body.string("Condition") != null) {
            conditions.add(body.string("Condition"));
          }
        }
      }
      report(ctx, t, "Parameters", "parameter", refs);
      report(ctx, t, "Mappings", "mapping", maps);
      report(ctx, t, "Conditions", "condition", conditions);
    });
  }

  private static void collect(IntrinsicNode fn, Set<String> refs, Set<String> maps) {
    String arg = fn.argument().text();
    switch (fn.function()) {
      case "Ref" -> refs.add(arg);
      case "Fn::Sub" -> {
        Node text = CfnSupport.subText(fn);
        MappingNode vars = CfnSupport.subVariables(fn);
        if (text != null && text.text() != null) {
          for (String variable : SubString.variables(text.text())) {
            if (vars == null || !vars.has(variable)) {
              refs.add(CfnSupport.subTarget(variable));
            }
          }
        }
      }
      case "Fn::FindInMap" -> {
        SequenceNode args = fn.argument().asSequence();
        if (args != null && !args.items().isEmpty() && args.items().get(0).text() != null) {
          maps.add(args.items().get(0).text());
        }
      }
      default -> { }
    }
  }

  private static void report(dev.lintel.engine.RuleContext ctx, CfnTemplate t, String section, String what,
      Set<String> used) {
    MappingNode m = t.section(section);
    for (MappingNode.Entry e : m == null ? List.<MappingNode.Entry>of() : m.entries()) {
      if (!used.contains(e.name())) {
        ctx.report(e.key(), what + " '" + e.name() + "' is declared but never used");
      }
    }
  }
}
