package dev.lintel.engine;

import dev.lintel.parse.detect.FileDetector;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Lists the files a scan reads: files named on the command line always (or filtered like the
 * others, for pre-commit); below named directories, files whose name {@link FileDetector} finds
 * worth reading or a {@code types:} glob maps, minus excluded globs.
 * Symbolic links inside directories are not followed, so a scan never leaves its tree or loops.
 */
final class FileCollector {

  /** Directories never descended into. */
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".hg", ".svn", "node_modules", ".terraform");

  private FileCollector() {}

  /**
   * Files in a stable order (sorted by absolute path). Below directories, files {@code readable}
   * accepts and no exclude glob matches; files named in {@code paths} always, or under the same
   * conditions when {@code filterNamed}.
   */
  static List<Path> collect(List<Path> paths, Path root, List<String> excludes, Predicate<Path> readable,
      boolean filterNamed) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : excludes) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    TreeSet<Path> out = new TreeSet<>();
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      if (Files.isDirectory(abs)) {
        walk(abs, root, matchers, readable, out);
      } else if (!filterNamed || (readable.test(abs) && !excluded(abs, root, matchers))) {
        out.add(abs);
      }
    }
    return new ArrayList<>(out);
  }

  private static void walk(Path dir, Path root, List<PathMatcher> excludes, Predicate<Path> readable,
      TreeSet<Path> out) {
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          if (!d.equals(dir) && (SKIPPED_DIRECTORIES.contains(String.valueOf(d.getFileName()))
              || excluded(d, root, excludes))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !Files.isSymbolicLink(f)
              && readable.test(f) && !excluded(f, root, excludes)) {
            out.add(f);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override public FileVisitResult visitFileFailed(Path f, IOException e) {
          if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            out.add(f);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      out.add(dir);
    }
  }

  static boolean excluded(Path p, Path root, List<PathMatcher> excludes) {
    if (excludes.isEmpty()) {
      return false;
    }
    Path rel = Path.of(Analysis.uri(root, p));
    for (PathMatcher m : excludes) {
      if (m.matches(rel)) {
        return true;
      }
    }
    return false;
  }
}
