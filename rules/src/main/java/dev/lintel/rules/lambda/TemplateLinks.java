package dev.lintel.rules.lambda;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resource links (RULES.md §2.2): X references Y when X contains {@code Ref}, {@code Fn::GetAtt}
 * or {@code Fn::Sub} naming Y, or a literal name or ARN equal to Y's literal name.
 */
public final class TemplateLinks {

  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");
  private static final int MAX_DEPTH = 64;

  private TemplateLinks() {}

  /** The logical ids that {@code node} names through {@code Ref}, {@code Fn::GetAtt} or {@code Fn::Sub}. */
  public static Set<String> targets(Node node) {
    Set<String> out = new LinkedHashSet<>();
    collect(node, out, 0);
    return out;
  }

  private static void collect(Node node, Set<String> out, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (node instanceof IntrinsicNode fn) {
      Node arg = fn.argument();
      switch (fn.function()) {
        case "Ref" -> add(arg.text(), out);
        case "Fn::GetAtt" -> add(arg.text() != null ? arg.text()
            : arg instanceof SequenceNode s && !s.items().isEmpty() ? s.items().get(0).text() : null, out);
        case "Fn::Sub" -> {
          Node text = arg instanceof SequenceNode s && !s.items().isEmpty() ? s.items().get(0) : arg;
          if (text.text() != null) {
            Matcher m = SUB_VARIABLE.matcher(text.text());
            while (m.find()) {
              add(m.group(1), out);
            }
          }
          if (arg instanceof SequenceNode s && s.items().size() > 1) {
            collect(s.items().get(1), out, depth + 1);
          }
        }
        default -> collect(arg, out, depth + 1);
      }
    } else if (node instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        collect(e.value(), out, depth + 1);
      }
    } else if (node instanceof SequenceNode s) {
      for (Node item : s.items()) {
        collect(item, out, depth + 1);
      }
    }
  }

  private static void add(String target, Set<String> out) {
    if (target == null || target.startsWith("AWS::")) {
      return;
    }
    int dot = target.indexOf('.');
    out.add(dot < 0 ? target : target.substring(0, dot));
  }

  /**
   * True when {@code node} (a value inside {@code from}) references {@code target}: by name, or by
   * a literal equal to (or an ARN ending in) the target's literal {@code nameProperty}.
   */
  public static boolean refersTo(CfnResource from, Node node, CfnResource target, String nameProperty) {
    if (node == null) {
      return false;
    }
    if (targets(node).contains(target.logicalId())) {
      return true;
    }
    Node nameNode = nameProperty == null ? null : target.property(nameProperty);
    String name = nameNode == null ? null : nameNode.text();
    if (name == null || name.isEmpty()) {
      return false;
    }
    for (Candidate c : from.values(node)) {
      String t = c.text();
      if (c.known() && t != null && (t.equals(name) || t.endsWith(":" + name) || t.endsWith("/" + name))) {
        return true;
      }
    }
    return false;
  }

  /** The resources of {@code type} that {@code node} (inside {@code from}) references. */
  public static List<CfnResource> referenced(CfnResource from, Node node, String type, String nameProperty) {
    List<CfnResource> out = new ArrayList<>();
    CfnTemplate t = from.template();
    for (CfnResource r : t.resources(type)) {
      if (refersTo(from, node, r, nameProperty)) {
        out.add(r);
      }
    }
    return out;
  }
}
