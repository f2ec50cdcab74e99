package dev.lintel.model.cfn;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.TextRange;
import java.util.List;

/**
 * One entry of a template's {@code Resources}. {@link #typeAnchor()} is where findings about
 * something missing are reported.
 */
public record CfnResource(
    String logicalId, ScalarNode idKey, MappingNode node, String type, MappingNode properties,
    CfnTemplate template) {

  /** The {@code Type} value's range, or the logical id's when there is no type. */
  public TextRange typeAnchor() {
    Node t = node.get("Type");
    return t != null ? t.range() : idKey.range();
  }

  /** The property node as written, or null. */
  public Node property(String name) {
    return properties == null ? null : properties.get(name);
  }

  /** The property's entry (key and value), or null. */
  public MappingNode.Entry propertyEntry(String name) {
    return properties == null ? null : properties.entry(name);
  }

  /** The possible values of a top-level property; empty when the property is absent. */
  public List<Candidate> values(String name) {
    Node n = property(name);
    return n == null ? List.of() : template.evaluator().candidates(n);
  }

  /** The possible values of {@code node} (anywhere inside this resource). */
  public List<Candidate> values(Node node) {
    return node == null ? List.of() : template.evaluator().candidates(node);
  }

  /**
   * The properties after SAM {@code Globals} are merged in (see
   * {@link CfnTemplate#effectiveProperties}); {@link #properties()} for other resources. May be null.
   */
  public MappingNode effectiveProperties() {
    return template.effectiveProperties(this);
  }

  /** A property after SAM {@code Globals} are merged in, or null. */
  public Node effectiveProperty(String name) {
    MappingNode props = effectiveProperties();
    return props == null ? null : props.get(name);
  }

  /** The entry of a property after SAM {@code Globals} are merged in, or null. */
  public MappingNode.Entry effectivePropertyEntry(String name) {
    MappingNode props = effectiveProperties();
    return props == null ? null : props.entry(name);
  }

  /** The possible values of a property after SAM {@code Globals} are merged in. */
  public List<Candidate> effectiveValues(String name) {
    Node n = effectiveProperty(name);
    return n == null ? List.of() : template.evaluator().candidates(n);
  }

  /** True when {@code node} comes from the template's {@code Globals} section, not this resource. */
  public boolean fromGlobals(Node node) {
    return template.fromGlobals(node);
  }

  /** The SARIF logical location of this resource: {@code Resources.<LogicalId>}. */
  public String logicalLocation() {
    return "Resources." + logicalId;
  }
}
