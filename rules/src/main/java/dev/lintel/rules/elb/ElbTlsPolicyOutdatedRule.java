package dev.lintel.rules.elb;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;
import dev.lintel.model.TextRange;
import dev.lintel.model.Token;
import dev.lintel.parse.cfn.TemplateStrings;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports an HTTPS/TLS (v2) or HTTPS/SSL (classic) listener whose security policy accepts TLS 1.0
 * or 1.1: an absent policy (the default is {@code ELBSecurityPolicy-2016-08}), a predefined
 * policy of {@link ElbTlsPolicies}, or a custom classic policy that switches on an old protocol.
 */
@RuleMeta(id = "ELB_TLS_POLICY_OUTDATED", title = "Listener security policy allows TLS 1.0 or 1.1",
    severity = Severity.WARNING, category = Category.ELB, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_103", "elb_using_insecure_protocols", "elb_using_weak_ciphers"},
    helpUri = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html")
public final class ElbTlsPolicyOutdatedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::ElasticLoadBalancingV2::Listener", (ctx, listener) -> {
      if (CfnFlags.first(listener, "Protocol", s -> s.is("HTTPS") || s.is("TLS")) == null) {
        return;
      }
      Setting policy = CfnFlags.first(listener, "SslPolicy", s -> s.missing() || (s.known()
          && ElbTlsPolicies.outdated(s.text())));
      if (policy != null) {
        ctx.report(policy.range(), "Listener " + listener.logicalId() + " accepts TLS 1.0 or 1.1: "
            + policy.describe() + (policy.missing() ? " (the default policy ELBSecurityPolicy-2016-08 allows TLS 1.0)"
            : "") + "; use ELBSecurityPolicy-TLS13-1-2-2021-06");
      }
    });
    on.cfnResource("AWS::ElasticLoadBalancing::LoadBalancer", ElbTlsPolicyOutdatedRule::classic);
  }

  private static void classic(RuleContext ctx, CfnResource lb) {
    List<MappingNode> policies = CfnFlags.items(lb, "Policies");
    Set<TextRange> reported = new HashSet<>();
    for (MappingNode listener : CfnFlags.items(lb, "Listeners")) {
      if (CfnFlags.under(lb, listener, "Protocol").stream().noneMatch(s -> s.is("HTTPS") || s.is("SSL"))) {
        continue;
      }
      List<String> names = listener.get("PolicyNames") == null ? List.of()
          : TemplateStrings.of(lb.template().evaluator(), listener.get("PolicyNames")).stream().map(Token::text).toList();
      boolean negotiation = false;
      for (MappingNode p : policies) {
        String name = p.string("PolicyName");
        if (name == null || !"SSLNegotiationPolicyType".equals(p.string("PolicyType"))
            || !names.contains(name)) {
          continue;
        }
        negotiation = true;
        for (MappingNode attr : CfnFlags.itemsUnder(lb, p, "Attributes")) {
          String attrName = attr.string("Name");
          String value = attr.string("Value");
          if (attrName == null || value == null) {
            continue;
          }
          boolean outdated = attrName.equals("Reference-Security-Policy") ? ElbTlsPolicies.outdated(value)
              : ElbTlsPolicies.oldProtocolAttribute(attrName) && !value.trim().equalsIgnoreCase("false");
          if (outdated && reported.add(attr.get("Value").range())) {
            ctx.report(attr.get("Value"), "Policy " + name + " of load balancer " + lb.logicalId()
                + " accepts an outdated protocol (" + attrName + ": " + value + "); reference"
                + " ELBSecurityPolicy-TLS-1-2-2017-01");
          }
        }
      }
      if (!negotiation) {
        ctx.report(listener.get("Protocol") != null ? listener.get("Protocol").range() : listener.range(),
            "Secure listener of load balancer " + lb.logicalId() + " has no SSL negotiation policy, so the default"
            + " ELBSecurityPolicy-2016-08 accepts TLS 1.0; reference ELBSecurityPolicy-TLS-1-2-2017-01");
      }
    }
  }
}
