package dev.lintel.rules.nginx;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Host parts of nginx addresses ({@code host}, {@code host:port}, {@code [v6]:port}) and the
 * private, loopback and link-local ranges of RULES.md §2.3, and listen sockets. Only literals are parsed: nothing is
 * ever looked up in DNS.
 */
final class NginxAddresses {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private NginxAddresses() {}

  /** The host of an address: brackets and a trailing {@code :port} removed, lower case. */
  static String host(String address) {
    String a = address.toLowerCase(Locale.ROOT);
    if (a.startsWith("[")) {
      int end = a.indexOf(']');
      return end > 0 ? a.substring(1, end) : a.substring(1);
    }
    int colon = a.indexOf(':');
    return colon >= 0 && colon == a.lastIndexOf(':') ? a.substring(0, colon) : a;
  }

  /** The parsed IP literal, or null when {@code host} is a name (or not an address at all). */
  static InetAddress ip(String host) {
    try {
      if (IPV4.matcher(host).matches()) {
        String[] parts = host.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
          int octet = Integer.parseInt(parts[i]);
          if (octet > 255) {
            return null;
          }
          bytes[i] = (byte) octet;
        }
        return InetAddress.getByAddress(bytes);
      }
      // a string with a colon is only ever parsed as an IPv6 literal, never looked up
      return IPV6.matcher(host).matches() ? InetAddress.getByName(host) : null;
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** {@code localhost} or a loopback IP literal. */
  static boolean isLoopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    InetAddress ip = ip(host);
    return ip != null && ip.isLoopbackAddress();
  }

  /** {@code localhost} or an IP literal in a loopback, private or link-local range. */
  static boolean isInternal(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    InetAddress ip = ip(host);
    if (ip == null) {
      return false;
    }
    byte[] b = ip.getAddress();
    boolean cgnat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc;
    boolean privateV4 = b.length == 4 && ip.isSiteLocalAddress();
    return ip.isLoopbackAddress() || privateV4 || ip.isLinkLocalAddress() || cgnat || uniqueLocal;
  }

  /**
   * The socket of a {@code listen} argument as {@code address:port}: {@code *:port} for a port
   * alone, port 80 when none is given; null for unix sockets and variables.
   */
  static String socket(String arg) {
    String a = arg.toLowerCase(Locale.ROOT);
    if (a.startsWith("unix:") || a.contains("$")) {
      return null;
    }
    if (a.matches("\\d+")) {
      return "*:" + a;
    }
    if (a.startsWith("[")) {
      int end = a.indexOf(']');
      return end < 0 ? a : a.substring(0, end + 1) + (end + 1 < a.length() ? a.substring(end + 1) : ":80");
    }
    return a.contains(":") ? a : a + ":80";
  }
}
