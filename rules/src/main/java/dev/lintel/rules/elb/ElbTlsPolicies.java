package dev.lintel.rules.elb;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Predefined Elastic Load Balancing security policies that still accept TLS 1.0 or 1.1 (or SSL).
 * Source: Elastic Load Balancing User Guides, "Security policies for your Application Load
 * Balancer", "... Network Load Balancer" and "Predefined SSL security policies for Classic Load
 * Balancers", as published in November 2025. Named policies are listed; newer variants of the
 * {@code TLS13-1-0}, {@code TLS13-1-1}, {@code TLS-1-0}, {@code TLS-1-1} and {@code FS-1-1}
 * families (FIPS, post-quantum) match by their family prefix.
 */
final class ElbTlsPolicies {

  static final String DATA_VERSION = "2025-11";

  private static final Set<String> OUTDATED = Set.of(
      "ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-2015-05", "ELBSecurityPolicy-2015-03",
      "ELBSecurityPolicy-2015-02", "ELBSecurityPolicy-2014-10", "ELBSecurityPolicy-2014-01",
      "ELBSecurityPolicy-2011-08", "ELBSecurityPolicy-FS-2018-06", "ELBSecurityPolicy-TLS-1-0-2015-04",
      "ELBSecurityPolicy-TLS-1-1-2017-01", "ELBSecurityPolicy-FS-1-1-2019-08",
      "ELBSecurityPolicy-TLS13-1-0-2021-06", "ELBSecurityPolicy-TLS13-1-1-2021-06",
      "ELBSample-ELBDefaultNegotiationPolicy", "ELBSample-OpenSSLDefaultNegotiationPolicy",
      "ELBSample-ELBDefaultCipherPolicy", "ELBSample-OpenSSLDefaultCipherPolicy");

  private static final Pattern OUTDATED_FAMILY = Pattern.compile(
      "ELBSecurityPolicy-(TLS13-1-[01]|TLS-1-[01]|FS-1-1)-.*|ELBSecurityPolicy-20\\d\\d-\\d\\d");

  /** Attributes of a custom classic policy that switch on an outdated protocol. */
  private static final Set<String> OLD_PROTOCOLS = Set.of("protocol-sslv2", "protocol-sslv3", "protocol-tlsv1",
      "protocol-tlsv1.1");

  private ElbTlsPolicies() {}

  /** True for a predefined policy that accepts TLS 1.0 or 1.1. */
  static boolean outdated(String policy) {
    String p = policy.trim();
    return OUTDATED.contains(p) || OUTDATED_FAMILY.matcher(p).matches();
  }

  /** True for a classic custom-policy attribute name that enables SSL, TLS 1.0 or TLS 1.1. */
  static boolean oldProtocolAttribute(String name) {
    return OLD_PROTOCOLS.contains(name.trim().toLowerCase(Locale.ROOT));
  }
}
