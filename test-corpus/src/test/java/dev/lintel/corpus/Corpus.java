package dev.lintel.corpus;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared peer corpora are; tests skip with a message when they are absent. */
final class Corpus {

  private Corpus() {}

  static Path root() {
    String prop = System.getProperty("lintel.corpus");
    return Path.of(prop != null ? prop : "../../shared/corpus").toAbsolutePath().normalize();
  }

  /** The corpus folder {@code name}, or a skipped test when it is not there. */
  static Path require(String name) {
    Path dir = root().resolve(name);
    assumeTrue(Files.isDirectory(dir), "corpus absent: " + dir + " (CI provides ../shared/corpus)");
    return dir;
  }

  /** The repository's examples folder. */
  static Path examples() {
    return Path.of("../examples").toAbsolutePath().normalize();
  }
}
