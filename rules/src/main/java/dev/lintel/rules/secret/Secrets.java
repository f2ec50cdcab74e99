package dev.lintel.rules.secret;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnTemplate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret vocabulary of RULES.md §3.18: the secret-name pattern, what counts as plaintext,
 * key material (AWS access keys, private-key blocks), and masking for messages. Messages never
 * contain a secret: values are shown through {@link #mask}.
 */
final class Secrets {

  /** An AWS access key id, delimited by non-alphanumerics. */
  static final Pattern KEY_ID = Pattern.compile("(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])");

  private static final Pattern PRIVATE_KEY = Pattern.compile(
      "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----\\s*[A-Za-z0-9+/=:,\\-\\s]{16,}");

  /** "-----BEGIN" in base64 at any of the three alignments. */
  private static final Pattern PRIVATE_KEY_BASE64 = Pattern.compile("LS0tLS1CRUdJTi|tLS0tQkVHSU4|LS0tLUJFR0lO");

  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i)(pass(word)?|passwd|pwd|secret|token|api[_-]?key|private[_-]?key|credential)");

  private static final Pattern NOT_A_SECRET = Pattern.compile("(?i).*(arn|name|id|path|url|ttl|length)$");

  private Secrets() {}

  /** True for a name that looks like it holds a secret, and does not name, locate or size one. */
  static boolean secretName(String name) {
    return name != null && SECRET_NAME.matcher(name).find() && !NOT_A_SECRET.matcher(name).matches();
  }

  /** True for text that is stored in the template as is: non-empty, not a dynamic reference, not an example. */
  static boolean plaintext(String text) {
    String t = text == null ? "" : text.trim();
    return !t.isEmpty() && !t.contains("{{resolve:") && !example(t);
  }

  /** AWS documentation example values. */
  static boolean example(String text) {
    return text.endsWith("EXAMPLE") || text.contains("EXAMPLEKEY") || text.contains("AKIAIOSFODNN7EXAMPLE");
  }

  /** "an AWS access key id 'AKIA...WXYZ'" or "a private key block" when {@code text} holds one; else null. */
  static String keyMaterial(String text) {
    Matcher m = KEY_ID.matcher(text);
    while (m.find()) {
      if (!text.startsWith("EXAMPLE", m.end() - 7)) {
        String id = m.group();
        return "an AWS access key id '" + id.substring(0, 4) + "..." + id.substring(id.length() - 4) + "'";
      }
    }
    if (PRIVATE_KEY.matcher(text).find() || PRIVATE_KEY_BASE64.matcher(text).find()) {
      return "a private key block";
    }
    String decoded = base64(text);
    return decoded != null && PRIVATE_KEY.matcher(decoded).find() ? "a base64-encoded private key block" : null;
  }

  /** The text decoded from base64 when it is one base64 token of some length; else null. */
  static String base64(String text) {
    String t = text.replaceAll("\\s", "");
    if (t.length() < 24 || !t.matches("[A-Za-z0-9+/]+={0,2}")) {
      return null;
    }
    try {
      return new String(Base64.getDecoder().decode(t), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * At most a quarter of the secret, the rest masked: one leading character below 10 characters,
   * two from 10, and two more at the end from 16.
   */
  static String mask(String secret) {
    String s = secret.trim();
    if (s.length() >= 16) {
      return s.substring(0, 2) + "****" + s.substring(s.length() - 2);
    }
    return s.substring(0, s.length() >= 10 ? 2 : 1) + "****";
  }

  /** True for a parameter type that only names a Parameter Store parameter. */
  static boolean ssmType(MappingNode param) {
    String type = param.string("Type");
    return type != null && type.trim().startsWith("AWS::SSM::Parameter::");
  }

  /** True when the parameter has {@code NoEcho: true}. */
  static boolean noEcho(MappingNode param) {
    return param.get("NoEcho") instanceof ScalarNode s && Boolean.TRUE.equals(s.asBoolean());
  }

  /** The parameter's non-empty literal {@code Default}, or null. */
  static ScalarNode defaultValue(MappingNode param) {
    return param.get("Default") instanceof ScalarNode s && !s.isNull() && !s.value().isBlank() ? s : null;
  }

  /** True when SECRET_PARAMETER_NO_NOECHO reports the parameter {@code name}. */
  static boolean parameterReported(String name, MappingNode param) {
    return secretName(name) && !ssmType(param) && (!noEcho(param) || defaultValue(param) != null);
  }

  /** The parameter a {@code Ref} names, or null (resources and pseudo parameters). */
  static MappingNode referencedParameter(CfnTemplate template, Node node) {
    return node instanceof IntrinsicNode fn && fn.function().equals("Ref") && fn.argument().text() != null
        ? template.parameter(fn.argument().text()) : null;
  }

  /** A literal value a template property can take, where it is written, and the branch leading to it. */
  record Literal(Node anchor, String text, String origin) {

    String originSuffix() {
      return origin == null ? "" : " (" + origin + ")";
    }
  }

  /**
   * The literal values of {@code node}: scalars, both {@code Fn::If} branches, and
   * {@code Fn::Sub}/{@code Fn::Join} strings the evaluator can compute. References to resources
   * and parameters without a default are not literals.
   */
  static List<Literal> literals(CfnTemplate template, Node node) {
    List<Literal> out = new ArrayList<>();
    literals(template, node, null, out);
    return out;
  }

  private static void literals(CfnTemplate template, Node node, String origin, List<Literal> out) {
    if (node instanceof ScalarNode s) {
      out.add(new Literal(s, s.value(), origin));
    } else if (node instanceof IntrinsicNode fn && fn.function().equals("Fn::If")
        && fn.argument() instanceof SequenceNode seq && seq.items().size() == 3) {
      String condition = seq.items().get(0).text();
      String prefix = origin == null ? "" : origin + ", ";
      literals(template, seq.items().get(1), prefix + "when condition " + condition + " is true", out);
      literals(template, seq.items().get(2), prefix + "when condition " + condition + " is false", out);
    } else if (node instanceof IntrinsicNode fn && (fn.function().equals("Fn::Sub") || fn.function().equals("Fn::Join"))) {
      List<Candidate> values = template.evaluator().candidates(node);
      if (values.size() == 1 && values.get(0).known() && values.get(0).text() != null) {
        out.add(new Literal(node, values.get(0).text(), origin));
      }
    }
  }

  /** Every scalar under {@code node}, skipping the arguments of Ref, GetAtt and ImportValue. */
  static void scalars(Node node, Consumer<ScalarNode> out) {
    if (node instanceof ScalarNode s) {
      out.accept(s);
    } else if (node instanceof MappingNode m) {
      m.entries().forEach(e -> scalars(e.value(), out));
    } else if (node instanceof SequenceNode seq) {
      seq.items().forEach(i -> scalars(i, out));
    } else if (node instanceof IntrinsicNode fn && !fn.function().equals("Ref")
        && !fn.function().equals("Fn::GetAtt") && !fn.function().equals("Fn::ImportValue")) {
      scalars(fn.argument(), out);
    }
  }
}
