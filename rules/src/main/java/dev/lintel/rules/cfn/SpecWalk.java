package dev.lintel.rules.cfn;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.parse.data.CfnSpec;
import dev.lintel.parse.data.CfnSpec.Kind;
import dev.lintel.parse.data.CfnSpec.Property;
import dev.lintel.parse.data.CfnSpec.PropertyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a resource's property values against the resource specification: every mapping that the
 * specification types as an object is visited with the properties it may hold, and every typed
 * value with its candidates, at any depth, through lists, maps and every candidate value
 * ({@code Fn::If} branches, parameter values). Free-form JSON values and unknown values are not
 * entered. SAM types are checked at the top level only (their nested shapes are not in the data).
 */
final class SpecWalk {

  /** Receives each typed mapping found in a resource. */
  interface Visitor {
    /**
     * {@code mapping} should hold {@code properties} (of nested type {@code typeName}, null at
     * the top level); {@code anchor} is where something missing from it is reported.
     */
    void mapping(MappingNode mapping, Map<String, Property> properties, String typeName, TextRange anchor,
        String origin);
  }

  /** Receives each value the specification types, with its candidate values. */
  interface ValueVisitor {
    /**
     * {@code written} (the node as written, named {@code name} in messages) should be of
     * {@code type}; {@code candidates} are its possible values, {@code origin} how the walk got
     * there (null for plain literals).
     */
    void value(Node written, List<Candidate> candidates, PropertyType type, String name, String origin);
  }

  private static final int MAX_DEPTH = 64;

  private final CfnResource resource;
  private final CfnSpec.ResourceType type;
  private final Visitor visitor;
  private final ValueVisitor values;

  private SpecWalk(CfnResource resource, CfnSpec.ResourceType type, Visitor visitor, ValueVisitor values) {
    this.resource = resource;
    this.type = type;
    this.visitor = visitor;
    this.values = values;
  }

  /**
   * The specification of {@code r}'s type when its properties can be checked (a known
   * {@code AWS::}/{@code Alexa::} type, not a custom resource), else null. Callers skip {@link TemplateWalk#preprocessed}
   * templates: a macro may rewrite properties.
   */
  static CfnSpec.ResourceType checkable(CfnResource r) {
    if (r.type() == null || !(r.type().startsWith("AWS::") || r.type().startsWith("Alexa::"))
        || r.type().equals("AWS::CloudFormation::CustomResource")) {
      return null;
    }
    return CfnSpec.get().resourceType(r.type());
  }

  /** Visits {@code properties} (a resource's own or effective properties) and everything typed below it. */
  static void walk(CfnResource r, CfnSpec.ResourceType type, MappingNode properties, Visitor visitor) {
    new SpecWalk(r, type, visitor, null).object(properties, type.properties(), null, r.typeAnchor(), null, 0);
  }

  /** Visits every typed value in {@code properties} and below it, with its candidate values. */
  static void walkValues(CfnResource r, CfnSpec.ResourceType type, MappingNode properties, ValueVisitor values) {
    new SpecWalk(r, type, (m, p, n, a, o) -> { }, values)
        .object(properties, type.properties(), null, r.typeAnchor(), null, 0);
  }

  /** {@code origin} followed by the candidate's own origin, or null when both are null. */
  static String origin(String origin, Candidate c) {
    if (c.origin() == null || (origin != null && (", " + origin + ", ").contains(", " + c.origin() + ", "))) {
      return origin;
    }
    return origin == null ? c.origin() : origin + ", " + c.origin();
  }

  private void object(MappingNode m, Map<String, Property> props, String typeName, TextRange anchor, String origin,
      int depth) {
    visitor.mapping(m, props, typeName, anchor, origin);
    if (type.isSam() || depth > MAX_DEPTH) {
      return;
    }
    for (MappingNode.Entry e : m.entries()) {
      Property p = props.get(e.name());
      if (p != null) {
        value(e.value(), p.type(), e.name(), e.key().range(), origin, depth + 1);
      }
    }
  }

  private void value(Node node, PropertyType t, String name, TextRange anchor, String origin, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    List<Candidate> candidates = node instanceof IntrinsicNode ? resource.values(node)
        : List.of(Candidate.literal(node));
    if (values != null) {
      values.value(node, candidates, t, name, origin);
    }
    for (Candidate c : candidates) {
      Node v = c.value();
      if (!c.known() || v == null || v instanceof IntrinsicNode) {
        continue;
      }
      String at = origin(origin, c);
      if (v instanceof MappingNode m) {
        Map<String, Property> props = objectProperties(t);
        if (props != null) {
          object(m, props, objectName(t), anchor, at, depth + 1);
        } else {
          PropertyType element = choice(t, Kind.MAP);
          if (element != null) {
            for (MappingNode.Entry e : m.entries()) {
              value(e.value(), element, name + "." + e.name(), e.key().range(), at, depth + 1);
            }
          }
        }
      } else if (v instanceof SequenceNode seq) {
        PropertyType element = choice(t, Kind.LIST);
        if (element != null) {
          for (Node item : seq.items()) {
            value(item, element, name + " item", itemAnchor(item), at, depth + 1);
          }
        }
      }
    }
  }

  /**
   * The properties a mapping of type {@code t} may hold: for a union, every object alternative's
   * names together (then no property counts as required unless all alternatives require it).
   */
  private Map<String, Property> objectProperties(PropertyType t) {
    List<Map<String, Property>> objects = new ArrayList<>();
    for (PropertyType c : t.choices()) {
      if (c.isObject()) {
        Map<String, Property> props = type.propertiesOf(c);
        if (props == null) {
          return null;
        }
        objects.add(props);
      } else if (c.kind() == Kind.JSON || c.kind() == Kind.MAP) {
        return null;
      }
    }
    if (objects.size() <= 1) {
      return objects.isEmpty() ? null : objects.get(0);
    }
    Map<String, Property> merged = new LinkedHashMap<>();
    for (Map<String, Property> o : objects) {
      for (Property p : o.values()) {
        boolean required = objects.stream().allMatch(x -> x.containsKey(p.name()) && x.get(p.name()).required());
        merged.putIfAbsent(p.name(), new Property(p.name(), p.type(), required));
      }
    }
    return merged;
  }

  private static String objectName(PropertyType t) {
    for (PropertyType c : t.choices()) {
      if (c.kind() == Kind.NESTED) {
        return c.nested();
      }
    }
    return null;
  }

  /** The element type of the {@code kind} (LIST or MAP) alternative of {@code t}, or null. */
  private static PropertyType choice(PropertyType t, Kind kind) {
    for (PropertyType c : t.choices()) {
      if (c.kind() == kind) {
        return c.element();
      }
    }
    return null;
  }

  private static TextRange itemAnchor(Node item) {
    if (item instanceof MappingNode m && !m.entries().isEmpty()) {
      return m.entries().get(0).key().range();
    }
    return item.range();
  }
}
