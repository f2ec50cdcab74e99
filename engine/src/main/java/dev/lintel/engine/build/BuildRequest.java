package dev.lintel.engine.build;

import dev.lintel.engine.Analysis;
import java.nio.file.Path;
import java.util.List;

/**
 * The settings a build plugin passes to {@link BuildCheck}; lists are copied, nulls mean "not
 * set".
 *
 * @param paths files and directories to scan
 * @param root the directory finding uris (and config exclude globs) are relative to
 * @param excludes extra exclude globs, relative to {@code root} (e.g. the build directory)
 * @param formats report formats (text, json, sarif); each is written to {@code outputDirectory}
 * @param failOn error, warning, note or never; null: the config's, else warning
 * @param config the config file; null: the nearest {@code .lintel.yml} at or above the first path
 * @param rules rule ids or aliases to run (empty: all)
 * @param skipRules rule ids or aliases not to run
 */
public record BuildRequest(List<Path> paths, Path root, List<String> excludes, List<String> formats,
    Path outputDirectory, String failOn, Path config, Path baseline, List<String> rules, List<String> skipRules) {

  public BuildRequest {
    paths = List.copyOf(paths);
    excludes = List.copyOf(excludes);
    formats = List.copyOf(formats);
    rules = List.copyOf(rules);
    skipRules = List.copyOf(skipRules);
  }

  /** {@code path} as an exclude glob relative to {@code root}: glob characters are escaped. */
  public static String excludeGlob(Path root, Path path) {
    String rel = Analysis.uri(root.toAbsolutePath().normalize(), path);
    StringBuilder sb = new StringBuilder();
    for (char c : rel.toCharArray()) {
      if ("*?[]{}\\".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
