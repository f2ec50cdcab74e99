package dev.lintel.rules.cors;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.Token;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.model.cors.CorsConfiguration;
import dev.lintel.model.cors.CorsRule;
import dev.lintel.parse.ParsedFile;

/**
 * An S3 CORS rule without any allowed origin or method, or with an element (XML) or key (JSON,
 * template) the format does not define, or stray text in the XML. S3 rejects the configuration.
 * In templates a field whose value cannot be evaluated (a parameter without a default, an
 * import) counts as present.
 */
@RuleMeta(id = "CORS_RULE_INCOMPLETE", title = "CORS rule lacks an origin or a method", severity = Severity.ERROR,
    category = Category.CORS, kinds = {FileKind.CORS, FileKind.CLOUDFORMATION}, tags = {"correctness"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_CORSRule.html")
public final class CorsRuleIncompleteRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.corsConfiguration((ctx, config) -> {
      for (CorsRule rule : config.rules()) {
        MappingNode raw = templateRule(ctx.file(), config, rule);
        boolean noOrigin = rule.origins().isEmpty() && absent(config, raw, "AllowedOrigins");
        boolean noMethod = rule.methods().isEmpty() && absent(config, raw, "AllowedMethods");
        if (noOrigin || noMethod) {
          String missing = noOrigin && noMethod ? "allowed origin or method"
              : noOrigin ? "allowed origin" : "allowed method";
          ctx.report(rule.anchor(), "CORS rule has no " + missing + ": S3 requires at least one of each and"
              + " rejects the configuration");
        }
        for (Token unknown : rule.unknownElements()) {
          ctx.report(unknown, unknown.text().equals("#text")
              ? "Stray text inside a CORS rule: S3 rejects the configuration as malformed"
              : "'" + unknown.text() + "' is not a CORS rule element: S3 rejects the configuration (check the"
              + " spelling and the carrier's element names)");
        }
      }
    });
  }

  /** True unless a template rule has the key with a value that could not be evaluated. */
  private static boolean absent(CorsConfiguration config, MappingNode raw, String key) {
    if (config.carrier() != CorsConfiguration.Carrier.TEMPLATE || raw == null) {
      return true;
    }
    Node value = raw.get(key);
    return value == null || value instanceof SequenceNode s && s.items().isEmpty();
  }

  /** The template mapping a TEMPLATE-carrier rule was read from, or null. */
  private static MappingNode templateRule(ParsedFile file, CorsConfiguration config, CorsRule rule) {
    if (config.carrier() != CorsConfiguration.Carrier.TEMPLATE) {
      return null;
    }
    for (CfnTemplate t : file.templates()) {
      CfnResource bucket = t.resource(config.logicalId());
      Node cors = bucket == null ? null : bucket.property("CorsConfiguration");
      if (cors instanceof MappingNode m && m.get("CorsRules") instanceof SequenceNode rules) {
        for (Node item : rules.items()) {
          if (item instanceof MappingNode r && !r.entries().isEmpty()
              && r.entries().get(0).key().range().equals(rule.anchor())) {
            return r;
          }
        }
      }
    }
    return null;
  }
}
