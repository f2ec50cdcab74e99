package dev.lintel.parse.nginx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lintel.model.Problem;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.NginxConfig;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.Parsed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every nginx file of the peer corpora parses without a PARSE_ERROR, includes followed. */
class NginxCorpusTest {

  private static Path corpus() {
    String configured = System.getProperty("lintel.corpus");
    return Path.of(configured != null ? configured : "../../shared/corpus").normalize();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gixy", "nginx-h5bp"})
  void everyFileParses(String folder) throws IOException {
    Path dir = corpus().resolve(folder);
    assumeTrue(Files.isDirectory(dir), "corpus absent: " + dir.toAbsolutePath());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".conf") || p.toString().endsWith(".types"))
          .sorted()
          .toList();
    }
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Parsed<NginxConfig> parsed = NginxParser.parse(file, text, ParseLimits.DEFAULT, dir);
      for (Problem p : parsed.problems()) {
        failures.add(dir.relativize(file) + " " + p);
      }
    }
    assertThat(files).isNotEmpty();
    assertThat(failures).as("problems in %s", dir).isEmpty();
  }

  @Test
  void h5bpIncludesResolveAgainstThePrefix() throws IOException {
    Path dir = corpus().resolve("nginx-h5bp");
    Path main = dir.resolve("nginx.conf");
    assumeTrue(Files.isRegularFile(main), "corpus absent: " + main.toAbsolutePath());
    Parsed<NginxConfig> parsed = NginxParser.parse(main, Files.readString(main),
        ParseLimits.DEFAULT, dir);
    assertThat(parsed.problems()).isEmpty();
    List<String> names = new ArrayList<>();
    collect(parsed.value().children(), names);
    assertThat(names).contains("types", "server_tokens", "gzip", "charset", "server");
  }

  private static void collect(List<Directive> directives, List<String> names) {
    for (Directive d : directives) {
      names.add(d.nameText());
      collect(d.children(), names);
    }
  }
}
