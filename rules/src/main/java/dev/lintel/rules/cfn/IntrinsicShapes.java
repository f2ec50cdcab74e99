package dev.lintel.rules.cfn;

import dev.lintel.engine.RuleContext;
import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.model.cfn.Evaluator;
import java.util.Set;

/** Argument shapes of intrinsic functions, and what CloudFormation accepts inside Conditions. */
final class IntrinsicShapes {

  private static final Set<String> FUNCTIONS = Set.of("Ref", "Condition", "Fn::Ref", "Fn::Base64", "Fn::Cidr",
      "Fn::FindInMap", "Fn::GetAtt", "Fn::GetAZs", "Fn::GetStackOutput", "Fn::ImportValue", "Fn::Join", "Fn::Select", "Fn::Split",
      "Fn::Sub", "Fn::Transform", "Fn::If", "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or", "Fn::Contains",
      "Fn::EachMemberEquals", "Fn::EachMemberIn", "Fn::RefAll", "Fn::ValueOf", "Fn::ValueOfAll");
  private static final Set<String> EXTENSIONS = Set.of("Fn::Length", "Fn::ToJsonString", "Fn::ForEach");
  private static final Set<String> CONDITION_FUNCTIONS = Set.of("Fn::And", "Fn::Equals", "Fn::Not", "Fn::Or",
      "Condition");
  private static final Set<String> OPERAND_FUNCTIONS = Set.of("Ref", "Fn::FindInMap", "Fn::Sub", "Fn::Join",
      "Fn::Select", "Fn::Split");
  private static final int MAX_DEPTH = 200;

  private IntrinsicShapes() {}

  /** True for a CloudFormation function name ({@code Fn::Ref} included: CFN_REF_UNDEFINED reports it). */
  static boolean known(String name, boolean extensions) {
    return FUNCTIONS.contains(name)
        || (extensions && (EXTENSIONS.contains(name) || name.startsWith("Fn::ForEach::")));
  }

  /** What is wrong with the arguments of {@code fn}, or null when their shape is valid or unknown. */
  static String problem(IntrinsicNode fn) {
    Node arg = fn.argument();
    if (arg instanceof IntrinsicNode) {
      return null;
    }
    SequenceNode seq = arg.asSequence();
    int n = seq == null ? -1 : seq.items().size();
    return switch (fn.function()) {
      case "Fn::Join" -> n == 2 && !(seq.items().get(1) instanceof MappingNode || seq.items().get(1) instanceof ScalarNode)
          ? null : "Fn::Join takes [delimiter, list of values]";
      case "Fn::Select" -> n == 2 ? null : "Fn::Select takes [index, list]";
      case "Fn::Split" -> n == 2 ? null : "Fn::Split takes [delimiter, string]";
      case "Fn::If" -> n == 3 && seq.items().get(0).text() != null ? null
          : "Fn::If takes [condition name, value if true, value if false]";
      case "Fn::Equals" -> n == 2 ? null : "Fn::Equals takes exactly two values";
      case "Fn::Not" -> n == 1 ? null : "Fn::Not takes a list of exactly one condition";
      case "Fn::And", "Fn::Or" -> n >= 2 && n <= 10 ? null
          : fn.function() + " takes a list of 2 to 10 conditions" + (n >= 0 ? ", not " + n : "");
      case "Fn::Sub" -> arg instanceof ScalarNode || (n == 2 && !(seq.items().get(0) instanceof MappingNode)
          && !(seq.items().get(0) instanceof SequenceNode) && seq.items().get(1) instanceof MappingNode)
          ? null : "Fn::Sub takes a string or [string, map of variables]";
      case "Fn::Cidr" -> n == 3 ? null : "Fn::Cidr takes [ip block, count, cidr bits]";
      default -> null;
    };
  }

  /** Reports functions that are not allowed where {@code node} (a condition expression) is. */
  static void checkCondition(RuleContext ctx, CfnTemplate t, Node node, boolean extensions) {
    if (!(node instanceof IntrinsicNode fn)) {
      return;
    }
    if (!known(fn.function(), extensions)) {
      return;
    }
    if (!CONDITION_FUNCTIONS.contains(fn.function())) {
      ctx.report(fn, "'" + fn.function() + "' cannot be a condition; use Fn::And, Fn::Equals, Fn::Not, Fn::Or"
          + " or Condition");
      return;
    }
    SequenceNode args = fn.argument().asSequence();
    if (args == null || problem(fn) != null) {
      return;
    }
    for (Node item : args.items()) {
      if (fn.function().equals("Fn::Equals")) {
        checkOperand(ctx, t, item, extensions, 0);
      } else {
        checkCondition(ctx, t, item, extensions);
      }
    }
  }

  private static void checkOperand(RuleContext ctx, CfnTemplate t, Node node, boolean extensions, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (node instanceof IntrinsicNode fn) {
      String name = fn.function();
      boolean allowed = OPERAND_FUNCTIONS.contains(name)
          || (extensions && (name.equals("Fn::Length") || name.equals("Fn::ToJsonString")));
      String ref = name.equals("Ref") ? fn.argument().text() : null;
      if (!allowed && known(name, extensions)) {
        ctx.report(fn, "'" + name + "' cannot be used inside a condition");
        return;
      }
      if (ref != null && t.parameter(ref) == null && !Evaluator.PSEUDO_PARAMETERS.contains(ref)
          && CfnSupport.isResourceName(t, ref)) {
        ctx.report(fn, "a condition cannot Ref resource '" + ref + "'; only parameters and pseudo parameters");
        return;
      }
      checkOperand(ctx, t, fn.argument(), extensions, depth + 1);
    } else if (node instanceof SequenceNode s) {
      s.items().forEach(i -> checkOperand(ctx, t, i, extensions, depth + 1));
    } else if (node instanceof MappingNode m) {
      m.entries().forEach(e -> checkOperand(ctx, t, e.value(), extensions, depth + 1));
    }
  }
}
