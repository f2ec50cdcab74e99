package dev.lintel.rules.lambda;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;

/**
 * Compares an SQS queue's visibility timeout V with the timeout T of the function that consumes
 * it through an event source mapping or a SAM {@code SQS} event: V &lt; T is an error (Lambda
 * refuses the mapping), V &lt; 6 &times; T + batching window a warning.
 */
@RuleMeta(id = "LAMBDA_SQS_VISIBILITY_TIMEOUT", title = "Queue visibility timeout too short for the consuming function",
    severity = Severity.ERROR, category = Category.LAMBDA, kinds = {FileKind.CLOUDFORMATION},
    tags = {"correctness"}, helpUri = "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html")
public final class LambdaSqsVisibilityTimeoutRule implements Rule {

  private static final String QUEUE = "AWS::SQS::Queue";

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(LambdaFunctions.EVENT_SOURCE_MAPPING, (ctx, esm) -> {
      Node source = esm.property("EventSourceArn");
      for (CfnResource queue : TemplateLinks.referenced(esm, source, QUEUE, "QueueName")) {
        for (CfnResource fn : LambdaFunctions.all(esm)) {
          if (LambdaFunctions.names(esm, esm.property("FunctionName"), fn)) {
            check(ctx, source, esm, esm.property("MaximumBatchingWindowInSeconds"), queue, fn);
          }
        }
      }
    });
    on.cfnResource(LambdaFunctions.SAM, (ctx, fn) -> {
      for (MappingNode event : LambdaFunctions.samEvents(fn)) {
        MappingNode props = event.mapping("Properties");
        if ("SQS".equals(event.string("Type")) && props != null && props.get("Queue") != null) {
          for (CfnResource queue : TemplateLinks.referenced(fn, props.get("Queue"), QUEUE, "QueueName")) {
            check(ctx, props.get("Queue"), fn, props.get("MaximumBatchingWindowInSeconds"), queue, fn);
          }
        }
      }
    });
  }

  private static void check(RuleContext ctx, Node at, CfnResource source, Node window, CfnResource queue,
      CfnResource fn) {
    Node timeoutNode = LambdaFunctions.property(fn, "Timeout");
    Node visibilityNode = queue.property("VisibilityTimeout");
    String warning = null;
    for (Candidate t : TemplateValues.orDefault(fn, timeoutNode, 3)) {
      for (Candidate v : TemplateValues.orDefault(queue, visibilityNode, 30)) {
        for (Candidate w : TemplateValues.orDefault(source, window, 0)) {
          Long tv = TemplateValues.integer(t);
          Long vv = TemplateValues.integer(v);
          Long wv = TemplateValues.integer(w);
          if (tv == null || vv == null || wv == null) {
            continue;
          }
          String origin = origins(t, v, w);
          String subject = "Queue " + queue.logicalId() + " has visibility timeout " + vv + " s";
          if (vv < tv) {
            ctx.report(at, subject + ", shorter than the " + tv + " s timeout of function " + fn.logicalId()
                + ", so Lambda refuses to create the event source mapping" + origin);
            return;
          }
          if (warning == null && vv < 6 * tv + wv) {
            warning = subject + ", less than 6 x the " + tv + " s timeout of function " + fn.logicalId()
                + (wv > 0 ? " plus the " + wv + " s batching window" : "") + " (" + (6 * tv + wv)
                + " s), so messages can reappear while they are still processed" + origin;
          }
        }
      }
    }
    if (warning != null) {
      ctx.report(at, warning).level(Severity.WARNING);
    }
  }

  private static String origins(Candidate... values) {
    StringBuilder sb = new StringBuilder();
    for (Candidate c : values) {
      if (c.origin() != null) {
        sb.append(sb.length() == 0 ? " (" : ", ").append(c.origin());
      }
    }
    return sb.length() == 0 ? "" : sb.append(')').toString();
  }
}
