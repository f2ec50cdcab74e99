package dev.lintel.parse.cors;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.Token;
import dev.lintel.model.cors.CorsConfiguration;
import dev.lintel.model.cors.CorsConfiguration.Carrier;
import dev.lintel.model.cors.CorsRule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the JSON-shaped CORS carriers from the shared node tree: the console's bare array of
 * rules, the CLI/SDK {@code {"CORSRules": [...]}} document, and the {@code CorsConfiguration}
 * property of an {@code AWS::S3::Bucket} template resource (whose field names differ).
 *
 * <p>A rule item that is an {@link IntrinsicNode} (e.g. an {@code Fn::If} choosing a whole rule)
 * is skipped; any other non-mapping item becomes an empty rule anchored on the item, so that
 * the rules can report it as incomplete. {@code MaxAge}/{@code ID} take the first candidate
 * string of their value. Keys the carrier does not define are unknown elements.
 */
public final class CorsJsonReader {

  /** Field names of one carrier: origins, methods, allowed, expose, max age, id. */
  private record Names(String origins, String methods, String allowed, String expose, String maxAge, String id) {
    static final Names JSON = new Names("AllowedOrigins", "AllowedMethods", "AllowedHeaders",
        "ExposeHeaders", "MaxAgeSeconds", "ID");
    static final Names TEMPLATE = new Names("AllowedOrigins", "AllowedMethods", "AllowedHeaders",
        "ExposedHeaders", "MaxAge", "Id");
    static final Names LAMBDA_URL = new Names("AllowOrigins", "AllowMethods", "AllowHeaders",
        "ExposeHeaders", "MaxAge", null);
  }

  static final String CLI_KEY = "CORSRules";
  static final String TEMPLATE_RULES_KEY = "CorsRules";

  private CorsJsonReader() {}

