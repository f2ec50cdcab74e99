package dev.lintel.engine.report.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Source lines for code frames, read lazily as UTF-8 (malformed bytes replaced) and cached per
 * file. A file that cannot be read simply has no lines.
 */
final class SourceLines {

  private final Map<Path, List<String>> cache = new HashMap<>();

  /** Line {@code number} (1-based) without its terminator, or empty when unavailable. */
  Optional<String> line(Path file, int number) {
    if (file == null) {
      return Optional.empty();
    }
    List<String> lines = cache.computeIfAbsent(file, SourceLines::read);
    return number >= 1 && number <= lines.size()
        ? Optional.of(lines.get(number - 1))
        : Optional.empty();
  }

  private static List<String> read(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return List.of(text.split("\r\n|\r|\n", -1));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
