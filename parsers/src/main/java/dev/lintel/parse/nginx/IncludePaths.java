package dev.lintel.parse.nginx;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the files an {@code include} argument names. Relative paths are tried against each base
 * directory in turn (the configuration prefix, then the including file's directory); absolute
 * paths are used as they are. A glob ({@code *}, {@code ?}, {@code [...]}) gives its matching
 * regular files sorted by path, and like POSIX glob its wildcards do not match a leading dot.
 */
final class IncludePaths {

  private IncludePaths() {
  }

  static boolean isGlob(String pattern) {
    return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0 || pattern.indexOf('[') >= 0;
  }

  /** The files named by {@code pattern}; empty when nothing exists. */
  static List<Path> resolve(String pattern, List<Path> bases) throws IOException {
    if (pattern.isEmpty() || pattern.indexOf('\0') >= 0) {
      return List.of();
    }
    Path asPath;
    try {
      asPath = Path.of(pattern);
    } catch (RuntimeException e) {
      return List.of();
    }
    List<Path> candidates = asPath.isAbsolute() ? List.of(asPath.getRoot()) : bases;
    for (Path base : candidates) {
      List<Path> found = isGlob(pattern) ? expand(base, pattern) : plain(base, pattern);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static List<Path> plain(Path base, String pattern) {
    Path file = base.resolve(pattern).normalize();
    return Files.isRegularFile(file) ? List.of(file) : List.of();
  }

  private static List<Path> expand(Path base, String pattern) throws IOException {
    String[] parts = pattern.split("/+");
    int firstGlob = 0;
    while (firstGlob < parts.length && !isGlob(parts[firstGlob])) {
      firstGlob++;
    }
    Path dir = base;
    for (int i = 0; i < firstGlob; i++) {
      if (!parts[i].isEmpty()) {
        dir = dir.resolve(parts[i]);
      }
    }
    dir = dir.normalize();
    int levels = parts.length - firstGlob;
    if (levels == 0 || !Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> rest = List.of(parts).subList(firstGlob, parts.length);
    PathMatcher matcher = FileSystems.getDefault()
        .getPathMatcher("glob:" + escapeBraces(String.join("/", rest)));
    Path root = dir;
    try (Stream<Path> walk = Files.walk(root, levels)) {
      List<Path> out = new ArrayList<>();
      walk.forEach(p -> {
        Path rel = root.relativize(p);
        if (rel.getNameCount() == levels && matcher.matches(rel)
            && noHiddenWildcardMatch(rel, rest) && Files.isRegularFile(p)) {
          out.add(p);
        }
      });
      out.sort(Comparator.comparing(Path::toString));
      return out;
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** POSIX glob: a name starting with "." only matches a pattern part starting with ".". */
  private static boolean noHiddenWildcardMatch(Path rel, List<String> patternParts) {
    for (int i = 0; i < rel.getNameCount(); i++) {
      if (rel.getName(i).toString().startsWith(".") && !patternParts.get(i).startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  /** nginx globs have no {a,b} alternation, Java's do: make braces literal. */
  private static String escapeBraces(String glob) {
    return glob.replace("{", "\\{").replace("}", "\\}");
  }
}
