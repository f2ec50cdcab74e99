package dev.lintel.rules.cfn;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.parse.data.CfnSpec.Kind;
import dev.lintel.parse.data.CfnSpec.PropertyType;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which JSON shapes a specification type accepts, as CloudFormation reads them (RULES.md §2.1):
 * any scalar for a string, numeric strings for numbers, {@code true}/{@code false} in any case
 * and quoted or not for booleans. Nulls and YAML 1.1 words ({@code yes}, {@code off}) are not
 * judged.
 */
final class SpecShapes {

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Set<String> YAML11_BOOLEANS = Set.of("y", "n", "yes", "no", "on", "off");

  /**
   * Object properties that {@code aws cloudformation package} accepts as a local path and replaces
   * with their S3 location before deployment: resource type, property name.
   */
  private static final Set<String> PACKAGED = Set.of(
      "AWS::Lambda::Function Code", "AWS::Lambda::LayerVersion Content", "AWS::ApiGateway::RestApi BodyS3Location",
      "AWS::ElasticBeanstalk::ApplicationVersion SourceBundle",
      "AWS::StepFunctions::StateMachine DefinitionS3Location", "AWS::CodeCommit::Repository S3");

  private SpecShapes() {}

  /** True when {@code c} is a local path that {@code aws cloudformation package} uploads for property {@code name}. */
  static boolean packaged(String resourceType, String name, Candidate c) {
    return PACKAGED.contains(resourceType + " " + name) && (c.value() == null || c.value() instanceof ScalarNode);
  }

  /** True when the known candidate {@code c} has a shape {@code type} accepts, or cannot be judged. */
  static boolean accepts(PropertyType type, Candidate c) {
    Node v = c.value();
    if (v instanceof ScalarNode s && (s.isNull() || s.type() == ScalarNode.Type.PLAIN
        && YAML11_BOOLEANS.contains(s.value().toLowerCase(Locale.ROOT)))) {
      return true;
    }
    if (v instanceof MappingNode m && m.keys().stream().anyMatch(k -> k.startsWith("Fn::"))) {
      return true;
    }
    for (PropertyType t : type.choices()) {
      if (accepts(t.kind(), v, c.text())) {
        return true;
      }
    }
    return false;
  }

  private static boolean accepts(Kind kind, Node v, String text) {
    boolean scalar = v == null || v instanceof ScalarNode;
    return switch (kind) {
      case JSON -> true;
      case STRING, TIMESTAMP -> scalar;
      case INTEGER, NUMBER -> scalar && NUMBER.matcher(text.trim()).matches();
      case BOOLEAN -> scalar && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"));
      case LIST -> v instanceof SequenceNode;
      case MAP, NESTED, TAG -> v instanceof MappingNode;
      case UNION -> false;
    };
  }

  /** What {@code type} accepts, for messages: {@code a list}, {@code an integer or a string}. */
  static String describe(PropertyType type) {
    Set<String> out = new LinkedHashSet<>();
    for (PropertyType t : type.choices()) {
      out.add(switch (t.kind()) {
        case STRING, TIMESTAMP -> "a string";
        case INTEGER -> "an integer";
        case NUMBER -> "a number";
        case BOOLEAN -> "a boolean (true or false)";
        case LIST -> "a list";
        case MAP, NESTED, TAG, UNION -> "a mapping";
        case JSON -> "JSON";
      });
    }
    return String.join(" or ", out);
  }

  /** The shape of a known candidate, for messages: {@code a mapping}, {@code a list}, {@code 'abc'}. */
  static String describe(Candidate c) {
    if (c.value() instanceof MappingNode) {
      return "a mapping";
    }
    if (c.value() instanceof SequenceNode) {
      return "a list";
    }
    return "'" + c.text() + "'";
  }
}
