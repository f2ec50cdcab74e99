package dev.lintel.engine;

import dev.lintel.model.TextRange;
import java.nio.file.Path;

/**
 * Where a finding is: the file on disk, its uri relative to the scan root ({@code /}
 * separators), and the region.
 */
public record Location(Path file, String uri, TextRange range) {}
