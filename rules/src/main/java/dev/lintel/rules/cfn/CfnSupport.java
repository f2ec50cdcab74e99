package dev.lintel.rules.cfn;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.model.cfn.Evaluator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Shared template-structure logic for the {@code CFN_} rules: a walk over every intrinsic
 * function with its section and context, the names a template declares, and transform tests.
 */
public final class CfnSupport {

  public static final String LANGUAGE_EXTENSIONS = "AWS::LanguageExtensions";

  /** Sections whose intrinsic functions CloudFormation evaluates (Rules has its own functions). */
  public static final List<String> EVALUATED_SECTIONS = List.of("Conditions", "Resources", "Outputs", "Globals");

  /**
   * One intrinsic function met by {@link #walk}.
   *
   * @param section the top-level section it is in
   * @param resource the logical id of the enclosing resource or output, or null
   * @param inIfBranch true inside the second or third argument of an {@code Fn::If}
   */
  public record Visit(IntrinsicNode fn, String section, String resource, boolean inIfBranch) {}

  private static final int MAX_DEPTH = 400;

  private CfnSupport() {}

  /** Every intrinsic function in {@code sections} of the template, in document order. */
  public static List<Visit> walk(CfnTemplate t, List<String> sections) {
    List<Visit> out = new ArrayList<>();
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (MappingNode.Entry e : t.root().entries()) {
      if (!sections.contains(e.name())) {
        continue;
      }
      MappingNode body = e.value().asMapping();
      if (body == null) {
        walk(e.value(), e.name(), null, false, 0, seen, out);
        continue;
      }
      for (MappingNode.Entry item : body.entries()) {
        walk(item.value(), e.name(), item.name(), false, 0, seen, out);
      }
    }
    return out;
  }

  /** Every intrinsic function inside {@code n}, in document order. */
  public static List<Visit> walk(Node n, String section, String owner) {
    List<Visit> out = new ArrayList<>();
    walk(n, section, owner, false, 0, Collections.newSetFromMap(new IdentityHashMap<>()), out);
    return out;
  }

