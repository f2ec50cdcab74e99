package dev.lintel.rules.sam;

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
import dev.lintel.model.cfn.CfnTemplate;
import java.util.List;

/**
 * Reports a SAM {@code Api.Cors} value (the string form, or {@code AllowOrigin},
 * {@code AllowMethods}, {@code AllowHeaders}) that is a literal not wrapped in single quotes, in a
 * resource or in {@code Globals.Api}. Each node is checked where it is written, once.
 */
@RuleMeta(id = "SAM_API_CORS_UNQUOTED", title = "SAM Api CORS value lacks inner quotes", severity = Severity.ERROR,
    category = Category.SAM, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-corsconfiguration.html")
public final class SamApiCorsUnquotedRule implements Rule {

  private static final List<String> FIELDS = List.of("AllowOrigin", "AllowMethods", "AllowHeaders");

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, template) -> {
      MappingNode globals = template.globalsSection("AWS::Serverless::Api");
      if (globals != null) {
        check(ctx, template, globals.get("Cors"));
      }
      for (CfnResource r : template.resources("AWS::Serverless::Api")) {
        check(ctx, template, r.property("Cors"));
      }
    });
  }

  private static void check(RuleContext ctx, CfnTemplate template, Node cors) {
    if (cors == null) {
      return;
    }
    if (cors instanceof MappingNode m) {
      for (String field : FIELDS) {
        Node value = m.get(field);
        if (value != null) {
          quoted(ctx, template, value, "Cors." + field);
        }
      }
    } else {
      quoted(ctx, template, cors, "Cors");
    }
  }

  private static void quoted(RuleContext ctx, CfnTemplate template, Node value, String what) {
    for (Candidate c : template.evaluator().candidates(value)) {
      String t = c.known() && !c.absent() ? c.text() : null;
      if (t != null && !(t.length() >= 2 && t.startsWith("'") && t.endsWith("'"))) {
        ctx.report(value, what + " value " + t + " must be wrapped in single quotes ('" + t
            + "'): SAM passes it to API Gateway as a header value expression" + c.originSuffix());
        return;
      }
    }
  }
}
