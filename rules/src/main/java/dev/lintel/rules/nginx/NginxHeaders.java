package dev.lintel.rules.nginx;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Response header names: the security headers of RULES.md §3.10 and the {@code headers} option. */
final class NginxHeaders {

  private static final Set<String> SECURITY = Set.of("cache-control", "content-security-policy",
      "content-security-policy-report-only", "cross-origin-embedder-policy", "cross-origin-opener-policy",
      "cross-origin-resource-policy", "permissions-policy", "referrer-policy", "strict-transport-security",
      "x-content-type-options", "x-frame-options", "x-xss-protection", "x-permitted-cross-domain-policies",
      "expect-ct", "pragma", "expires", "content-disposition");

  private NginxHeaders() {}

  static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  static boolean isSecurityHeader(String lowerName) {
    return SECURITY.contains(lowerName);
  }

  /**
   * The lower-case header names of an option given as a list or a comma-separated string; null
   * when the option is absent (no restriction).
   */
  static Set<String> optionNames(Object option) {
    if (option == null) {
      return null;
    }
    Iterable<?> items = option instanceof Iterable<?> list ? list : Set.of(option.toString().split(","));
    Set<String> out = new LinkedHashSet<>();
    for (Object item : items) {
      String name = String.valueOf(item).strip();
      if (!name.isEmpty()) {
        out.add(lower(name));
      }
    }
    return out;
  }
}