  private static void walk(Node n, String section, String owner, boolean inIf, int depth, Set<Node> seen,
      List<Visit> out) {
    if (depth > MAX_DEPTH || n == null || (!(n instanceof dev.lintel.model.ScalarNode) && !seen.add(n))) {
      return;
    }
    if (n instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        walk(e.value(), section, owner, inIf, depth + 1, seen, out);
      }
    } else if (n instanceof SequenceNode s) {
      for (Node item : s.items()) {
        walk(item, section, owner, inIf, depth + 1, seen, out);
      }
    } else if (n instanceof IntrinsicNode fn) {
      out.add(new Visit(fn, section, owner, inIf));
      SequenceNode args = fn.argument().asSequence();
      if (fn.function().equals("Fn::If") && args != null) {
        for (int i = 0; i < args.items().size(); i++) {
          walk(args.items().get(i), section, owner, inIf || i > 0, depth + 1, seen, out);
        }
      } else {
        walk(fn.argument(), section, owner, inIf, depth + 1, seen, out);
      }
    }
  }

  /**
   * True when the template is the input of a preprocessor rather than what CloudFormation reads:
   * it declares a transform other than SAM and the language extensions (a macro), or uses Rain
   * directives ({@code Rain::Module}, {@code !Rain::Embed}, a {@code Rain} section).
   */
  public static boolean hasMacroTransform(CfnTemplate t) {
    return t.memo("lintel.cfn.macroTransform", () -> computeMacroTransform(t));
  }

  private static boolean computeMacroTransform(CfnTemplate t) {
    for (String tr : t.transforms()) {
      if (!tr.equals(CfnTemplate.SAM_TRANSFORM) && !tr.equals(LANGUAGE_EXTENSIONS)) {
        return true;
      }
    }
    return (t.root().get("Transform") != null && t.transforms().isEmpty()) || t.root().has("Rain")
        || usesRain(t.root(), 0);
  }

  private static boolean usesRain(Node n, int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    if (n instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        if (e.name().startsWith("Rain::") || usesRain(e.value(), depth + 1)) {
          return true;
        }
      }
    } else if (n instanceof SequenceNode s) {
      for (Node item : s.items()) {
        if (usesRain(item, depth + 1)) {
          return true;
        }
      }
    } else if (n instanceof IntrinsicNode fn) {
      return fn.function().startsWith("Fn::Rain::") || usesRain(fn.argument(), depth + 1);
    }
    return false;
  }

  public static boolean hasLanguageExtensions(CfnTemplate t) {
    return t.transforms().contains(LANGUAGE_EXTENSIONS);
  }

  /** The keys of a top-level section, or an empty set. */
  public static Set<String> names(CfnTemplate t, String section) {
    MappingNode m = t.section(section);
    return m == null ? Set.of() : new LinkedHashSet<>(m.keys());
  }

  /**
   * True when {@code name} may be the target of a {@code Ref}: a parameter, a resource, a pseudo
   * parameter, a name SAM generates from a serverless resource, or a {@code Fn::ForEach} loop
   * identifier.
   */
  public static boolean isReferable(CfnTemplate t, String name) {
    if (Evaluator.PSEUDO_PARAMETERS.contains(name) || t.parameter(name) != null || t.resource(name) != null
        || names(t, "Resources").contains(name)) {
      return true;
    }
    if ((t.isSam() && isSamGenerated(t, name)) || isGenerated(t, name)) {
      return true;
    }
    return hasLanguageExtensions(t) && loopIdentifiers(t).contains(name);
  }

  /** True for a resource of the template or, in SAM templates, a resource SAM generates. */
  public static boolean isResourceName(CfnTemplate t, String name) {
    return t.resource(name) != null || names(t, "Resources").contains(name) || (t.isSam() && isSamGenerated(t, name))
        || isGenerated(t, name);
  }

  /** True when the template generates names with {@code Fn::ForEach}: they cannot be checked statically. */
  public static boolean hasLoops(CfnTemplate t) {
    return hasLanguageExtensions(t) && !loopIdentifiers(t).isEmpty();
  }

  /** The implicit APIs SAM creates ({@code ServerlessRestApi}, {@code ServerlessHttpApi} and their stages). */
  private static boolean isSamGenerated(CfnTemplate t, String name) {
    return name.startsWith("ServerlessRestApi") || name.startsWith("ServerlessHttpApi");
  }

  /** True for a name that a module resource ({@code Type: ...::MODULE}) or a SAM resource may generate. */
  private static boolean isGenerated(CfnTemplate t, String name) {
    for (CfnResource r : t.resources()) {
      String type = r.type() == null ? "" : r.type();
      boolean generates = type.endsWith("::MODULE") || (t.isSam() && type.startsWith("AWS::Serverless::"));
      if (generates && name.startsWith(r.logicalId())) {
        return true;
      }
    }
    return false;
  }

  /** The identifiers of every {@code Fn::ForEach} loop (the first item of its value). */
  public static Set<String> loopIdentifiers(CfnTemplate t) {
    Set<String> out = new HashSet<>();
    collectLoops(t.root(), out, 0);
    return out;
  }

  private static void collectLoops(Node n, Set<String> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (n instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        if (e.name().startsWith("Fn::ForEach::") && e.value() instanceof SequenceNode s && !s.items().isEmpty()
            && s.items().get(0).text() != null) {
          out.add(s.items().get(0).text());
        }
        collectLoops(e.value(), out, depth + 1);
      }
    } else if (n instanceof SequenceNode s) {
      s.items().forEach(i -> collectLoops(i, out, depth + 1));
    } else if (n instanceof IntrinsicNode fn) {
      if (fn.function().startsWith("Fn::ForEach::") && fn.argument() instanceof SequenceNode s
          && !s.items().isEmpty() && s.items().get(0).text() != null) {
        out.add(s.items().get(0).text());
      }
      collectLoops(fn.argument(), out, depth + 1);
    }
  }

  /** The target logical id of a {@code Fn::Sub} variable ({@code Name} of {@code Name.Attr}). */
  public static String subTarget(String variable) {
    int dot = variable.indexOf('.');
    return dot < 0 ? variable : variable.substring(0, dot);
  }

  /** The {@code Fn::Sub} template string node and its variable map (null when absent). */
  public static Node subText(IntrinsicNode sub) {
    if (sub.argument() instanceof SequenceNode s) {
      return s.items().isEmpty() ? null : s.items().get(0);
    }
    return sub.argument();
  }

  public static MappingNode subVariables(IntrinsicNode sub) {
    return sub.argument() instanceof SequenceNode s && s.items().size() > 1 ? s.items().get(1).asMapping() : null;
  }
}
