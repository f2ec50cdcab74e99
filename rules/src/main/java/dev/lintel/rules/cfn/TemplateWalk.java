package dev.lintel.rules.cfn;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;

/** Small template walks shared by the CFN rules. */
final class TemplateWalk {

  private static final int MAX_DEPTH = 256;

  private TemplateWalk() {}

  /** Calls {@code action} for every intrinsic named {@code function} under {@code root}, each node once. */
  static void intrinsics(Node root, String function, Consumer<IntrinsicNode> action) {
    walk(root, function, action, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
  }

  private static void walk(Node n, String function, Consumer<IntrinsicNode> action, Set<Node> seen, int depth) {
    if (n == null || depth > MAX_DEPTH || !seen.add(n)) {
      return;
    }
    if (n instanceof IntrinsicNode fn) {
      if (fn.function().equals(function)) {
        action.accept(fn);
      }
      walk(fn.argument(), function, action, seen, depth + 1);
    } else if (n instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        walk(e.value(), function, action, seen, depth + 1);
      }
    } else if (n instanceof SequenceNode s) {
      for (Node item : s.items()) {
        walk(item, function, action, seen, depth + 1);
      }
    }
  }

  /**
   * True when the template needs a tool or macro before CloudFormation reads it: a transform
   * other than SAM and {@code AWS::LanguageExtensions}, a registry module ({@code ...::MODULE}), or
   * a resource whose {@code Type} is a pre-processor tag such as {@code !Rain::Module}. Such tools
   * add resources and types.
   */
  static boolean preprocessed(CfnTemplate template) {
    return template.memo("lintel.cfn.preprocessed", () -> computePreprocessed(template));
  }

  private static boolean computePreprocessed(CfnTemplate template) {
    for (String t : template.transforms()) {
      if (!t.equals(CfnTemplate.SAM_TRANSFORM) && !t.equals("AWS::LanguageExtensions")) {
        return true;
      }
    }
    for (CfnResource r : template.resources()) {
      if (isModuleTag(r.node().get("Type")) || r.type() != null && r.type().endsWith("::MODULE")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a {@code Type} written as a pre-processor directive: a non-CloudFormation tag such as
   * {@code !Rain::Module path}, or its JSON form {@code {"Rain::Module": path}}.
   */
  static boolean isModuleTag(Node type) {
    if (type instanceof IntrinsicNode fn) {
      return fn.function().startsWith("Fn::") && fn.function().indexOf("::", 4) > 0;
    }
    return type instanceof MappingNode m && m.entries().size() == 1 && m.entries().get(0).name().contains("::")
        && !m.entries().get(0).name().startsWith("Fn::");
  }

  /**
   * True when {@code id} may be a resource the SAM transform generates: in a SAM template, a
   * name starting with a serverless resource's logical id ({@code MyFunctionRole}) or with
   * {@code Serverless}/{@code CodeDeploy} ({@code ServerlessRestApi}).
   */
  static boolean samGenerated(CfnTemplate template, String id) {
    if (!template.isSam()) {
      return false;
    }
    if (id.startsWith("Serverless") || id.startsWith("CodeDeploy")) {
      return true;
    }
    for (CfnResource r : template.resources()) {
      if (r.type() != null && r.type().startsWith("AWS::Serverless::") && id.startsWith(r.logicalId())) {
        return true;
      }
    }
    return false;
  }
}
