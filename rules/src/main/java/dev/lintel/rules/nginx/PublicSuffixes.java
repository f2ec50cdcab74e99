package dev.lintel.rules.nginx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Registrable domains by the Public Suffix List shipped as {@code public_suffix_list.dat} next
 * to this class (see the version line at its top).
 */
final class PublicSuffixes {

  private static final Set<String> RULES = new HashSet<>();
  private static final Set<String> WILDCARDS = new HashSet<>();
  private static final Set<String> EXCEPTIONS = new HashSet<>();

  static {
    try (InputStream in = PublicSuffixes.class.getResourceAsStream("public_suffix_list.dat");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("//")) {
          continue;
        }
        if (line.startsWith("!")) {
          EXCEPTIONS.add(line.substring(1));
        } else if (line.startsWith("*.")) {
          WILDCARDS.add(line.substring(2));
        } else {
          RULES.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PublicSuffixes() {}

  /**
   * The registrable domain of {@code host} (the public suffix plus one label), the host itself
   * for an IP address, or null when the host is itself a public suffix or a single label.
   */
  static String registrableDomain(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.matches("[0-9.]+|\\[.*]")) {
      return h;
    }
    String[] labels = h.split("\\.", -1);
    int suffixStart = labels.length - 1;
    for (int i = 0; i < labels.length; i++) {
      String candidate = String.join(".", java.util.Arrays.copyOfRange(labels, i, labels.length));
      String parent = i + 1 < labels.length ? String.join(".", java.util.Arrays.copyOfRange(labels, i + 1, labels.length)) : "";
      if (EXCEPTIONS.contains(candidate)) {
        suffixStart = i + 1;
        break;
      }
      if (RULES.contains(candidate) || WILDCARDS.contains(parent)) {
        suffixStart = i;
        break;
      }
    }
    if (suffixStart == 0) {
      return null;
    }
    return String.join(".", java.util.Arrays.copyOfRange(labels, suffixStart - 1, labels.length));
  }
}
