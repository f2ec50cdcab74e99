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
import java.util.regex.Pattern;

/**
 * Shared security-group ingress logic (RULES.md §2.3): the ingress rules of
 * {@code AWS::EC2::SecurityGroup} and {@code AWS::EC2::SecurityGroupIngress}, expanded to every
 * concrete combination of their candidate values, with world-CIDR test, protocol normalisation
 * and port coverage.
 */
public final class IngressRules {

  private static final Pattern PORT = Pattern.compile("\\d{1,5}");
  private static final Pattern PROTOCOL_NUMBER = Pattern.compile("\\d{1,3}");

  /** A normalised IP protocol. {@link #OTHER} has no ports. */
  public enum Protocol { TCP, UDP, ICMP, ICMPV6, ALL, OTHER }

  /** Which way a security-group rule lets traffic through. */
  public enum Direction { INGRESS, EGRESS }

  /** What a rule names as the other side: an address range, a security group or a prefix list. */
  public enum Peer { CIDR, GROUP, PREFIX_LIST }

  /**
   * One concrete permission of a security-group rule, for one combination of candidate values.
   *
   * @param peerNode the peer value as written (the CIDR for CIDR peers), where findings are reported
   * @param cidr the CIDR text, or null for group and prefix-list peers
   * @param from first port covered, {@code to} the last (0-65535 when the rule has no bounds)
   * @param origin the parameter values and {@code Fn::If} branches leading here, or null
   * @param rule the rule mapping (inline item or the standalone resource's properties)
   * @param self true when the peer is the rule's own security group
   */
  public record Permission(Node peerNode, String cidr, Protocol protocol, int from, int to, String origin,
      Peer peer, MappingNode rule, boolean self) {

    /** True for a CIDR peer with prefix length 0. */
    public boolean world() {
      return cidr != null && isWorld(cidr);
    }

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

  /** One entry of table NET-P (RULES.md §2.3); a null protocol means tcp or udp. */
  private record Service(int from, int to, Protocol protocol, String name) {
    boolean contains(Protocol p, int port) {
      return from <= port && port <= to && (protocol == null ? p == Protocol.TCP || p == Protocol.UDP : protocol == p);
    }

    boolean exposedBy(Permission p) {
      for (int port = from; port <= to; port++) {
        boolean hit = protocol == null ? p.covers(Protocol.TCP, port) || p.covers(Protocol.UDP, port)
            : p.covers(protocol, port);
        if (hit) {
          return true;
        }
      }
      return false;
    }

    String label() {
      return (from == to ? "" + from : from + "-" + to) + (protocol == null ? "" : "/udp") + " (" + name + ")";
    }
  }

  private static final List<Service> NET_P = List.of(
      new Service(20, 21, null, "FTP"), new Service(23, 23, null, "Telnet"),
      new Service(69, 69, Protocol.UDP, "TFTP"), new Service(111, 111, null, "portmapper"),
      new Service(135, 135, null, "MS RPC"), new Service(137, 139, null, "NetBIOS"),
      new Service(161, 162, Protocol.UDP, "SNMP"), new Service(389, 389, null, "LDAP"),
      new Service(445, 445, null, "SMB"), new Service(636, 636, null, "LDAPS"),
      new Service(943, 943, null, "OpenVPN Access Server admin"), new Service(1433, 1434, null, "SQL Server"),
      new Service(1521, 1521, null, "Oracle"), new Service(2049, 2049, null, "NFS/EFS"),
      new Service(2181, 2181, null, "ZooKeeper"), new Service(2375, 2376, null, "Docker API"),
      new Service(3306, 3306, null, "MySQL/Aurora/MariaDB"), new Service(5432, 5432, null, "PostgreSQL"),
      new Service(5439, 5439, null, "Redshift"), new Service(5601, 5601, null, "Kibana/OpenSearch Dashboards"),
      new Service(5672, 5672, null, "AMQP"), new Service(5900, 5900, null, "VNC"),
      new Service(5984, 5984, null, "CouchDB"), new Service(5985, 5986, null, "WinRM"),
      new Service(6379, 6379, null, "Redis"), new Service(9042, 9042, null, "Cassandra"),
      new Service(9092, 9092, null, "Kafka"), new Service(9200, 9200, null, "Elasticsearch/OpenSearch"),
      new Service(9300, 9300, null, "Elasticsearch/OpenSearch"), new Service(11211, 11211, null, "Memcached"),
      new Service(27017, 27019, null, "MongoDB"));

  private IngressRules() {}

  /** The NET-P services the permission reaches, e.g. {@code 3306 (MySQL/Aurora/MariaDB)}. */
  public static List<String> sensitivePorts(Permission p) {
    List<String> out = new ArrayList<>();
    for (Service s : NET_P) {
      if (s.exposedBy(p)) {
        out.add(s.label());
      }
    }
    return out;
  }

  /** True when {@code port} of {@code protocol} is in table NET-P. */
  public static boolean sensitive(Protocol protocol, int port) {
    for (Service s : NET_P) {
      if (s.contains(protocol, port)) {
        return true;
      }
    }
    return false;
  }

  /** True when the permission reaches SSH (tcp 22), RDP (3389) or a NET-P port. */
  public static boolean reachesAdminPort(Permission p) {
    return p.covers(Protocol.TCP, 22) || p.covers(Protocol.TCP, 3389) || p.covers(Protocol.UDP, 3389)
        || !sensitivePorts(p).isEmpty();
  }

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
      if (!reported.contains(p.peerNode()) && test.test(p)) {
        reported.add(p.peerNode());
        ctx.report(p.peerNode(), message.apply(p) + p.originSuffix());
      }
    }
  }

  /** Every concrete permission from a world CIDR in the resource's ingress rules. */
  public static List<Permission> worldPermissions(CfnResource r) {
    List<Permission> out = new ArrayList<>();
    for (Permission p : permissions(r, Direction.INGRESS)) {
      if (p.world()) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Every concrete permission of the resource's rules in one direction: inline
   * {@code SecurityGroupIngress}/{@code SecurityGroupEgress} items, standalone
   * {@code AWS::EC2::SecurityGroupIngress}/{@code Egress} resources and RDS DB security-group CIDR
   * grants. Unknown CIDRs, protocols and ports give no permission.
   */
  public static List<Permission> permissions(CfnResource r, Direction direction) {
    List<Permission> out = new ArrayList<>();
    String type = r.type();
    if (r.properties() == null || type == null) {
      return out;
    }
    boolean ingress = direction == Direction.INGRESS;
    if (type.equals(ingress ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress")) {
      expand(r, r.properties(), null, direction, referenced(r.property("GroupId")), out);
    } else if (ingress && type.equals("AWS::RDS::DBSecurityGroupIngress")) {
      database(r, r.properties(), r.property("DBSecurityGroupName"), null, out);
    }
    boolean rds = type.equals("AWS::RDS::DBSecurityGroup");
    if (!type.equals("AWS::EC2::SecurityGroup") && !(rds && ingress)) {
      return out;
    }
    String listKey = rds ? "DBSecurityGroupIngress" : ingress ? "SecurityGroupIngress" : "SecurityGroupEgress";
    for (Candidate rule : ruleCandidates(r, listKey)) {
      MappingNode m = (MappingNode) rule.value();
      if (rds) {
        database(r, m, null, rule.origin(), out);
      } else {
        expand(r, m, rule.origin(), direction, r.logicalId(), out);
      }
    }
    return out;
  }

  /**
   * The inline rules of a security group in one direction: every mapping candidate of every item
   * of {@code SecurityGroupIngress}/{@code SecurityGroupEgress}, with the list's origin in front. A
   * single mapping where a list is expected counts as one rule (its shape is reported elsewhere).
   */
  public static List<Candidate> inlineRules(CfnResource group, Direction direction) {
    return ruleCandidates(group, direction == Direction.INGRESS ? "SecurityGroupIngress" : "SecurityGroupEgress");
  }

  private static List<Candidate> ruleCandidates(CfnResource r, String listKey) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate list : r.values(listKey)) {
      List<Node> items = list.value() instanceof SequenceNode seq ? seq.items()
          : list.value() instanceof MappingNode m ? List.of(m) : List.of();
      for (Node item : items) {
        for (Candidate rule : r.values(item)) {
          if (rule.value() instanceof MappingNode) {
            out.add(rule.within(list.origin()));
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
      if (cidr.known() && !cidr.absent() && cidr.text() != null) {
        int port = databasePort(r, groupRef);
        out.add(new Permission(cidrNode, cidr.text(), Protocol.TCP, port, port, join(origin, cidr.origin()),
            Peer.CIDR, rule, false));
      }
    }
  }

  /** The literal {@code Port} of a DB instance naming the group in {@code DBSecurityGroups}, else 3306. */
  private static int databasePort(CfnResource r, Node groupRef) {
    String group = groupRef == null ? r.logicalId()
        : groupRef instanceof IntrinsicNode fn && fn.function().equals("Ref") ? fn.argument().text() : null;
    for (CfnResource db : r.template().resources("AWS::RDS::DBInstance")) {
      Node groups = db.property("DBSecurityGroups");
      String port = db.properties() == null ? null : db.properties().string("Port");
      if (group != null && port != null && PORT.matcher(port).matches() && groups instanceof SequenceNode seq
          && seq.items().stream().anyMatch(g -> g instanceof IntrinsicNode fn
              && fn.function().equals("Ref") && group.equals(fn.argument().text()))) {
        return Integer.parseInt(port);
      }
    }
    return 3306;
  }

  private static void expand(CfnResource r, MappingNode rule, String origin, Direction direction, String group,
      List<Permission> out) {
    boolean ingress = direction == Direction.INGRESS;
    List<String> groupKeys = ingress ? List.of("SourceSecurityGroupId", "SourceSecurityGroupName")
        : List.of("DestinationSecurityGroupId");
    String prefixKey = ingress ? "SourcePrefixListId" : "DestinationPrefixListId";
    for (MappingNode.Entry e : rule.entries()) {
      String key = e.name();
      if (key.equals("CidrIp") || key.equals("CidrIpv6")) {
        for (Candidate cidr : r.values(e.value())) {
          if (cidr.known() && !cidr.absent() && cidr.text() != null) {
            ports(r, rule, e.value(), cidr.text(), Peer.CIDR, false, join(origin, cidr.origin()), out);
          }
        }
      } else if (groupKeys.contains(key) || key.equals(prefixKey)) {
        boolean self = group != null && group.equals(referenced(e.value()));
        ports(r, rule, e.value(), null, key.equals(prefixKey) ? Peer.PREFIX_LIST : Peer.GROUP, self, origin, out);
      }
    }
  }

  private static void ports(CfnResource r, MappingNode rule, Node peerNode, String cidr, Peer peer, boolean self,
      String origin, List<Permission> out) {
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
          out.add(new Permission(peerNode, cidr, protocol, open ? 0 : f, open ? 65535 : t,
              join(origin, join(proto.origin(), join(from.origin(), to.origin()))), peer, rule, self));
        }
      }
    }
  }

  /** The logical id a {@code Ref}, {@code Fn::GetAtt} or {@code Fn::Sub} value names, or a literal's text. */
  public static String referenced(Node n) {
    if (n instanceof IntrinsicNode fn) {
      Node arg = fn.argument();
      String text = arg.text();
      if (fn.function().equals("Ref")) {
        return text;
      }
      if (fn.function().equals("Fn::GetAtt")) {
        if (text != null) {
          return text.contains(".") ? text.substring(0, text.indexOf('.')) : text;
        }
        SequenceNode seq = arg.asSequence();
        return seq == null || seq.items().isEmpty() ? null : seq.items().get(0).text();
      }
      return null;
    }
    return n == null ? null : n.text();
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
      default -> PROTOCOL_NUMBER.matcher(text.trim()).matches() ? Protocol.OTHER : null;
    };
  }

  /** Joins two origins, dropping a repeat (the same parameter behind both port bounds). */
  private static String join(String a, String b) {
    return a == null ? b : b == null || a.contains(b) ? a : a + ", " + b;
  }
}
