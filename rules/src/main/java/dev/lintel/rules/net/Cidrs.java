package dev.lintel.rules.net;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CIDR arithmetic for the network rules (RULES.md §2.3): prefix length and the private-range
 * test. Parses IPv4 and IPv6 literals by hand, never through name lookups.
 */
public final class Cidrs {

  private static final Pattern DECIMAL_1_3 = Pattern.compile("\\d{1,3}");
  private static final Pattern HEXTET = Pattern.compile("[0-9a-fA-F]{1,4}");

  /** A parsed CIDR: address as an unsigned number, address width (32 or 128) and prefix length. */
  public record Cidr(BigInteger address, int bits, int prefix) {

    boolean within(Cidr outer) {
      if (bits != outer.bits || prefix < outer.prefix) {
        return false;
      }
      int shift = bits - outer.prefix;
      return address.shiftRight(shift).equals(outer.address.shiftRight(shift));
    }

    public boolean ipv6() {
      return bits == 128;
    }
  }

  private static final List<Cidr> PRIVATE = List.of(
      parse("10.0.0.0/8"), parse("172.16.0.0/12"), parse("192.168.0.0/16"), parse("100.64.0.0/10"),
      parse("127.0.0.0/8"), parse("169.254.0.0/16"), parse("fc00::/7"), parse("fe80::/10"), parse("::1/128"));

  private Cidrs() {}

  /** The CIDR, or null when {@code text} is not an IPv4/IPv6 address with a prefix length. */
  public static Cidr parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    int slash = t.indexOf('/');
    if (slash <= 0 || !DECIMAL_1_3.matcher(t.substring(slash + 1)).matches()) {
      return null;
    }
    int prefix = Integer.parseInt(t.substring(slash + 1));
    String addr = t.substring(0, slash);
    BigInteger value = addr.indexOf(':') >= 0 ? ipv6(addr) : ipv4(addr);
    int bits = addr.indexOf(':') >= 0 ? 128 : 32;
    return value == null || prefix > bits ? null : new Cidr(value, bits, prefix);
  }

  /** True when the CIDR lies entirely inside a private, shared, loopback or link-local range. */
  public static boolean isPrivate(Cidr c) {
    return PRIVATE.stream().anyMatch(c::within);
  }

  private static BigInteger ipv4(String addr) {
    String[] parts = addr.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    long v = 0;
    for (String p : parts) {
      if (!DECIMAL_1_3.matcher(p).matches() || Integer.parseInt(p) > 255) {
        return null;
      }
      v = v * 256 + Integer.parseInt(p);
    }
    return BigInteger.valueOf(v);
  }

  private static BigInteger ipv6(String addr) {
    int gap = addr.indexOf("::");
    if (gap != addr.lastIndexOf("::")) {
      return null;
    }
    String[] head = gap < 0 ? addr.split(":", -1) : split(addr.substring(0, gap));
    String[] tail = gap < 0 ? new String[0] : split(addr.substring(gap + 2));
    int missing = 8 - head.length - tail.length;
    if ((gap < 0 && missing != 0) || (gap >= 0 && missing < 1)) {
      return null;
    }
    BigInteger v = BigInteger.ZERO;
    for (String[] group : new String[][] {head, zeros(gap < 0 ? 0 : missing), tail}) {
      for (String h : group) {
        if (!HEXTET.matcher(h).matches()) {
          return null;
        }
        v = v.shiftLeft(16).or(BigInteger.valueOf(Integer.parseInt(h, 16)));
      }
    }
    return v;
  }

  private static String[] split(String s) {
    return s.isEmpty() ? new String[0] : s.split(":", -1);
  }

  private static String[] zeros(int n) {
    String[] z = new String[n];
    java.util.Arrays.fill(z, "0");
    return z;
  }
}
