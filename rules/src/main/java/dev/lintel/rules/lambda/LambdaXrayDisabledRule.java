package dev.lintel.rules.lambda;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import java.util.List;

/** Reports a function whose X-Ray tracing mode is not {@code Active} ({@code TracingConfig.Mode}, SAM {@code Tracing}). */
@RuleMeta(id = "LAMBDA_XRAY_DISABLED", title = "Function tracing is off", severity = Severity.NOTE,
    category = Category.LAMBDA, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"lambda_functions_without_x-ray_tracing", "serverless_function_without_x-ray_tracing", "CKV2_AWS_26"},
    helpUri = "https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html")
public final class LambdaXrayDisabledRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    LambdaFunctions.on(on, (ctx, fn) -> {
      boolean sam = LambdaFunctions.isSam(fn) && fn.property("TracingConfig") == null;
      String property = sam ? "Tracing" : "TracingConfig";
      Node node = LambdaFunctions.property(fn, property);
      if (node == null) {
        ctx.report(fn.typeAnchor(), "Function " + fn.logicalId() + " does not set " + (sam ? "Tracing" : "TracingConfig")
            + ", so X-Ray tracing is off");
        return;
      }
      if (!LambdaFunctions.reportable(fn, property)) {
        return;
      }
      List<Candidate> modes = sam ? fn.values(node) : TemplateValues.at(fn, node, "Mode");
      Node at = sam || TemplateValues.nodeAt(node, "Mode") == null ? node : TemplateValues.nodeAt(node, "Mode");
      for (Candidate c : modes) {
        if (c.absent() || (c.known() && c.text() != null && !c.text().equals("Active"))) {
          String value = c.absent() ? "is not set" : "is " + c.text();
          ctx.report(at, "Tracing mode " + value + ", so X-Ray tracing is off" + c.originSuffix());
          return;
        }
      }
    });
  }
}
