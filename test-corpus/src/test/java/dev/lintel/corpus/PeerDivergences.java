package dev.lintel.corpus;

import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.net.IngressRules;
import dev.lintel.rules.net.IngressRules.Permission;
import dev.lintel.rules.net.IngressRules.Protocol;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The intended divergences of RULES.md appendices A and B (partial {@code ~} mappings with a
 * documented reason), as tests on the resource a peer case is about. A missed positive whose
 * resource satisfies {@code missedPositive}, or a reported negative whose resource satisfies
 * {@code hitNegative}, is listed as intended instead of counted against the floors.
 */
final class PeerDivergences {

  /** One documented divergence; a null test means the divergence does not go that way. */
  record Divergence(String reason, Predicate<CfnResource> missedPositive, Predicate<CfnResource> hitNegative) {}

  private static final Divergence BPA_ABSENT = new Divergence(
      "bucket without PublicAccessBlockConfiguration (all four settings on by default)",
      r -> r.property("PublicAccessBlockConfiguration") == null, null);

  private static final Divergence SENSITIVE_PORTS = new Divergence(
      "exposed port outside table NET-P (SSH/RDP and other ports have their own rules)",
      r -> IngressRules.worldPermissions(r).stream().noneMatch(p -> !IngressRules.sensitivePorts(p).isEmpty()),
      null);

  private static final Divergence NACL_EGRESS_OR_PRIVATE = new Divergence(
      "egress entry or non-world source (stateless ACLs need wide egress)",
      r -> "true".equalsIgnoreCase(text(r, "Egress")) || !IngressRules.isWorld(text(r, "CidrBlock"))
          && !IngressRules.isWorld(text(r, "Ipv6CidrBlock")),
      null);

  /** KICS query folder to divergence. */
  static final Map<String, Divergence> KICS = Map.ofEntries(
      Map.entry("s3_bucket_allows_public_acl", BPA_ABSENT),
      Map.entry("s3_bucket_with_public_policy", BPA_ABSENT),
      Map.entry("s3_bucket_without_ignore_public_acl", BPA_ABSENT),
      Map.entry("s3_bucket_without_restriction_of_public_bucket", BPA_ABSENT),
      Map.entry("ec2_sensitive_port_is_publicly_exposed", SENSITIVE_PORTS),
      Map.entry("elb_sensitive_port_is_exposed_to_entire_network", SENSITIVE_PORTS),
      Map.entry("security_groups_with_exhibited_admin_ports", SENSITIVE_PORTS),
      Map.entry("ec2_permissive_network_acl_protocols", NACL_EGRESS_OR_PRIVATE),
      Map.entry("tcp_or_udp_protocol_network_acl_entry_allows_all_ports", NACL_EGRESS_OR_PRIVATE),
      Map.entry("unrestricted_security_group_ingress", new Divergence(
          "only port 443 or every port open (443 is not reported; all ports are NET_SG_INGRESS_ALL_PORTS_WORLD's)",
          r -> IngressRules.worldPermissions(r).stream().allMatch(p -> p.allPorts() || only443(p)), null)),
      Map.entry("security_groups_with_unrestricted_access_to_ssh", new Divergence(
          "port range containing 22, protocol all or ::/0 (Lintel reports them, the peer does not)",
          null, r -> IngressRules.worldPermissions(r).stream().anyMatch(p -> p.covers(Protocol.TCP, 22)
              && (p.from() != 22 || p.to() != 22 || p.protocol() == Protocol.ALL || p.cidr().contains(":"))))),
      Map.entry("redshift_publicly_accessible", new Divergence(
          "PubliclyAccessible absent (only an explicit true is reported)",
          r -> r.property("PubliclyAccessible") == null, null)));

  /** checkov check id to divergence. */
  static final Map<String, Divergence> CHECKOV = Map.ofEntries(
      Map.entry("CKV_AWS_53", BPA_ABSENT),
      Map.entry("CKV_AWS_54", BPA_ABSENT),
      Map.entry("CKV_AWS_55", BPA_ABSENT),
      Map.entry("CKV_AWS_56", BPA_ABSENT),
      Map.entry("CKV_AWS_19", new Divergence(
          "bucket without BucketEncryption (SSE-S3 default) reported as a note", null,
          r -> r.property("BucketEncryption") == null)));

  private PeerDivergences() {}

  private static boolean only443(Permission p) {
    return p.from() == 443 && p.to() == 443;
  }

  private static String text(CfnResource r, String property) {
    return r.property(property) == null ? null : r.property(property).text();
  }

  /** The divergence of a peer id, or null. */
  static Divergence of(Map<String, Divergence> table, String peerId) {
    return table.get(peerId);
  }

  static boolean all(List<CfnResource> resources, Predicate<CfnResource> test) {
    return test != null && !resources.isEmpty() && resources.stream().allMatch(test);
  }
}
