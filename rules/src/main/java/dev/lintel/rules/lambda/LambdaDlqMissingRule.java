package dev.lintel.rules.lambda;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import java.util.Set;

/**
 * Reports a function invoked asynchronously (or with no trigger in the template) that has neither
 * a dead-letter queue nor an on-failure destination. Functions triggered only by event source
 * mappings or synchronous callers are skipped.
 */
@RuleMeta(id = "LAMBDA_DLQ_MISSING", title = "Asynchronous failures are not captured", severity = Severity.NOTE,
    category = Category.LAMBDA, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    aliases = {"CKV_AWS_116", "lambda_function_without_dead_letter_queue",
        "serverless_function_without_dead_letter_queue"},
    helpUri = "https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html")
public final class LambdaDlqMissingRule implements Rule {

  private static final Set<String> SYNC_PRINCIPALS =
      Set.of("apigateway.amazonaws.com", "elasticloadbalancing.amazonaws.com", "cognito-idp.amazonaws.com");

  @Override
  public void register(Subscriptions on) {
    LambdaFunctions.on(on, (ctx, fn) -> {
      String name = LambdaFunctions.isSam(fn) && fn.property("DeadLetterConfig") == null
          ? "DeadLetterQueue" : "DeadLetterConfig";
      Node dlq = LambdaFunctions.property(fn, name);
      if (present(fn, dlq, "TargetArn") || onFailure(fn) || !asyncOrUntriggered(fn)) {
        return;
      }
      ctx.report(dlq != null && LambdaFunctions.reportable(fn, name) ? dlq.range() : fn.typeAnchor(), "Function " + fn.logicalId() + " has no dead-letter queue"
          + " or on-failure destination, so events that fail every asynchronous retry are dropped");
    });
  }

  private static boolean present(CfnResource r, Node node, String... path) {
    for (Candidate c : TemplateValues.at(r, node, path)) {
      if (!c.absent() && !(c.value() instanceof ScalarNode s && s.isNull())) {
        return true;
      }
    }
    return false;
  }

  private static boolean onFailure(CfnResource fn) {
    if (present(fn, LambdaFunctions.property(fn, "EventInvokeConfig"), "DestinationConfig", "OnFailure")) {
      return true;
    }
    for (CfnResource config : LambdaFunctions.linked(fn, "AWS::Lambda::EventInvokeConfig", "FunctionName")) {
      if (present(config, config.property("DestinationConfig"), "OnFailure", "Destination")) {
        return true;
      }
    }
    return false;
  }

  private static boolean asyncOrUntriggered(CfnResource fn) {
    boolean triggered = !LambdaFunctions.linked(fn, LambdaFunctions.EVENT_SOURCE_MAPPING, "FunctionName").isEmpty();
    for (MappingNode event : LambdaFunctions.samEvents(fn)) {
      String type = event.string("Type");
      triggered = true;
      if (type != null && !LambdaFunctions.POLLED_EVENTS.contains(type) && !LambdaFunctions.SYNC_EVENTS.contains(type)) {
        return true;
      }
    }
    for (CfnResource permission : LambdaFunctions.linked(fn, "AWS::Lambda::Permission", "FunctionName")) {
      triggered = true;
      String principal = permission.property("Principal") == null ? null : permission.property("Principal").text();
      if (principal != null && principal.endsWith(".amazonaws.com") && !SYNC_PRINCIPALS.contains(principal)) {
        return true;
      }
    }
    return !triggered;
  }
}
