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
import dev.lintel.model.cfn.CfnTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reports condition names that are not declared, and conditions that reference each other in a cycle. */
@RuleMeta(id = "CFN_CONDITION_UNDEFINED", title = "Condition name is not declared", severity = Severity.ERROR,
    category = Category.CFN, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"}, aliases = {"E8002"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/conditions-section-structure.html")
public final class CfnConditionUndefinedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, t) -> {
      if (CfnSupport.hasMacroTransform(t) || CfnSupport.hasLoops(t)) {
        return;
      }
      Set<String> declared = CfnSupport.names(t, "Conditions");
      for (String section : List.of("Resources", "Outputs")) {
        MappingNode m = t.section(section);
        for (MappingNode.Entry e : m == null ? List.<MappingNode.Entry>of() : m.entries()) {
          Node c = e.value() instanceof MappingNode body ? body.get("Condition") : null;
          if (c != null && c.text() != null && !declared.contains(c.text())) {
            report(ctx, c, c.text());
          }
        }
      }
      for (ConditionGraph.Use use : ConditionGraph.uses(t)) {
        if (!declared.contains(use.name())) {
          report(ctx, use.node(), use.name());
        }
      }
      reportCycles(ctx, t);
    });
  }

  private static void report(RuleContext ctx, Node at, String name) {
    ctx.report(at, "condition '" + name + "' is not declared in Conditions");
  }

  private static void reportCycles(RuleContext ctx, CfnTemplate t) {
    Map<String, Set<String>> edges = ConditionGraph.edges(t);
    for (List<String> cycle : Cycles.of(new ArrayList<>(edges.keySet()), edges)) {
      MappingNode.Entry first = t.section("Conditions").entry(cycle.get(0));
      ctx.report(first.key(), "condition '" + cycle.get(0) + "' depends on itself through "
          + (cycle.size() == 1 ? "its own expression" : String.join(", ", cycle.subList(1, cycle.size()))));
    }
  }
}
