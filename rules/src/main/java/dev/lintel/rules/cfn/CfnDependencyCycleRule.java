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
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.model.cfn.SubString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports resources that depend on each other in a cycle, through references in their
 * {@code Properties} or through {@code DependsOn}.
 */
@RuleMeta(id = "CFN_DEPENDENCY_CYCLE", title = "Resources depend on each other in a cycle", severity = Severity.ERROR,
    category = Category.CFN, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"}, aliases = {"E3004"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html")
public final class CfnDependencyCycleRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, t) -> {
      if (CfnSupport.hasMacroTransform(t)) {
        return;
      }
      Map<String, Set<String>> edges = edges(t);
      for (List<String> cycle : Cycles.of(new ArrayList<>(edges.keySet()), edges)) {
        if (cycle.stream().anyMatch(id -> t.resource(id).type() != null
            && t.resource(id).type().startsWith("AWS::Serverless::"))) {
          continue;
        }
        CfnResource first = t.resource(cycle.get(0));
        ctx.report(first.idKey(), cycle.size() == 1
            ? "resource '" + first.logicalId() + "' references itself"
            : "resource '" + first.logicalId() + "' is in a dependency cycle with "
                + String.join(", ", cycle.subList(1, cycle.size())));
      }
    });
  }

  /** Resource → the resources it references or depends on. */
  private static Map<String, Set<String>> edges(CfnTemplate t) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (CfnResource r : t.resources()) {
      out.put(r.logicalId(), new LinkedHashSet<>());
    }
    for (CfnResource r : t.resources()) {
      for (CfnSupport.Visit v : CfnSupport.walk(r.properties(), "Resources", r.logicalId())) {
        for (String name : targets(v.fn())) {
          if (out.containsKey(name)) {
            out.get(r.logicalId()).add(name);
          }
        }
      }
      Node deps = r.node().get("DependsOn");
      for (Node d : deps instanceof SequenceNode s ? s.items() : deps == null ? List.<Node>of() : List.of(deps)) {
        if (d.text() != null && !d.text().equals(r.logicalId()) && out.containsKey(d.text())) {
          out.get(r.logicalId()).add(d.text());
        }
      }
    }
    return out;
  }

  private static List<String> targets(IntrinsicNode fn) {
    List<String> out = new ArrayList<>();
    String arg = fn.argument().text();
    switch (fn.function()) {
      case "Ref" -> out.add(arg);
      case "Fn::GetAtt" -> {
        if (arg != null) {
          out.add(CfnSupport.subTarget(arg));
        } else if (fn.argument() instanceof SequenceNode s && !s.items().isEmpty()) {
          out.add(s.items().get(0).text());
        }
      }
      case "Fn::Sub" -> {
        Node text = CfnSupport.subText(fn);
        MappingNode vars = CfnSupport.subVariables(fn);
        if (text != null && text.text() != null) {
          for (String variable : SubString.variables(text.text())) {
            if (vars == null || !vars.has(variable)) {
              out.add(CfnSupport.subTarget(variable));
            }
          }
        }
      }
      default -> { }
    }
    return out;
  }
}
