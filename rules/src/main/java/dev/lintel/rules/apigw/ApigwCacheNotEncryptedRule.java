package dev.lintel.rules.apigw;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.MappingNode;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.lambda.SamGlobals;
import dev.lintel.rules.lambda.TemplateValues;

/**
 * Reports API cache settings with {@code CachingEnabled: true} and {@code CacheDataEncrypted} not
 * true: {@code MethodSettings} entries of stages, deployment stage descriptions and SAM APIs, and
 * the stage description itself.
 */
@RuleMeta(id = "APIGW_CACHE_NOT_ENCRYPTED", title = "API cache stores data unencrypted", severity = Severity.WARNING,
    category = Category.APIGW, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"api_gateway_cache_encrypted_disabled", "W87"},
    helpUri = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html")
public final class ApigwCacheNotEncryptedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(ApiGateways.STAGE, (ctx, stage) -> settings(ctx, stage, stage.property("MethodSettings")));
    on.cfnResource(ApiGateways.DEPLOYMENT, (ctx, deployment) -> {
      for (MappingNode description : TemplateValues.mappings(deployment, deployment.property("StageDescription"))) {
        check(ctx, deployment, description);
        settings(ctx, deployment, description.get("MethodSettings"));
      }
    });
    on.cfnResource(SamGlobals.API, (ctx, api) -> {
      if (ApiGateways.reportable(api, "MethodSettings")) {
        settings(ctx, api, ApiGateways.property(api, "MethodSettings"));
      }
    });
  }

  private static void settings(RuleContext ctx, CfnResource r, Node methodSettings) {
    for (Node item : TemplateValues.items(r, methodSettings)) {
      for (MappingNode m : TemplateValues.mappings(r, item)) {
        check(ctx, r, m);
      }
    }
  }

  private static void check(RuleContext ctx, CfnResource r, MappingNode settings) {
    Node caching = settings.get("CachingEnabled");
    boolean enabled = false;
    String origin = "";
    for (Candidate c : r.values(caching)) {
      if (TemplateValues.isTrue(c)) {
        enabled = true;
        origin = c.originSuffix();
        break;
      }
    }
    if (!enabled) {
      return;
    }
    Node encrypted = settings.get("CacheDataEncrypted");
    Candidate off = encrypted == null ? null : TemplateValues.firstNotTrue(r.values(encrypted));
    if (encrypted == null || off != null) {
      ctx.report(encrypted == null ? caching : encrypted, "Caching is enabled without CacheDataEncrypted: true, so"
          + " cached responses are stored unencrypted" + (off != null ? off.originSuffix() : origin));
    }
  }
}
