package dev.lintel.model.cfn;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.Problem;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A read-only view of a CloudFormation or SAM template over its data tree. */
public final class CfnTemplate {

  public static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

  private final MappingNode root;
  private final Map<String, CfnResource> resources = new LinkedHashMap<>();
  private final Evaluator evaluator;
  private final Map<TextRange, Problem> limits = new LinkedHashMap<>();
  private final MappingNode globals;
  private final Map<String, Object> memos = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, MappingNode> effective = new HashMap<>();

  private CfnTemplate(MappingNode root, int maxCombinations, Evaluator.PseudoValues pseudo) {
    this.root = root;
    this.evaluator = new Evaluator(this, maxCombinations, pseudo);
    this.globals = root.mapping("Globals");
    MappingNode res = root.mapping("Resources");
    if (res != null) {
      for (MappingNode.Entry e : res.entries()) {
        MappingNode body = e.value().asMapping();
        if (body == null || resources.containsKey(e.name())) {
          continue;
        }
        Node type = body.get("Type");
        MappingNode props = body.mapping("Properties");
        resources.put(e.name(), new CfnResource(e.name(), e.key(), body,
            type == null ? null : type.text(), props, this));
      }
    }
    if (globals != null) {
      for (CfnResource r : resources.values()) {
        MappingNode section = globalsSection(r.type());
        if (section != null) {
          effective.put(r.logicalId(), SamGlobals.merge(section, r));
        }
      }
    }
  }

  /** The view over {@code root}, or null when the root is not a mapping. */
  public static CfnTemplate of(Node root, int maxCombinations) {
    return of(root, maxCombinations, Evaluator.PseudoValues.DEFAULT);
  }

  /** The view over {@code root} with configured pseudo-parameter values, or null. */
  public static CfnTemplate of(Node root, int maxCombinations, Evaluator.PseudoValues pseudo) {
    MappingNode m = root == null ? null : root.asMapping();
    return m == null ? null : new CfnTemplate(m, maxCombinations, pseudo);
  }

  /** True when the root looks like a template: a format version or typed resources. */
  public static boolean looksLikeTemplate(Node root) {
    MappingNode m = root == null ? null : root.asMapping();
    if (m == null) {
      return false;
    }
    if (m.has("AWSTemplateFormatVersion")) {
      return true;
    }
    MappingNode res = m.mapping("Resources");
    if (res == null || res.entries().isEmpty()) {
      return false;
    }
    for (MappingNode.Entry e : res.entries()) {
      MappingNode body = e.value().asMapping();
      if (body != null && body.has("Type")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A fact derived from the whole template, computed once and shared by every rule that asks
   * under the same {@code key} (e.g. "does this template use a preprocessor"). Rules stay
   * stateless; the template is the natural owner of what depends only on it.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(String key, Supplier<T> compute) {
    Object v = memos.get(key);
    if (v == null) {
      v = compute.get();
      memos.put(key, v);
    }
    return (T) v;
  }

  public MappingNode root() {
    return root;
  }

  public Evaluator evaluator() {
    return evaluator;
  }

  public List<CfnResource> resources() {
    return List.copyOf(resources.values());
  }

  public CfnResource resource(String logicalId) {
    return resources.get(logicalId);
  }

  /** Resources of one type, in document order. */
  public List<CfnResource> resources(String type) {
    List<CfnResource> out = new ArrayList<>();
    for (CfnResource r : resources.values()) {
      if (type.equals(r.type())) {
        out.add(r);
      }
    }
    return out;
  }

  /** The declaration of parameter {@code name}, or null. */
  public MappingNode parameter(String name) {
    MappingNode params = root.mapping("Parameters");
    return params == null ? null : params.mapping(name);
  }

  /** The transforms the template declares (string or list). */
  public List<String> transforms() {
    Node t = root.get("Transform");
    if (t == null) {
      return List.of();
    }
    if (t.text() != null) {
      return List.of(t.text());
    }
    SequenceNode seq = t.asSequence();
    if (seq == null) {
      return Collections.emptyList();
    }
    List<String> out = new ArrayList<>();
    for (Node n : seq.items()) {
      if (n.text() != null) {
        out.add(n.text());
      }
    }
    return out;
  }

  /** The top-level section {@code name} (e.g. {@code Conditions}) when it is a mapping, or null. */
  public MappingNode section(String name) {
    return root.mapping(name);
  }

  /**
   * One {@code INPUT_LIMIT_EXCEEDED} problem per value whose evaluation went over the
   * combination cap so far (values are evaluated when rules ask for them).
   */
  public List<Problem> evaluationLimits() {
    synchronized (limits) {
      return List.copyOf(limits.values());
    }
  }

  void recordLimit(Node node, int maxCombinations) {
    synchronized (limits) {
      limits.putIfAbsent(node.range(), Problem.limit("this value has more than " + maxCombinations
          + " possible combinations of parameter values and conditions (limits.max-combinations);"
          + " rules treated it as unknown", node.range()));
    }
  }

  public boolean isSam() {
    return transforms().contains(SAM_TRANSFORM);
  }

  /** The SAM {@code Globals} section as written, or null. */
  public MappingNode globals() {
    return globals;
  }

  /**
   * The {@code Globals} section merged into resources of {@code type} ({@code Function} for
   * {@code AWS::Serverless::Function}, and likewise Api, HttpApi, SimpleTable, StateMachine,
   * LayerVersion), or null when there is none.
   */
  public MappingNode globalsSection(String type) {
    String section = SamGlobals.section(type);
    return section == null || globals == null ? null : globals.mapping(section);
  }

  /**
   * The properties of {@code r} after SAM {@code Globals} are merged in (RULES.md §2.2): maps
   * merge key by key, lists are the Globals items followed by the resource's, and other values
   * of the resource replace those of Globals. Values taken from Globals are the Globals nodes
   * themselves ({@link #fromGlobals}), so findings on them land in the Globals section. For
   * resources without Globals this is {@link CfnResource#properties()}.
   */
  public MappingNode effectiveProperties(CfnResource r) {
    MappingNode merged = effective.get(r.logicalId());
    return merged != null && resources.get(r.logicalId()) == r ? merged : r.properties();
  }

  /** True when {@code node} is written inside the {@code Globals} section. */
  public boolean fromGlobals(Node node) {
    return globals != null && node != null && globals.range().contains(node.range());
  }
}
