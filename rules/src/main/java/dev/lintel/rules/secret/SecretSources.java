package dev.lintel.rules.secret;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the value of a secret-bearing property comes from (SECRET_TEMPLATE_PLAINTEXT): a literal
 * (scalar, {@code Fn::Join}, or {@code Fn::Sub} without parameters), a parameter with a
 * {@code Default}, or a parameter without {@code NoEcho}. Both {@code Fn::If} branches are
 * followed; dynamic references, resources and SSM parameter types are not sources.
 */
final class SecretSources {

  enum Kind { LITERAL, PARAMETER_DEFAULT, PARAMETER_NOT_MASKED }

  /** One source: {@code text} is the literal, or the parameter's default, or null. */
  record Source(Kind kind, Node anchor, String text, String parameter, String origin) {

    String originSuffix() {
      return origin == null ? "" : " (" + origin + ")";
    }
  }

  private static final Pattern SUB_NAME = Pattern.compile("\\$\\{([^!}][^}]*)}");

  private SecretSources() {}

  static List<Source> of(CfnTemplate template, Node value) {
    List<Source> out = new ArrayList<>();
    collect(template, value, null, out);
    return out;
  }

  private static void collect(CfnTemplate template, Node value, String origin, List<Source> out) {
    if (value instanceof ScalarNode s) {
      literal(s, s.value(), origin, out);
    } else if (value instanceof IntrinsicNode fn && fn.function().equals("Fn::If")
        && fn.argument() instanceof SequenceNode seq && seq.items().size() == 3) {
      String prefix = (origin == null ? "" : origin + ", ") + "when condition " + seq.items().get(0).text();
      collect(template, seq.items().get(1), prefix + " is true", out);
      collect(template, seq.items().get(2), prefix + " is false", out);
    } else if (value instanceof IntrinsicNode fn && fn.function().equals("Ref") && fn.argument().text() != null) {
      parameter(template, value, fn.argument().text(), origin, true, out);
    } else if (value instanceof IntrinsicNode fn && fn.function().equals("Fn::Sub")) {
      SequenceNode args = fn.argument().asSequence();
      Node text = args != null && !args.items().isEmpty() ? args.items().get(0) : fn.argument();
      MappingNode vars = args != null && args.items().size() > 1 ? args.items().get(1).asMapping() : null;
      String t = text.text();
      if (t == null || t.contains("{{resolve:")) {
        return;
      }
      List<String> names = SUB_NAME.matcher(t).results().map(m -> m.group(1)).toList();
      if (vars == null && names.stream().allMatch(n -> n.startsWith("AWS::"))) {
        literal(value, t, origin, out);
      }
      names.stream().filter(n -> vars == null || !vars.has(n))
          .forEach(n -> parameter(template, value, n, origin, false, out));
    } else if (value instanceof IntrinsicNode fn && fn.function().equals("Fn::Join")) {
      for (Candidate c : template.evaluator().candidates(value)) {
        if (c.known()) {
          literal(value, c.text(), origin, out);
        }
      }
    }
  }

  private static void literal(Node anchor, String text, String origin, List<Source> out) {
    if (Secrets.plaintext(text)) {
      out.add(new Source(Kind.LITERAL, anchor, text, null, origin));
    }
  }

  private static void parameter(CfnTemplate template, Node anchor, String name, String origin, boolean direct,
      List<Source> out) {
    MappingNode p = template.parameter(name);
    if (p == null || Secrets.ssmType(p)) {
      return;
    }
    ScalarNode def = Secrets.defaultValue(p);
    if (def != null) {
      out.add(new Source(Kind.PARAMETER_DEFAULT, anchor, def.value(), name, origin));
    } else if (direct && !Secrets.noEcho(p) && !Secrets.parameterReported(name, p)) {
      out.add(new Source(Kind.PARAMETER_NOT_MASKED, anchor, null, name, origin));
    }
  }
}
