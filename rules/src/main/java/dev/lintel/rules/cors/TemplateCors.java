package dev.lintel.rules.cors;

import dev.lintel.engine.Handler;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import dev.lintel.model.Token;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.model.cors.CorsRule;
import dev.lintel.parse.cfn.TemplateStrings;
import dev.lintel.rules.support.CfnFlags;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The template CORS blocks that are not S3 configurations (the {@code cors+} carriers of
 * RULES.md §1.3): {@code AWS::Lambda::Url.Cors}, {@code AWS::Serverless::Function.FunctionUrlConfig.Cors},
 * {@code AWS::ApiGatewayV2::Api.CorsConfiguration}, {@code AWS::Serverless::HttpApi.CorsConfiguration}
 * and {@code AWS::Serverless::Api.Cors}, with the SAM {@code Globals} merged in key by key (the
 * resource's keys win). Values are read with the template evaluator; unknown values are dropped.
 */
final class TemplateCors {

  /**
   * Calls {@code check} for every allowed origin on every CORS carrier: S3 configurations (XML,
   * console and CLI JSON, {@code AWS::S3::Bucket}) and the template blocks above, each origin once
   * even when {@code Globals} give it to several resources.
   */
  static void onEveryOrigin(Subscriptions on, Handler<Token> check) {
    on.corsConfiguration((ctx, config) -> {
      for (CorsRule rule : config.rules()) {
        rule.origins().forEach(o -> check.handle(ctx, o));
      }
    });
    on.cfnTemplate((ctx, template) -> {
      Set<TextRange> reported = new HashSet<>();
      blocks(template).forEach(b -> b.origins().stream()
          .filter(o -> reported.add(o.range())).forEach(o -> check.handle(ctx, o)));
    });
  }

  /**
   * One CORS block: its fields by name (possibly from {@code Globals}), whether it is a SAM
   * {@code Api.Cors} block (single-quoted strings), and the template that evaluates it.
   */
  record Block(Map<String, Node> fields, boolean samApi, CfnTemplate template) {

    /** The allowed origins as tokens; SAM {@code Api} quotes removed. */
    List<Token> origins() {
      return strings(samApi ? "AllowOrigin" : "AllowOrigins", false);
    }

    /**
     * The allowed origins with the parameter value or {@code Fn::If} branch each comes from, placed
     * on the branch when there is one.
     */
    List<Value> originValues() {
      return values(samApi ? "AllowOrigin" : "AllowOrigins", false);
    }

    /** The allowed methods, with their origins; a SAM {@code Api} list string is split at commas. */
    List<Value> methods() {
      return values("AllowMethods", samApi);
    }

    private List<Value> values(String field, boolean split) {
      Node n = fields.get(field);
      List<Value> out = new ArrayList<>();
      if (n == null) {
        return out;
      }
      for (Candidate c : template.evaluator().candidates(n)) {
        if (c.known() && c.value() instanceof SequenceNode seq) {
          for (Node item : seq.items()) {
            template.evaluator().candidates(item).forEach(ic -> add(out, ic.within(c.origin()), item, split));
          }
        } else {
          add(out, c, n, split);
        }
      }
      return out;
    }

    private void add(List<Value> out, Candidate c, Node written, boolean split) {
      if (!c.known() || c.absent() || c.text() == null) {
        return;
      }
      Node anchor = c.value() != null && CfnFlags.inside(c.value().range(), written.range()) ? c.value() : written;
      String text = samApi ? samUnquote(c.text()) : c.text();
      for (String part : split ? text.split(",") : new String[] {text}) {
        out.add(new Value(part.trim(), anchor.range(), c.originSuffix()));
      }
    }

    /** The allowed request headers; a SAM {@code Api} list string is split at commas. */
    List<Token> allowHeaders() {
      return strings("AllowHeaders", samApi);
    }

    /** The {@code AllowCredentials} value as written, or null. */
    Node credentialsNode() {
      return fields.get("AllowCredentials");
    }

    /** The candidate values of {@code AllowCredentials}; empty when absent. */
    List<Candidate> credentials() {
      Node n = credentialsNode();
      return n == null ? List.of() : template.evaluator().candidates(n);
    }

    private List<Token> strings(String field, boolean split) {
      Node n = fields.get(field);
      if (n == null) {
        return List.of();
      }
      List<Token> out = new ArrayList<>();
      for (Token t : TemplateStrings.of(template.evaluator(), n)) {
        String text = samApi ? samUnquote(t.text()) : t.text();
        if (split) {
          for (String part : text.split(",")) {
            out.add(new Token(part.trim(), t.range()));
          }
        } else {
          out.add(new Token(text, t.range()));
        }
      }
      return out;
    }
  }

  /** One value of a CORS field: its text, where it is written, and " (when ...)" or "". */
  record Value(String text, TextRange range, String originSuffix) {}

  private record Carrier(String type, List<String> path, boolean samApi) {}

  private static final List<Carrier> CARRIERS = List.of(
      new Carrier("AWS::Lambda::Url", List.of("Cors"), false),
      new Carrier("AWS::Serverless::Function", List.of("FunctionUrlConfig", "Cors"), false),
      new Carrier("AWS::ApiGatewayV2::Api", List.of("CorsConfiguration"), false),
      new Carrier("AWS::Serverless::HttpApi", List.of("CorsConfiguration"), false),
      new Carrier("AWS::Serverless::Api", List.of("Cors"), true));

  private TemplateCors() {}

  /**
   * Every such block of the template: each resource's, with SAM {@code Globals} merged in by the
   * model ({@link CfnResource#effectiveProperties}), and each Globals block on its own (checked
   * even when no resource inherits it). A Globals value appears in several blocks: rules report
   * each node once.
   */
  static List<Block> blocks(CfnTemplate template) {
    List<Block> out = new ArrayList<>();
    for (Carrier c : CARRIERS) {
      Node global = at(template.globalsSection(c.type()), c.path());
      if (global != null) {
        out.add(block(global, c, template));
      }
      for (CfnResource r : template.resources(c.type())) {
        Node merged = at(r.effectiveProperties(), c.path());
        if (merged != null) {
          out.add(block(merged, c, template));
        }
      }
    }
    return out;
  }

  private static Block block(Node node, Carrier c, CfnTemplate template) {
    Map<String, Node> fields = new LinkedHashMap<>();
    if (node instanceof MappingNode m) {
      m.entries().forEach(e -> fields.put(e.name(), e.value()));
    } else if (node instanceof ScalarNode s && c.samApi()) {
      fields.put("AllowOrigin", s);
    }
    return new Block(fields, c.samApi(), template);
  }

  private static Node at(Node node, List<String> path) {
    Node n = node;
    for (String key : path) {
      if (!(n instanceof MappingNode m)) {
        return null;
      }
      n = m.get(key);
    }
    return n;
  }

  /** SAM {@code Api.Cors} values are header values in single quotes: {@code "'*'"}. */
  static String samUnquote(String s) {
    String t = s.trim();
    return t.length() >= 2 && t.startsWith("'") && t.endsWith("'") ? t.substring(1, t.length() - 1) : t;
  }
}
