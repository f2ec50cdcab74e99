package dev.lintel.rules.net;

import dev.lintel.engine.Handler;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Shared security-group ingress logic (RULES.md §2.3): the ingress rules of
 * {@code AWS::EC2::SecurityGroup} and {@code AWS::EC2::SecurityGroupIngress}, expanded to every
 * concrete combination of their candidate values, with world-CIDR test, protocol normalisation
 * and port coverage.
 */
public final class IngressRules {

  /** A normalised IP protocol. {@link #OTHER} has no ports. */
  public enum Protocol { TCP, UDP, ICMP, ICMPV6, ALL, OTHER }

  /**
   * One concrete ingress permission from a world CIDR.
   *
   * @param cidrNode the CIDR value as written, where findings are reported
   * @param from first port covered, {@code to} the last (0-65535 when the rule has no bounds)
   * @param origin the parameter values and {@code Fn::If} branches leading here, or null
   */
  public record Permission(Node cidrNode, String cidr, Protocol protocol, int from, int to, String origin) {

    /** True when this permission lets {@code protocol} traffic reach {@code port}. */
    public boolean covers(Protocol p, int port) {
      return protocol == Protocol.ALL || (protocol == p && from <= port && port <= to);
    }

    /** True for protocol all, or tcp/udp over every port. */
    public boolean allPorts() {
      return protocol == Protocol.ALL
          || ((protocol == Protocol.TCP || protocol == Protocol.UDP) && from <= 1 && to >= 65535);
    }

    /** How the permission reads in a message, e.g. {@code tcp ports 0-65535}. */
    public String describe() {
      if (protocol == Protocol.ALL) {
        return "all protocols and ports";
      }
      String p = protocol.name().toLowerCase(Locale.ROOT);
      return from == to ? p + " port " + from : p + " ports " + from + "-" + to;
    }

    public String originSuffix() {
      return origin == null ? "" : " (" + origin + ")";
    }
  }

  private IngressRules() {}

  /** Subscribes {@code handler} to both resource types that carry ingress rules. */
  public static void onIngressResources(Subscriptions on, Handler<CfnResource> handler) {
    on.cfnResource("AWS::EC2::SecurityGroup", handler);
    on.cfnResource("AWS::EC2::SecurityGroupIngress", handler);
    on.cfnResource("AWS::RDS::DBSecurityGroup", handler);
    on.cfnResource("AWS::RDS::DBSecurityGroupIngress", handler);
  }

