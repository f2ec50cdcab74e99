package dev.lintel.rules.lambda;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Reports a function runtime that is not in the runtime table, or whose updates Lambda already
 * blocks (error), or that is past its deprecation date (warning).
 */
@RuleMeta(id = "LAMBDA_RUNTIME_DEPRECATED", title = "Function uses a deprecated or unknown runtime",
    severity = Severity.WARNING, category = Category.LAMBDA, kinds = {FileKind.CLOUDFORMATION},
    tags = {"security", "correctness"}, aliases = {"CKV_AWS_363", "E2531", "W2531", "E2533"},
    helpUri = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html")
public final class LambdaRuntimeDeprecatedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    LambdaFunctions.on(on, (ctx, fn) -> {
      Node node = LambdaFunctions.property(fn, "Runtime");
      if (node == null || !LambdaFunctions.reportable(fn, "Runtime")) {
        return;
      }
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      for (Candidate c : fn.values(node)) {
        if (!c.known() || c.absent() || c.text() == null) {
          continue;
        }
        String message = problem(c.text(), today);
        if (message != null) {
          boolean blocked = !message.startsWith("Runtime " + c.text() + " is deprecated");
          ctx.report(node, message + c.originSuffix()).level(blocked ? Severity.ERROR : Severity.WARNING);
          return;
        }
      }
    });
  }

  /** The problem with runtime {@code id} on {@code today}, or null when it is supported. */
  static String problem(String id, LocalDate today) {
    LambdaRuntimes.Runtime r = LambdaRuntimes.find(id);
    if (r == null) {
      return "Runtime '" + id + "' is not a Lambda runtime identifier (runtime table of " + LambdaRuntimes.VERSION
          + ")";
    }
    if (today.isBefore(r.deprecated())) {
      return null;
    }
    String use = r.successor() == null ? "" : "; use " + r.successor();
    if (!today.isBefore(r.blockUpdate())) {
      return "Runtime " + id + " was deprecated on " + r.deprecated() + " and Lambda blocks updating its functions"
          + " since " + r.blockUpdate() + use;
    }
    String blocks = r.blockCreate() == null ? "updating its functions from " + r.blockUpdate()
        : "creating functions from " + r.blockCreate() + " and updating them from " + r.blockUpdate();
    return "Runtime " + id + " is deprecated since " + r.deprecated() + " (no security patches); Lambda blocks "
        + blocks + use;
  }
}
