package dev.lintel.rules.cf;

import dev.lintel.engine.Handler;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.TextRange;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.lambda.TemplateValues;
import java.util.ArrayList;
import java.util.List;

/** CloudFront distributions (RULES.md §3.13): the known {@code DistributionConfig} blocks and their cache behaviours. */
public final class Distributions {

  public static final String TYPE = "AWS::CloudFront::Distribution";

  /** A handler for one known {@code DistributionConfig} of a distribution. */
  @FunctionalInterface
  public interface ConfigHandler {
    void handle(RuleContext ctx, CfnResource distribution, MappingNode config);
  }

  private Distributions() {}

  /** Calls {@code handler} for each known {@code DistributionConfig} (both branches of an {@code Fn::If}). */
  public static void onConfig(Subscriptions on, ConfigHandler handler) {
    Handler<CfnResource> each = (ctx, d) -> {
      for (MappingNode config : TemplateValues.mappings(d, d.property("DistributionConfig"))) {
        handler.handle(ctx, d, config);
      }
    };
    on.cfnResource(TYPE, each);
  }

  /** The default cache behaviour and every entry of {@code CacheBehaviors}, as known mappings. */
  public static List<MappingNode> behaviors(CfnResource d, MappingNode config) {
    List<MappingNode> out = new ArrayList<>(TemplateValues.mappings(d, config.get("DefaultCacheBehavior")));
    for (Node item : TemplateValues.items(d, config.get("CacheBehaviors"))) {
      out.addAll(TemplateValues.mappings(d, item));
    }
    return out;
  }

  /** Where something missing from {@code config} is reported: the {@code DistributionConfig} key, else the type. */
  public static TextRange anchor(CfnResource d) {
    MappingNode.Entry e = d.propertyEntry("DistributionConfig");
    return e != null ? e.key().range() : d.typeAnchor();
  }
}