  /**
   * True for a mapping with a {@code CORSRules} key, or a non-empty sequence with at least one
   * mapping item that has {@code AllowedOrigins} or {@code AllowedMethods}.
   */
  public static boolean isCorsDocument(Node root) {
    if (root instanceof MappingNode m) {
      return m.has(CLI_KEY);
    }
    if (root instanceof SequenceNode s) {
      for (Node item : s.items()) {
        if (item instanceof MappingNode m && (m.has("AllowedOrigins") || m.has("AllowedMethods"))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Reads a standalone CORS JSON document: {@link Carrier#CLI_JSON} (anchored on the
   * {@code CORSRules} key) or {@link Carrier#CONSOLE_JSON} (anchored on the array); null when
   * {@link #isCorsDocument} is false.
   */
  public static CorsConfiguration fromDocument(Node root) {
    if (root == null || !isCorsDocument(root)) {
      return null;
    }
    if (root instanceof MappingNode m) {
      MappingNode.Entry e = m.entry(CLI_KEY);
      return new CorsConfiguration(Carrier.CLI_JSON, e.key().range(),
          rules(e.value(), Names.JSON, CorsJsonReader::literalStrings), null);
    }
    return new CorsConfiguration(Carrier.CONSOLE_JSON, root.range(),
        rules(root, Names.JSON, CorsJsonReader::literalStrings), null);
  }

  /**
   * Reads the {@code CorsConfiguration} property of an {@code AWS::S3::Bucket} as
   * {@link Carrier#TEMPLATE}, anchored on the property's key. {@code strings} turns a field's
   * value node (scalar, list or intrinsic) into its candidate strings; pass
   * {@link #literalStrings} when no template evaluation is wanted. A value that is not a mapping
   * (e.g. an intrinsic) gives a configuration without rules.
   */
  public static CorsConfiguration fromTemplate(
      MappingNode.Entry corsConfigurationEntry, String logicalId, Function<Node, List<Token>> strings) {
    Function<Node, List<Token>> eval = strings == null ? CorsJsonReader::literalStrings : strings;
    Node rulesNode = corsConfigurationEntry.value() instanceof MappingNode m ? m.get(TEMPLATE_RULES_KEY) : null;
    return new CorsConfiguration(Carrier.TEMPLATE, corsConfigurationEntry.key().range(),
        rules(rulesNode, Names.TEMPLATE, eval), logicalId);
  }

  /**
   * Reads {@code AWS::Lambda::Url.Cors}: one rule with Lambda's field names, anchored on the
   * {@code Cors} key; null when the value is not a mapping.
   */
  public static CorsConfiguration fromLambdaUrl(
      MappingNode.Entry corsEntry, String logicalId, Function<Node, List<Token>> strings) {
    if (!(corsEntry.value() instanceof MappingNode m)) {
      return null;
    }
    Function<Node, List<Token>> eval = strings == null ? CorsJsonReader::literalStrings : strings;
    return new CorsConfiguration(Carrier.LAMBDA_URL, corsEntry.key().range(),
        List.of(rule(m, Names.LAMBDA_URL, eval)), logicalId);
  }

  /**
   * The literal strings of a plain value: a scalar, or the scalar items of a sequence; null
   * scalars and anything else (mappings, intrinsics) give nothing.
   */
  public static List<Token> literalStrings(Node node) {
    List<Token> out = new ArrayList<>();
    if (node instanceof ScalarNode s) {
      addScalar(s, out);
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.items()) {
        if (item instanceof ScalarNode s) {
          addScalar(s, out);
        }
      }
    }
    return out;
  }

  private static void addScalar(ScalarNode s, List<Token> out) {
    if (!s.isNull()) {
      out.add(new Token(s.value(), s.range()));
    }
  }

  private static List<CorsRule> rules(Node rulesNode, Names names, Function<Node, List<Token>> strings) {
    List<CorsRule> out = new ArrayList<>();
    if (!(rulesNode instanceof SequenceNode seq)) {
      return out;
    }
    for (Node item : seq.items()) {
      if (item instanceof MappingNode m) {
        out.add(rule(m, names, strings));
      } else if (!(item instanceof IntrinsicNode)) {
        out.add(new CorsRule(item.range(), List.of(), List.of(), List.of(), List.of(), null, null, List.of()));
      }
    }
    return out;
  }

  private static CorsRule rule(MappingNode m, Names names, Function<Node, List<Token>> strings) {
    List<Token> origins = new ArrayList<>();
    List<Token> methods = new ArrayList<>();
    List<Token> allowed = new ArrayList<>();
    List<Token> expose = new ArrayList<>();
    List<Token> unknown = new ArrayList<>();
    Token maxAge = null;
    Token id = null;
    for (MappingNode.Entry e : m.entries()) {
      String key = e.name();
      Node v = e.value();
      if (key.equals(names.origins())) {
        origins.addAll(values(v, strings));
      } else if (key.equals(names.methods())) {
        methods.addAll(values(v, strings));
      } else if (key.equals(names.allowed())) {
        allowed.addAll(values(v, strings));
      } else if (key.equals(names.expose())) {
        expose.addAll(values(v, strings));
      } else if (key.equals(names.maxAge())) {
        maxAge = maxAge == null ? first(values(v, strings)) : maxAge;
      } else if (key.equals(names.id())) {
        id = id == null ? first(values(v, strings)) : id;
      } else if (!(names == Names.LAMBDA_URL && key.equals("AllowCredentials"))) {
        unknown.add(new Token(key, e.key().range()));
      }
    }
    var anchor = m.entries().isEmpty() ? m.range() : m.entries().get(0).key().range();
    return new CorsRule(anchor, origins, methods, allowed, expose, maxAge, id, unknown);
  }

  private static List<Token> values(Node v, Function<Node, List<Token>> strings) {
    if (v == null) {
      return List.of();
    }
    List<Token> tokens = strings.apply(v);
    return tokens == null ? List.of() : tokens;
  }

  private static Token first(List<Token> tokens) {
    return tokens.isEmpty() ? null : tokens.get(0);
  }
}
