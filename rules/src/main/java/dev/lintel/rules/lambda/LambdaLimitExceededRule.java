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
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reports function settings outside the Lambda quotas: memory, timeout, ephemeral storage, the
 * number of layers and the total size of the environment variables.
 */
@RuleMeta(id = "LAMBDA_LIMIT_EXCEEDED", title = "Function setting outside Lambda limits", severity = Severity.ERROR,
    category = Category.LAMBDA, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html")
public final class LambdaLimitExceededRule implements Rule {

  private static final int MAX_LAYERS = 5;
  private static final int MAX_ENVIRONMENT_BYTES = 4096;

  @Override
  public void register(Subscriptions on) {
    LambdaFunctions.on(on, (ctx, fn) -> {
      range(ctx, fn, LambdaFunctions.property(fn, "MemorySize"), "MemorySize", 128, 10240, "MB");
      range(ctx, fn, LambdaFunctions.property(fn, "Timeout"), "Timeout", 1, 900, "seconds");
      Node storage = LambdaFunctions.property(fn, "EphemeralStorage");
      Node size = TemplateValues.nodeAt(storage, "Size");
      range(ctx, fn, size, "EphemeralStorage.Size", 512, 10240, "MB");
      Node layers = LambdaFunctions.property(fn, "Layers");
      if (layers != null && layers.asSequence() != null && layers.asSequence().items().size() > MAX_LAYERS
          && LambdaFunctions.reportable(fn, "Layers")) {
        ctx.report(layers, "Layers lists " + layers.asSequence().items().size()
            + " layers; a function can use at most " + MAX_LAYERS);
      }
      Node variables = TemplateValues.nodeAt(LambdaFunctions.property(fn, "Environment"), "Variables");
      if (!LambdaFunctions.reportable(fn, "Environment")) {
        return;
      }
      for (MappingNode vars : TemplateValues.mappings(fn, variables)) {
        int bytes = environmentBytes(fn, vars);
        if (bytes > MAX_ENVIRONMENT_BYTES) {
          ctx.report(variables, "Environment variables take at least " + bytes
              + " bytes; Lambda allows 4 KB (4096 bytes) in total");
          return;
        }
      }
    });
  }

  private static void range(RuleContext ctx, CfnResource fn, Node node, String name, long min, long max,
      String unit) {
    String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    if (node == null || !LambdaFunctions.reportable(fn, top)) {
      return;
    }
    for (Candidate c : fn.values(node)) {
      Long v = TemplateValues.integer(c);
      if (v != null && (v < min || v > max)) {
        ctx.report(node, name + " " + v + " is outside Lambda's limit of " + min + "-" + max + " " + unit
            + c.originSuffix());
        return;
      }
    }
  }

  /** The UTF-8 size of the known names and values: a lower bound when some values are unknown. */
  private static int environmentBytes(CfnResource fn, MappingNode vars) {
    int bytes = 0;
    for (MappingNode.Entry e : vars.entries()) {
      bytes += e.name().getBytes(StandardCharsets.UTF_8).length;
      List<Candidate> values = fn.values(e.value());
      if (values.size() == 1 && values.get(0).known() && values.get(0).text() != null) {
        bytes += values.get(0).text().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return bytes;
  }
}
