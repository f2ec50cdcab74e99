package dev.lintel.rules.lambda;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.CfnResource;
import java.util.List;

/**
 * Rule-side helpers over the model's SAM {@code Globals} merge ({@link CfnResource#effectiveProperty},
 * RULES.md §2.2): a value from {@code Globals} is reported on the {@code Globals} node, once:
 * {@link #reportable} is true only for the first resource that inherits it.
 */
public final class SamGlobals {

  public static final String FUNCTION = "AWS::Serverless::Function";
  public static final String API = "AWS::Serverless::Api";
  public static final String HTTP_API = "AWS::Serverless::HttpApi";

  private SamGlobals() {}

  /** The property with SAM {@code Globals} merged in; null when neither the resource nor Globals sets it. */
  public static Node property(CfnResource r, String name) {
    return r.effectiveProperty(name);
  }

  /** True when the effective value of {@code name} comes from {@code Globals}. */
  public static boolean fromGlobals(CfnResource r, String name) {
    return r.property(name) == null && property(r, name) != null;
  }

  /**
   * True when a finding about the effective value of {@code name} belongs to this resource: it
   * sets the property itself, or it is the first resource of its type that inherits the
   * {@code Globals} value.
   */
  public static boolean reportable(CfnResource r, String name) {
    if (!fromGlobals(r, name)) {
      return true;
    }
    for (CfnResource other : r.template().resources(r.type())) {
      if (other.property(name) == null) {
        return other.logicalId().equals(r.logicalId());
      }
    }
    return true;
  }

  /** The {@code Globals} section that applies to {@code r}, or null. */
  public static MappingNode section(CfnResource r) {
    return r.type() == null ? null : r.template().globalsSection(r.type());
  }

  /** True for the SAM resource types that take {@code Globals}. */
  public static boolean isSam(CfnResource r) {
    return List.of(FUNCTION, API, HTTP_API).contains(r.type());
  }
}
