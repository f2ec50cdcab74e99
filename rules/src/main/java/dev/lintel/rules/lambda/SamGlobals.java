package dev.lintel.rules.lambda;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.CfnResource;
import java.util.List;

/**
 * Effective properties of SAM resources (RULES.md §2.2) until the model merges {@code Globals}:
 * a property of an {@code AWS::Serverless::Function}, {@code Api} or {@code HttpApi} is the
 * resource's own value, else the value in {@code Globals.Function}, {@code Globals.Api} or
 * {@code Globals.HttpApi}. A value from {@code Globals} is reported on the {@code Globals} node,
 * once: {@link #reportable} is true only for the first resource that inherits it.
 */
public final class SamGlobals {

  public static final String FUNCTION = "AWS::Serverless::Function";
  public static final String API = "AWS::Serverless::Api";
  public static final String HTTP_API = "AWS::Serverless::HttpApi";

  private SamGlobals() {}

  /** The resource's own property, else its Globals section's; null when neither sets it. */
  public static Node property(CfnResource r, String name) {
    Node own = r.property(name);
    if (own != null) {
      return own;
    }
    MappingNode section = section(r);
    return section == null ? null : section.get(name);
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
    MappingNode globals = r.template().root().mapping("Globals");
    if (globals == null || r.type() == null) {
      return null;
    }
    return switch (r.type()) {
      case FUNCTION -> globals.mapping("Function");
      case API -> globals.mapping("Api");
      case HTTP_API -> globals.mapping("HttpApi");
      default -> null;
    };
  }

  /** True for the SAM resource types that take {@code Globals}. */
  public static boolean isSam(CfnResource r) {
    return List.of(FUNCTION, API, HTTP_API).contains(r.type());
  }
}
