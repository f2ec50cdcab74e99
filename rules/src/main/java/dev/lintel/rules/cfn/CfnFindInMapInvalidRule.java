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
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnTemplate;

/** Reports Fn::FindInMap with the wrong arity, an undeclared map, or a known key the map lacks. */
@RuleMeta(id = "CFN_FINDINMAP_INVALID", title = "FindInMap names a missing map or key", severity = Severity.ERROR,
    category = Category.CFN, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"}, aliases = {"E1011"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-findinmap.html")
public final class CfnFindInMapInvalidRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, t) -> {
      if (CfnSupport.hasMacroTransform(t)) {
        return;
      }
      for (CfnSupport.Visit v : CfnSupport.walk(t, CfnSupport.EVALUATED_SECTIONS)) {
        if (v.fn().function().equals("Fn::FindInMap")) {
          check(ctx, t, v.fn());
        }
      }
    });
  }

  private static void check(RuleContext ctx, CfnTemplate t, IntrinsicNode fn) {
    SequenceNode args = fn.argument().asSequence();
    int max = CfnSupport.hasLanguageExtensions(t) ? 4 : 3;
    if (args == null || args.items().size() < 3 || args.items().size() > max) {
      ctx.report(fn, "Fn::FindInMap takes [MapName, TopLevelKey, SecondLevelKey]"
          + (max == 4 ? " and an optional default" : ""));
      return;
    }
    if (args.items().size() == 4) {
      return;
    }
    Node mapNode = args.items().get(0);
    if (mapNode.text() == null) {
      return;
    }
    MappingNode mappings = t.section("Mappings");
    MappingNode map = mappings == null ? null : mappings.mapping(mapNode.text());
    if (map == null) {
      ctx.report(mapNode, "Fn::FindInMap names map '" + mapNode.text() + "', which is not declared in Mappings");
      return;
    }
    for (Candidate top : t.evaluator().candidates(args.items().get(1))) {
      if (top.known() && top.text() != null && map.mapping(top.text()) == null) {
        ctx.report(args.items().get(1), "map '" + mapNode.text() + "' has no top-level key '" + top.text() + "'"
            + top.originSuffix());
        return;
      }
    }
    for (Candidate second : t.evaluator().candidates(args.items().get(2))) {
      if (second.known() && second.text() != null && !hasSecondKey(t, map, args.items().get(1), second.text())) {
        ctx.report(args.items().get(2), "map '" + mapNode.text() + "' has no second-level key '" + second.text()
            + "'" + second.originSuffix());
        return;
      }
    }
  }

  /** Whether the second-level key exists under every known top-level key, or under any row when unknown. */
  private static boolean hasSecondKey(CfnTemplate t, MappingNode map, Node topNode, String key) {
    boolean anyUnknown = false;
    for (Candidate top : t.evaluator().candidates(topNode)) {
      if (top.known() && top.text() != null) {
        MappingNode row = map.mapping(top.text());
        if (row != null && !row.has(key)) {
          return false;
        }
      } else {
        anyUnknown = true;
      }
    }
    if (!anyUnknown) {
      return true;
    }
    for (MappingNode.Entry row : map.entries()) {
      if (row.value() instanceof MappingNode m && m.has(key)) {
        return true;
      }
    }
    return false;
  }
}
