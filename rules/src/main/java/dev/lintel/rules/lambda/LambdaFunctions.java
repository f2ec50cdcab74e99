package dev.lintel.rules.lambda;

import dev.lintel.engine.Handler;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lambda functions of a template, plain ({@code AWS::Lambda::Function}) and SAM
 * ({@code AWS::Serverless::Function}, with {@code Globals}), and the resources that link to them
 * (RULES.md §3.11).
 */
public final class LambdaFunctions {

  public static final String PLAIN = "AWS::Lambda::Function";
  public static final String SAM = SamGlobals.FUNCTION;
  public static final String EVENT_SOURCE_MAPPING = "AWS::Lambda::EventSourceMapping";

  /** SAM event types that are event source mappings (Lambda polls the source). */
  public static final Set<String> POLLED_EVENTS =
      Set.of("SQS", "Kinesis", "DynamoDB", "MSK", "MQ", "SelfManagedKafka", "DocumentDB");

  /** SAM event types whose invocations are synchronous. */
  public static final Set<String> SYNC_EVENTS = Set.of("Api", "HttpApi", "Cognito", "AlexaSkill");

  private LambdaFunctions() {}

  /** Subscribes {@code handler} to both function types. */
  public static void on(Subscriptions on, Handler<CfnResource> handler) {
    on.cfnResource(PLAIN, handler);
    on.cfnResource(SAM, handler);
  }

  public static boolean isSam(CfnResource fn) {
    return SAM.equals(fn.type());
  }

  /** The effective property: SAM functions fall back to {@code Globals.Function}. */
  public static Node property(CfnResource fn, String name) {
    return isSam(fn) ? SamGlobals.property(fn, name) : fn.property(name);
  }

  /** The candidates of the effective property; empty when it is absent. */
  public static List<Candidate> values(CfnResource fn, String name) {
    Node n = property(fn, name);
    return n == null ? List.of() : fn.values(n);
  }

  /** True when a finding on the effective property belongs to this function (see {@link SamGlobals#reportable}). */
  public static boolean reportable(CfnResource fn, String name) {
    return !isSam(fn) || SamGlobals.reportable(fn, name);
  }

  /** Every function of the template, in document order. */
  public static List<CfnResource> all(CfnResource any) {
    List<CfnResource> out = new ArrayList<>();
    for (CfnResource r : any.template().resources()) {
      if (PLAIN.equals(r.type()) || SAM.equals(r.type())) {
        out.add(r);
      }
    }
    return out;
  }

  /** True when {@code node} inside {@code from} names {@code fn} (Ref, GetAtt, Sub, or its literal name). */
  public static boolean names(CfnResource from, Node node, CfnResource fn) {
    return TemplateLinks.refersTo(from, node, fn, "FunctionName");
  }

  /** Resources of {@code type} whose {@code property} names {@code fn}. */
  public static List<CfnResource> linked(CfnResource fn, String type, String property) {
    List<CfnResource> out = new ArrayList<>();
    for (CfnResource r : fn.template().resources(type)) {
      if (names(r, r.property(property), fn)) {
        out.add(r);
      }
    }
    return out;
  }

  /** The SAM events of a function: each event's mapping ({@code Type}, {@code Properties}). */
  public static List<MappingNode> samEvents(CfnResource fn) {
    List<MappingNode> out = new ArrayList<>();
    MappingNode events = fn.property("Events") == null ? null : fn.property("Events").asMapping();
    if (events != null) {
      for (MappingNode.Entry e : events.entries()) {
        if (e.value() instanceof MappingNode m) {
          out.add(m);
        }
      }
    }
    return out;
  }
}
