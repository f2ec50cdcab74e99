package dev.lintel.rules.iam;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/** The private CIDRs of RULES.md §2.3 and the test "this address or CIDR lies entirely inside one". */
final class PrivateNetworks {

  private static final List<String> RANGES = List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
      "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "fc00::/7", "fe80::/10", "::1/128");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

  private PrivateNetworks() {}

  /** True when {@code cidr} (an address or address/prefix) is entirely inside a private range. */
  static boolean isPrivate(String cidr) {
    Network n = parse(cidr.trim());
    if (n == null) {
      return false;
    }
    for (String r : RANGES) {
      Network range = parse(r);
      if (range.bytes.length == n.bytes.length && n.prefix >= range.prefix && samePrefix(n.bytes, range.bytes, range.prefix)) {
        return true;
      }
    }
    return false;
  }

  private record Network(byte[] bytes, int prefix) {}

  /** Parses literal addresses only (never a host name, so no lookup can happen). */
  private static Network parse(String text) {
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
      return null;
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      int max = bytes.length * 8;
      int prefix = slash < 0 ? max : Integer.parseInt(text.substring(slash + 1));
      return prefix < 0 || prefix > max ? null : new Network(bytes, prefix);
    } catch (UnknownHostException | NumberFormatException e) {
      return null;
    }
  }

  private static boolean samePrefix(byte[] a, byte[] b, int bits) {
    for (int i = 0; i < bits; i++) {
      int mask = 0x80 >> (i % 8);
      if ((a[i / 8] & mask) != (b[i / 8] & mask)) {
        return false;
      }
    }
    return true;
  }
}
