package dev.lintel.rules.apigw;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.rules.lambda.SamGlobals;

/**
 * Reports API stages without an access log destination: REST and HTTP/WebSocket stages, stages
 * created by a deployment's {@code StageDescription}, and SAM {@code Api}/{@code HttpApi}.
 */
@RuleMeta(id = "APIGW_ACCESS_LOGGING_DISABLED", title = "API stage has no access log", severity = Severity.WARNING,
    category = Category.APIGW, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_76", "CKV_AWS_95", "api_gateway_access_logging_disabled",
        "api_gateway_deployment_without_access_log_setting", "serverless_api_access_logging_setting_undefined",
        "W45", "W46", "W69"},
    helpUri = "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html")
public final class ApigwAccessLoggingDisabledRule implements Rule {

  private static final String[] DESTINATION = {"DestinationArn"};

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(ApiGateways.STAGE, (ctx, stage) -> ApiGateways.reportMissing(ctx, stage, "AccessLogSetting",
        DESTINATION, "Stage " + stage.logicalId() + " has no AccessLogSetting.DestinationArn, so requests are not"
            + " logged"));
    on.cfnResource(ApiGateways.V2_STAGE, (ctx, stage) -> ApiGateways.reportMissing(ctx, stage, "AccessLogSettings",
        DESTINATION, "Stage " + stage.logicalId() + " has no AccessLogSettings.DestinationArn, so requests are not"
            + " logged"));
    on.cfnResource(ApiGateways.DEPLOYMENT, (ctx, deployment) -> {
      if (deployment.property("StageName") == null) {
        return;
      }
      Node description = deployment.property("StageDescription");
      String message = "Deployment " + deployment.logicalId() + " creates a stage without"
          + " StageDescription.AccessLogSetting, so requests are not logged";
      if (description == null) {
        ctx.report(deployment.typeAnchor(), message);
      } else {
        ApiGateways.reportMissing(ctx, deployment, "StageDescription", new String[] {"AccessLogSetting"}, message);
      }
    });
    on.cfnResource(SamGlobals.API, (ctx, api) -> ApiGateways.reportMissing(ctx, api, "AccessLogSetting",
        DESTINATION, "Api " + api.logicalId() + " has no AccessLogSetting.DestinationArn, so requests are not logged"));
    on.cfnResource(SamGlobals.HTTP_API, (ctx, api) -> ApiGateways.reportMissing(ctx, api, "AccessLogSettings",
        DESTINATION, "HttpApi " + api.logicalId() + " has no AccessLogSettings.DestinationArn, so requests are not"
            + " logged"));
  }
}
