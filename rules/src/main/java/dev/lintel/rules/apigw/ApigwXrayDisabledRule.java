package dev.lintel.rules.apigw;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.lambda.SamGlobals;

/** Reports REST API stages (plain and SAM {@code Api}) whose {@code TracingEnabled} is not true. */
@RuleMeta(id = "APIGW_XRAY_DISABLED", title = "REST API stage tracing is off", severity = Severity.NOTE,
    category = Category.APIGW, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_73", "api_gateway_xray_disabled", "serverless_api_xray_tracing_disabled"},
    helpUri = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html")
public final class ApigwXrayDisabledRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(ApiGateways.STAGE, (ctx, stage) -> ApiGateways.reportNotTrue(ctx, stage, "TracingEnabled",
        "Stage " + stage.logicalId() + " does not enable TracingEnabled, so requests are not traced with X-Ray"));
    on.cfnResource(SamGlobals.API, (ctx, api) -> ApiGateways.reportNotTrue(ctx, api, "TracingEnabled",
        "Api " + api.logicalId() + " does not enable TracingEnabled, so requests are not traced with X-Ray"));
  }
}
