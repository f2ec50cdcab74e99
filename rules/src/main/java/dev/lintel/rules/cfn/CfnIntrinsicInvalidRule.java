package dev.lintel.rules.cfn;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;

/**
 * Reports unknown intrinsic functions, functions with the wrong number or shape of arguments,
 * functions CloudFormation does not accept inside Conditions, and {@code AWS::NoValue} outside
 * an {@code Fn::If} branch (warning).
 */
@RuleMeta(id = "CFN_INTRINSIC_INVALID", title = "Intrinsic function is unknown or badly formed",
    severity = Severity.ERROR, category = Category.CFN, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    aliases = {"E1017", "E1018", "E1022", "E1028", "E1032", "E8003", "E8004", "E8005", "E8006"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html")
public final class CfnIntrinsicInvalidRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, t) -> {
      if (CfnSupport.hasMacroTransform(t)) {
        return;
      }
      boolean extensions = CfnSupport.hasLanguageExtensions(t);
      for (CfnSupport.Visit v : CfnSupport.walk(t, CfnSupport.EVALUATED_SECTIONS)) {
        IntrinsicNode fn = v.fn();
        String name = fn.function();
        if (!IntrinsicShapes.known(name, extensions)) {
          ctx.report(fn, IntrinsicShapes.known(name, true)
              ? "'" + name + "' needs the AWS::LanguageExtensions transform"
              : "'" + name + "' is not a CloudFormation intrinsic function");
          continue;
        }
        String shape = IntrinsicShapes.problem(fn);
        if (shape != null) {
          ctx.report(fn, shape);
        } else if (name.equals("Ref") && "AWS::NoValue".equals(fn.argument().text()) && !v.inIfBranch()
            && !v.section().equals("Conditions")) {
          ctx.report(fn, "Ref AWS::NoValue outside an Fn::If branch removes the property unconditionally;"
              + " leave the property out instead").level(Severity.WARNING);
        }
      }
      MappingNode conditions = t.section("Conditions");
      if (conditions != null) {
        for (MappingNode.Entry e : conditions.entries()) {
          IntrinsicShapes.checkCondition(ctx, t, e.value(), extensions);
        }
      }
    });
  }
}