  /**
   * Reports, once per CIDR node, the first world permission of {@code r} that {@code test}
   * accepts; the message is built from that permission.
   */
  public static void reportFirst(RuleContext ctx, CfnResource r, Predicate<Permission> test,
      Function<Permission, String> message) {
    Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Permission p : worldPermissions(r)) {
      if (!reported.contains(p.cidrNode()) && test.test(p)) {
        reported.add(p.cidrNode());
        ctx.report(p.cidrNode(), message.apply(p) + p.originSuffix());
      }
    }
  }

  /** Every concrete permission from a world CIDR in the resource's ingress rules. */
  public static List<Permission> worldPermissions(CfnResource r) {
    List<Permission> out = new ArrayList<>();
    String type = r.type();
    if (r.properties() == null) {
      return out;
    }
    if (type.equals("AWS::EC2::SecurityGroupIngress")) {
      expand(r, r.properties(), null, out);
    } else if (type.equals("AWS::RDS::DBSecurityGroupIngress")) {
      database(r, r.properties(), r.property("DBSecurityGroupName"), null, out);
    }
    String listKey = type.equals("AWS::RDS::DBSecurityGroup") ? "DBSecurityGroupIngress" : "SecurityGroupIngress";
    for (Candidate list : r.values(listKey)) {
      if (list.value() instanceof SequenceNode seq) {
        for (Node item : seq.items()) {
          for (Candidate rule : r.values(item)) {
            if (!(rule.value() instanceof MappingNode m)) {
              continue;
            }
            String origin = join(list.origin(), rule.origin());
            if (type.equals("AWS::RDS::DBSecurityGroup")) {
              database(r, m, null, origin, out);
            } else {
              expand(r, m, origin, out);
            }
          }
        }
      }
    }
    return out;
  }

  /** An RDS DB security-group CIDR grant: tcp on the database port (3306 unless stated). */
  private static void database(CfnResource r, MappingNode rule, Node groupRef, String origin, List<Permission> out) {
    Node cidrNode = rule.get("CIDRIP");
    for (Candidate cidr : r.values(cidrNode)) {
      if (cidr.known() && isWorld(cidr.text())) {
        int port = databasePort(r, groupRef);
        out.add(new Permission(cidrNode, cidr.text(), Protocol.TCP, port, port, join(origin, cidr.origin())));
      }
    }
  }

  /** The literal {@code Port} of a DB instance naming the group in {@code DBSecurityGroups}, else 3306. */
  private static int databasePort(CfnResource r, Node groupRef) {
    String group = groupRef == null ? r.logicalId()
        : groupRef instanceof IntrinsicNode fn && fn.function().equals("Ref") ? fn.argument().text() : null;
    for (CfnResource db : r.template().resources("AWS::RDS::DBInstance")) {
      Node groups = db.property("DBSecurityGroups");
      String port = db.properties().string("Port");
      if (group != null && port != null && port.matches("\\d{1,5}") && groups instanceof SequenceNode seq
          && seq.items().stream().anyMatch(g -> g instanceof IntrinsicNode fn
              && fn.function().equals("Ref") && group.equals(fn.argument().text()))) {
        return Integer.parseInt(port);
      }
    }
    return 3306;
  }

  private static void expand(CfnResource r, MappingNode rule, String origin, List<Permission> out) {
    for (String key : List.of("CidrIp", "CidrIpv6")) {
      Node cidrNode = rule.get(key);
      for (Candidate cidr : r.values(cidrNode)) {
        if (!cidr.known() || !isWorld(cidr.text())) {
          continue;
        }
        for (Candidate proto : r.values(rule.get("IpProtocol"))) {
          Protocol protocol = proto.known() ? protocol(proto.text()) : null;
          if (protocol == null) {
            continue;
          }
          for (Candidate from : bound(r, rule.get("FromPort"))) {
            for (Candidate to : bound(r, rule.get("ToPort"))) {
              Integer f = port(from);
              Integer t = port(to);
              if (f == null || t == null) {
                continue;
              }
              boolean open = f < 0 || t < 0;
              out.add(new Permission(cidrNode, cidr.text(), protocol, open ? 0 : f, open ? 65535 : t,
                  join(origin, join(cidr.origin(), join(proto.origin(), join(from.origin(), to.origin()))))));
            }
          }
        }
      }
    }
  }

  private static List<Candidate> bound(CfnResource r, Node n) {
    return n == null ? List.of(Candidate.noValue(null)) : r.values(n);
  }

  /** The port of a bound: -1 for absent or -1 (all ports), null when unknown or malformed. */
  private static Integer port(Candidate c) {
    if (c.absent()) {
      return -1;
    }
    if (!c.known() || c.text() == null) {
      return null;
    }
    try {
      return Integer.parseInt(c.text().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** True for an IPv4 or IPv6 CIDR with prefix length 0. */
  public static boolean isWorld(String cidr) {
    if (cidr == null) {
      return false;
    }
    int slash = cidr.indexOf('/');
    return slash > 0 && cidr.substring(slash + 1).trim().equals("0")
        && (cidr.indexOf('.') >= 0 || cidr.indexOf(':') >= 0);
  }

  /** The normalised protocol of an {@code IpProtocol} value, or null when it is not one. */
  public static Protocol protocol(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "tcp", "6" -> Protocol.TCP;
      case "udp", "17" -> Protocol.UDP;
      case "icmp", "1" -> Protocol.ICMP;
      case "icmpv6", "58" -> Protocol.ICMPV6;
      case "-1", "all" -> Protocol.ALL;
      default -> text.trim().matches("\\d{1,3}") ? Protocol.OTHER : null;
    };
  }

  private static String join(String a, String b) {
    return a == null ? b : b == null ? a : a + ", " + b;
  }
}
