package dev.lintel.rules.apigw;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.lambda.LambdaFunctions;
import dev.lintel.rules.lambda.SamGlobals;
import dev.lintel.rules.lambda.TemplateLinks;
import dev.lintel.rules.lambda.TemplateValues;
import java.util.List;
import java.util.Locale;

/**
 * The endpoint kind of the API an integration belongs to: {@code EDGE} (the REST default),
 * {@code REGIONAL}, {@code PRIVATE}, {@code HTTP} or {@code WEBSOCKET}; null when the API is not
 * in the template or its endpoint is unknown.
 */
final class ApiEndpoints {

  private ApiEndpoints() {}

  /** The endpoint of the REST API (plain or SAM) that {@code restApiId} inside {@code from} references. */
  static String restEndpoint(CfnResource from, Node restApiId) {
    for (String id : TemplateLinks.targets(restApiId)) {
      CfnResource api = from.template().resource(id);
      if (api != null && ApiGateways.REST_API.equals(api.type())) {
        return restApiEndpoint(api);
      }
      if (api != null && SamGlobals.API.equals(api.type())) {
        return samApiEndpoint(api, ApiGateways.property(api, "EndpointConfiguration"));
      }
    }
    return null;
  }

  /** The endpoint of a SAM {@code Api} event: its {@code RestApiId}, or the implicit API. */
  static String samRestEndpoint(CfnResource fn, Node restApiId) {
    if (restApiId != null) {
      return restEndpoint(fn, restApiId);
    }
    MappingNode globals = fn.template().root().mapping("Globals");
    MappingNode api = globals == null ? null : globals.mapping("Api");
    return samApiEndpoint(fn, api == null ? null : api.get("EndpointConfiguration"));
  }

  /** The protocol of the v2 API that {@code apiId} references; HTTP (the wider limit) when unknown. */
  static String v2Protocol(CfnResource from, Node apiId) {
    for (String id : TemplateLinks.targets(apiId)) {
      CfnResource api = from.template().resource(id);
      if (api != null && ApiGateways.V2_API.equals(api.type())) {
        Node protocol = api.property("ProtocolType");
        return protocol != null && "WEBSOCKET".equals(protocol.text()) ? "WEBSOCKET" : "HTTP";
      }
    }
    return "HTTP";
  }

  private static String restApiEndpoint(CfnResource api) {
    Node types = TemplateValues.nodeAt(api.property("EndpointConfiguration"), "Types");
    if (types == null) {
      return api.property("EndpointConfiguration") == null ? "EDGE" : null;
    }
    return single(api, TemplateValues.items(api, types).stream().findFirst().orElse(null));
  }

  private static String samApiEndpoint(CfnResource r, Node configuration) {
    if (configuration == null) {
      return "EDGE";
    }
    return single(r, configuration instanceof MappingNode m ? m.get("Type") : configuration);
  }

  private static String single(CfnResource r, Node node) {
    List<Candidate> values = r.values(node);
    if (values.size() != 1 || !values.get(0).known() || values.get(0).text() == null) {
      return null;
    }
    return values.get(0).text().toUpperCase(Locale.ROOT);
  }

  static String describe(String endpoint) {
    if (endpoint == null) {
      return "REST API";
    }
    return switch (endpoint) {
      case "EDGE" -> "edge-optimized REST API";
      case "REGIONAL" -> "regional REST API";
      case "PRIVATE" -> "private REST API";
      case "WEBSOCKET" -> "WebSocket API";
      default -> "HTTP API";
    };
  }

  /** The function a Lambda proxy integration calls: the SAM function itself, or the one {@code uri} names. */
  static CfnResource proxiedFunction(CfnResource r, Node uri) {
    if (uri == r.node()) {
      return r;
    }
    for (CfnResource fn : LambdaFunctions.all(r)) {
      if (TemplateLinks.targets(uri).contains(fn.logicalId())) {
        return fn;
      }
    }
    return null;
  }
}
