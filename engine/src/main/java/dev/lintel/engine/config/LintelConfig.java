package dev.lintel.engine.config;

import dev.lintel.engine.Severity;
import dev.lintel.engine.suppress.IgnoreEntry;
import dev.lintel.model.FileKind;
import dev.lintel.parse.ParseLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated {@code .lintel.yml}. {@code severities} maps rule ids to a severity, or to null
 * for {@code off}. Absent settings are null or empty.
 */
public record LintelConfig(
    Path file,
    Map<String, Severity> severities,
    Map<String, Map<String, Object>> ruleOptions,
    List<String> excludes,
    String failOn,
    Path baseline,
    Path nginxPrefix,
    List<IgnoreEntry> ignores,
    Map<String, FileKind> types,
    ParseLimits limits) {

  /** The configuration used when there is no file. */
  public static LintelConfig empty() {
    return new LintelConfig(null, Map.of(), Map.of(), List.of(), null, null, null, List.of(), Map.of(),
        ParseLimits.DEFAULT);
  }
}
