package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.Condition;
import dev.lintel.model.policy.PolicyValue;

/**
 * Reports {@code IpAddress}/{@code NotIpAddress} tests of {@code aws:SourceIp} against private
 * addresses: requests never carry a private {@code aws:SourceIp} (through a VPC endpoint the
 * address is in {@code aws:VpcSourceIp}), so the test never matches as intended.
 */
@RuleMeta(id = "IAM_CONDITION_PRIVATE_IP", title = "aws:SourceIp compared with private addresses",
    severity = Severity.ERROR, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"correctness"}, aliases = {"PRIVATE_IP_ADDRESS", "PRIVATE_NOT_IP_ADDRESS"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceip")
public final class IamConditionPrivateIpRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      for (Condition c : st.conditions()) {
        String base = c.baseOperator();
        if (!c.keyLower().equals("aws:sourceip") || !(base.equals("IpAddress") || base.equals("NotIpAddress"))) {
          continue;
        }
        for (PolicyValue v : c.values()) {
          if (v.known() && PrivateNetworks.isPrivate(v.text())) {
            ctx.report(v.anchor(), "aws:SourceIp is compared with the private range '" + v.text() + "' ("
                + c.operator() + "), but aws:SourceIp never holds a private address; use aws:VpcSourceIp"
                + " together with aws:SourceVpc or aws:SourceVpce" + v.originSuffix());
          }
        }
      }
    });
  }
}
