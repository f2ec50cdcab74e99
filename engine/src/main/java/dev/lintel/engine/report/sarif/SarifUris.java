package dev.lintel.engine.report.sarif;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** URI helpers for SARIF artifact locations. */
final class SarifUris {

  private static final String HEX = "0123456789ABCDEF";
  private static final String KEPT = "-._~!$&'()*+,;=@/";

  private SarifUris() {}

  /**
   * A relative path with {@code /} separators as a URI reference: every byte outside the
   * unreserved characters, sub-delimiters, {@code @} and {@code /} is percent-encoded, so spaces,
   * {@code %}, {@code #}, {@code ?}, {@code :} and non-ASCII text are safe.
   */
  static String encodePath(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
    return sb.toString();
  }

  /** True when {@code uri} is not relative to the scan root (an absolute path). */
  static boolean isAbsolute(String uri) {
    return uri.startsWith("/") || uri.matches("^[A-Za-z]:[\\\\/].*");
  }

  /** The {@code file:} URI of a directory, always ending in {@code /}. */
  static String directoryUri(Path dir) {
    String uri = dir.toAbsolutePath().normalize().toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }
}
