package dev.lintel.rules.elb;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;
import java.util.List;

/**
 * Reports a load balancer listener that serves plain HTTP: a v2 listener with {@code Protocol:
 * HTTP} whose default actions do not redirect to HTTPS, and a classic load balancer whose
 * listeners are all HTTP or TCP.
 */
@RuleMeta(id = "ELB_LISTENER_HTTP", title = "Load balancer listener serves plain HTTP", severity = Severity.WARNING,
    category = Category.ELB, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_2", "CKV2_AWS_20", "alb_listening_on_http", "elb_without_secure_protocol"},
    helpUri = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html")
public final class ElbListenerHttpRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::ElasticLoadBalancingV2::Listener", (ctx, listener) -> {
      Setting http = CfnFlags.first(listener, "Protocol", s -> s.is("HTTP"));
      if (http == null || redirectsToHttps(listener)) {
        return;
      }
      ctx.report(http.range(), "Listener " + listener.logicalId() + " serves plain HTTP and does not redirect to"
          + " HTTPS" + http.candidate().originSuffix() + "; use an HTTPS listener or a redirect action");
    });
    on.cfnResource("AWS::ElasticLoadBalancing::LoadBalancer", (ctx, lb) -> {
      List<MappingNode> listeners = CfnFlags.items(lb, "Listeners");
      if (listeners.isEmpty()) {
        return;
      }
      for (MappingNode l : listeners) {
        if (CfnFlags.under(lb, l, "Protocol").stream().anyMatch(s -> !s.is("HTTP") && !s.is("TCP"))) {
          return;
        }
      }
      ctx.report(lb.propertyEntry("Listeners").key(), "Classic load balancer " + lb.logicalId() + " has only HTTP or TCP"
          + " listeners, so traffic to it is never encrypted; add an HTTPS or SSL listener");
    });
  }

  private static boolean redirectsToHttps(CfnResource listener) {
    for (MappingNode action : CfnFlags.items(listener, "DefaultActions")) {
      boolean redirect = CfnFlags.under(listener, action, "Type").stream().allMatch(s -> s.is("redirect"));
      boolean https = CfnFlags.under(listener, action, "RedirectConfig.Protocol").stream()
          .allMatch(s -> s.is("HTTPS") || (!s.known() && !s.missing()));
      if (redirect && https) {
        return true;
      }
    }
    return false;
  }
}
