package dev.lintel.rules.net;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.net.IngressRules.Permission;
import dev.lintel.rules.net.IngressRules.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports security-group ingress from a world CIDR that reaches a database, file-sharing or
 * administration port of table NET-P (RULES.md §2.3), listing the ports in one finding.
 */
@RuleMeta(id = "NET_SG_INGRESS_SENSITIVE_PORT_WORLD",
    title = "Database, file-sharing or admin port open to the internet", severity = Severity.ERROR,
    category = Category.NET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"security_groups_with_exhibited_admin_ports", "ec2_sensitive_port_is_publicly_exposed",
        "elb_sensitive_port_is_exposed_to_entire_network", "db_security_group_with_public_scope"},
    helpUri = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html")
public final class NetSgIngressSensitivePortWorldRule implements Rule {

  /** One NET-P entry; a null protocol means tcp or udp. */
  private record Service(int from, int to, Protocol protocol, String name) {
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

  @Override
  public void register(Subscriptions on) {
    IngressRules.onIngressResources(on, (ctx, r) -> IngressRules.reportFirst(ctx, r,
        p -> !exposed(p).isEmpty(),
        p -> "Sensitive ports are open to " + p.cidr() + " through " + p.describe() + ": "
            + String.join(", ", exposed(p))));
  }

  private static List<String> exposed(Permission p) {
    List<String> out = new ArrayList<>();
    for (Service s : NET_P) {
      if (s.exposedBy(p)) {
        out.add(s.label());
      }
    }
    return out;
  }
}
