package dev.lintel.rules.net;

import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.net.IngressRules.Protocol;
import dev.lintel.rules.support.CfnPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code AWS::EC2::NetworkAclEntry} resources expanded to concrete entries (RULES.md §2.3): ACL,
 * direction, action, rule number, CIDR, protocol and port range for each combination of
 * candidate values. Entries of one ACL are evaluated in rule-number order.
 */
public final class NetworkAclEntries {

  public static final String TYPE = "AWS::EC2::NetworkAclEntry";

  /**
   * One concrete entry. {@code acl} identifies the ACL (the logical id it references, or its
   * literal id); {@code from}-{@code to} is 0-65535 without {@code PortRange}.
   */
  public record Entry(CfnResource resource, String acl, boolean egress, boolean allow, int number, Node cidrNode,
      String cidr, Protocol protocol, int from, int to, String origin) {

    public boolean world() {
      return IngressRules.isWorld(cidr);
    }

    /** True when the entry matches every port of {@code p} from {@code lo} to {@code hi}. */
    public boolean covers(Protocol p, int lo, int hi) {
      return protocol == Protocol.ALL
          || (protocol == p && (p == Protocol.TCP || p == Protocol.UDP) && from <= lo && hi <= to);
    }

    public boolean allPorts() {
      return protocol == Protocol.ALL
          || ((protocol == Protocol.TCP || protocol == Protocol.UDP) && from <= 1 && to >= 65535);
    }

    public String originSuffix() {
      return origin == null ? "" : " (" + origin + ")";
    }
  }

  private NetworkAclEntries() {}

  /** Every concrete entry of one resource; unknown values give no entry. */
  public static List<Entry> of(CfnResource r) {
    List<Entry> out = new ArrayList<>();
    String acl = IngressRules.referenced(r.property("NetworkAclId"));
    for (CfnPaths.Value egress : CfnPaths.at(r, "Egress")) {
      for (CfnPaths.Value action : CfnPaths.at(r, "RuleAction")) {
        for (CfnPaths.Value number : CfnPaths.at(r, "RuleNumber")) {
          for (CfnPaths.Value proto : CfnPaths.at(r, "Protocol")) {
            Protocol protocol = proto.known() ? IngressRules.protocol(proto.text()) : null;
            Integer n = number.known() ? integer(number.text()) : null;
            if (!action.known() || n == null || protocol == null || !(egress.missing() || egress.known())) {
              continue;
            }
            boolean out0 = egress.is("true");
            boolean allow = action.is("allow");
            String origin = join(egress, action, number, proto);
            for (String key : List.of("CidrBlock", "Ipv6CidrBlock")) {
              Node cidrNode = r.property(key);
              for (Candidate cidr : r.values(cidrNode)) {
                if (!cidr.known() || cidr.absent() || cidr.text() == null) {
                  continue;
                }
                for (int[] range : ranges(r)) {
                  out.add(new Entry(r, acl, out0, allow, n, cidrNode, cidr.text(), protocol, range[0], range[1],
                      joinText(origin, cidr.origin())));
                }
              }
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * True when a lower-numbered deny entry of the same ACL and direction from a world CIDR matches
   * every port from {@code lo} to {@code hi} of {@code p}.
   */
  public static boolean shadowed(Entry e, Protocol p, int lo, int hi) {
    if (e.acl() == null) {
      return false;
    }
    for (CfnResource other : e.resource().template().resources(TYPE)) {
      for (Entry d : of(other)) {
        if (!d.allow() && d.egress() == e.egress() && e.acl().equals(d.acl()) && d.number() < e.number()
            && d.world() && d.covers(p, lo, hi)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The known port ranges of the entry: 0-65535 when {@code PortRange} or a bound is missing. */
  private static List<int[]> ranges(CfnResource r) {
    List<int[]> out = new ArrayList<>();
    for (CfnPaths.Value from : CfnPaths.at(r, "PortRange", "From")) {
      for (CfnPaths.Value to : CfnPaths.at(r, "PortRange", "To")) {
        Integer f = from.missing() ? Integer.valueOf(-1) : from.known() ? integer(from.text()) : null;
        Integer t = to.missing() ? Integer.valueOf(-1) : to.known() ? integer(to.text()) : null;
        if (f != null && t != null) {
          boolean open = f < 0 || t < 0;
          out.add(new int[] {open ? 0 : f, open ? 65535 : t});
        }
      }
    }
    return out;
  }

  private static Integer integer(String s) {
    try {
      return s == null ? null : Integer.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String join(CfnPaths.Value... values) {
    String out = null;
    for (CfnPaths.Value v : values) {
      out = joinText(out, v.candidate().origin());
    }
    return out;
  }

  private static String joinText(String a, String b) {
    if (a == null || (b != null && a.contains(b))) {
      return a == null ? b : a;
    }
    return b == null ? a : a + ", " + b;
  }

  static String describe(Entry e) {
    if (e.protocol() == Protocol.ALL) {
      return "all protocols";
    }
    String p = e.protocol().name().toLowerCase(Locale.ROOT);
    return e.from() == e.to() ? p + " port " + e.from() : p + " ports " + e.from() + "-" + e.to();
  }
}
