package dev.lintel.rules.iam;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.model.policy.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the identity policies of a template by the role, user, group or SAM function that
 * holds them (inline, or attached through {@code Roles}/{@code Users}/{@code Groups},
 * {@code RoleName}/{@code UserName}/{@code GroupName} or {@code ManagedPolicyArns}). A policy
 * attached to nothing in the template forms a group of its own.
 */
final class IamPrincipals {

  private static final Set<String> HOLDERS = Set.of("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group",
      "AWS::Serverless::Function", "AWS::Serverless::StateMachine");

  private static final Map<String, String> NAME_PROPERTY = Map.of(
      "AWS::IAM::Role", "RoleName", "AWS::IAM::User", "UserName", "AWS::IAM::Group", "GroupName");

  private IamPrincipals() {}

  /** Holder (role/user/group/function, or the policy's own resource) → its identity policies. */
  static Map<CfnResource, List<Policy>> group(CfnTemplate t, List<Policy> policies) {
    Map<CfnResource, List<Policy>> out = new LinkedHashMap<>();
    for (Policy p : policies) {
      if (p.owner() == null || p.owner().template() != t || !IamStatements.identity(p)) {
        continue;
      }
      List<CfnResource> holders = holders(p.owner());
      if (holders.isEmpty()) {
        holders = List.of(p.owner());
      }
      for (CfnResource h : holders) {
        out.computeIfAbsent(h, k -> new ArrayList<>()).add(p);
      }
    }
    return out;
  }

  private static List<CfnResource> holders(CfnResource owner) {
    if (HOLDERS.contains(owner.type())) {
      return List.of(owner);
    }
    List<CfnResource> out = new ArrayList<>();
    for (String property : List.of("Roles", "Users", "Groups", "RoleName", "UserName", "GroupName")) {
      for (Candidate c : owner.values(property)) {
        List<Node> items = c.value() instanceof SequenceNode s ? s.items() : c.value() == null ? List.of()
            : List.of(c.value());
        for (Node item : items) {
          CfnResource target = target(owner.template(), item);
          if (target != null && !out.contains(target)) {
            out.add(target);
          }
        }
      }
    }
    if ("AWS::IAM::ManagedPolicy".equals(owner.type())) {
      for (CfnResource r : owner.template().resources()) {
        if (NAME_PROPERTY.containsKey(r.type()) && r.property("ManagedPolicyArns") instanceof SequenceNode arns
            && arns.items().stream().anyMatch(a -> owner.logicalId().equals(refTarget(a))) && !out.contains(r)) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /** The role, user or group {@code n} names, by {@code Ref}, {@code Fn::GetAtt} or literal name. */
  private static CfnResource target(CfnTemplate t, Node n) {
    String id = refTarget(n);
    if (id != null) {
      CfnResource r = t.resource(id);
      return r != null && NAME_PROPERTY.containsKey(r.type()) ? r : null;
    }
    String name = n.text();
    for (CfnResource r : t.resources()) {
      String property = NAME_PROPERTY.get(r.type());
      if (name != null && property != null && r.property(property) != null
          && name.equals(r.property(property).text())) {
        return r;
      }
    }
    return null;
  }

  private static String refTarget(Node n) {
    if (!(n instanceof IntrinsicNode fn)) {
      return null;
    }
    if (fn.function().equals("Ref")) {
      return fn.argument().text();
    }
    if (fn.function().equals("Fn::GetAtt")) {
      String arg = fn.argument().text();
      if (arg != null) {
        return arg.contains(".") ? arg.substring(0, arg.indexOf('.')) : arg;
      }
      return fn.argument() instanceof SequenceNode s && !s.items().isEmpty() ? s.items().get(0).text() : null;
    }
    return null;
  }
}
