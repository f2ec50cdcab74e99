package dev.lintel.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The inputs benchmarks read: the shared peer corpus when present, else the examples. */
final class BenchCorpus {

  private BenchCorpus() {}

  static Path corpus() {
    String prop = System.getProperty("lintel.corpus");
    Path p = Path.of(prop != null ? prop : "../shared/corpus").toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("corpus not found at " + p + ": run from the repository root or pass"
          + " -Dlintel.corpus=DIR");
    }
    return p;
  }

  /** Regular files below {@code dir} whose names end with one of {@code suffixes}, sorted. */
  static List<Path> files(Path dir, String... suffixes) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(f -> {
            for (String suffix : suffixes) {
              if (f.getFileName().toString().endsWith(suffix)) {
                return true;
              }
            }
            return false;
          })
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
