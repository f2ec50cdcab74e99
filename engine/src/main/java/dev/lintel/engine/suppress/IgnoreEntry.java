package dev.lintel.engine.suppress;

import dev.lintel.model.TextRange;
import java.nio.file.Path;

/**
 * A config {@code ignore:} entry: suppresses findings of {@code ruleId} (or any rule when it is
 * {@code *}) in files whose uri matches {@code pathGlob}. {@code configFile}/{@code range} say
 * where it was written, for UNUSED_SUPPRESSION.
 */
public record IgnoreEntry(String pathGlob, String ruleId, String reason, Path configFile, TextRange range) {}
