package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;

/**
 * Reports permissions attached straight to an IAM user: a user's {@code Policies} or
 * {@code ManagedPolicyArns}, a policy's {@code Users}, and every {@code AWS::IAM::UserPolicy}.
 */
@RuleMeta(id = "IAM_POLICY_ATTACHED_TO_USER", title = "Permissions attached directly to an IAM user",
    severity = Severity.NOTE, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_40", "iam_policies_attached_to_user", "iam_policy_on_user",
        "iam_managed_policy_applied_to_a_user", "iam_policies_without_groups", "F10", "F11", "F12"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions")
public final class IamPolicyAttachedToUserRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::IAM::User", (ctx, user) -> {
      report(ctx, user, "Policies", "User " + user.logicalId() + " has inline policies");
      report(ctx, user, "ManagedPolicyArns", "User " + user.logicalId() + " has managed policies attached");
    });
    for (String type : new String[] {"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"}) {
      on.cfnResource(type, (ctx, policy) ->
          report(ctx, policy, "Users", "Policy " + policy.logicalId() + " is attached to users"));
    }
    on.cfnResource("AWS::IAM::UserPolicy", (ctx, policy) -> ctx.report(policy.typeAnchor(),
        "AWS::IAM::UserPolicy " + policy.logicalId() + " attaches an inline policy to a user; grant it to a group"
            + " or role instead"));
  }

  private static void report(RuleContext ctx, CfnResource r, String property, String subject) {
    MappingNode.Entry e = r.propertyEntry(property);
    if (e == null) {
      return;
    }
    for (Candidate c : r.values(e.value())) {
      if (c.value() instanceof SequenceNode seq && !seq.items().isEmpty()) {
        ctx.report(e.key(), subject + " (" + property + "); grant permissions through a group or role instead"
            + c.originSuffix());
        return;
      }
    }
  }
}
