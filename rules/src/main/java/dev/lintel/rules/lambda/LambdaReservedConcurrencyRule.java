package dev.lintel.rules.lambda;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;

/**
 * Reports a function without reserved concurrency (note: it can use the whole account pool) or
 * with reserved concurrency 0 (warning: every invocation is throttled).
 */
@RuleMeta(id = "LAMBDA_RESERVED_CONCURRENCY", title = "Function concurrency is unbounded or zero",
    severity = Severity.NOTE, category = Category.LAMBDA, kinds = {FileKind.CLOUDFORMATION},
    tags = {"correctness"}, aliases = {"CKV_AWS_115", "W92"},
    helpUri = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html")
public final class LambdaReservedConcurrencyRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    LambdaFunctions.on(on, (ctx, fn) -> {
      Node node = LambdaFunctions.property(fn, "ReservedConcurrentExecutions");
      if (node == null) {
        ctx.report(fn.typeAnchor(), "Function " + fn.logicalId() + " sets no ReservedConcurrentExecutions, so it can"
            + " take the whole account concurrency pool");
        return;
      }
      if (!LambdaFunctions.reportable(fn, "ReservedConcurrentExecutions")) {
        return;
      }
      for (Candidate c : fn.values(node)) {
        Long v = TemplateValues.integer(c);
        if (v != null && v == 0) {
          ctx.report(node, "ReservedConcurrentExecutions is 0, so every invocation is throttled" + c.originSuffix())
              .level(Severity.WARNING);
          return;
        }
        if (c.absent()) {
          ctx.report(node, "ReservedConcurrentExecutions is removed by AWS::NoValue, so the function can take the"
              + " whole account concurrency pool" + c.originSuffix());
          return;
        }
      }
    });
  }
}
