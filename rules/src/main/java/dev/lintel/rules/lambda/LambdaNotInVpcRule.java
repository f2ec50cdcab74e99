package dev.lintel.rules.lambda;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;

/**
 * Reports a function without a VPC attachment: no {@code VpcConfig}, or one with neither subnets
 * nor security groups (security groups without subnets are LAMBDA_VPC_CONFIG_INCOMPLETE's case).
 */
@RuleMeta(id = "LAMBDA_NOT_IN_VPC", title = "Function is not attached to a VPC", severity = Severity.NOTE,
    category = Category.LAMBDA, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_117", "W89"},
    helpUri = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html")
public final class LambdaNotInVpcRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    LambdaFunctions.on(on, (ctx, fn) -> {
      Node vpc = LambdaFunctions.property(fn, "VpcConfig");
      if (vpc == null) {
        ctx.report(fn.typeAnchor(), "Function " + fn.logicalId() + " has no VpcConfig, so it cannot reach private"
            + " VPC resources and its traffic is not filtered by security groups");
        return;
      }
      if (!LambdaFunctions.reportable(fn, "VpcConfig")) {
        return;
      }
      for (Candidate c : fn.values(vpc)) {
        boolean detached = c.absent()
            || (c.known() && c.value() instanceof MappingNode m && empty(fn, m.get("SubnetIds"))
                && empty(fn, m.get("SecurityGroupIds")));
        if (detached) {
          ctx.report(vpc, "VpcConfig attaches no subnets, so the function runs outside every VPC"
              + c.originSuffix());
          return;
        }
      }
    });
  }

  /** True when every candidate is absent or a known empty list (unknown lists count as filled). */
  private static boolean empty(CfnResource fn, Node list) {
    if (list == null) {
      return true;
    }
    for (Candidate c : fn.values(list)) {
      if (!c.absent() && !(c.known() && c.value() instanceof SequenceNode s && s.items().isEmpty())) {
        return false;
      }
    }
    return true;
  }
}
