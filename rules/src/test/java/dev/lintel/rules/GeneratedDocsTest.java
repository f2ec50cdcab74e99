package dev.lintel.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.engine.RuleRegistry;
import dev.lintel.engine.docs.RuleDocsGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code docs/rules/} must equal what the generator makes from the rules, their
 * prose and their fixtures. Run with {@code -Ddocs.update=true} to regenerate after a change.
 */
class GeneratedDocsTest {

  private static final Path OUT = Path.of("../docs/rules");
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @Test
  void committedDocsMatchTheGenerator() throws IOException {
    Map<String, String> pages = RuleDocsGenerator.generate(new RuleRegistry(BuiltInRules.all()).all(), examples());
    if (Boolean.getBoolean("docs.update")) {
      Files.createDirectories(OUT);
      try (Stream<Path> old = Files.list(OUT)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
      for (Map.Entry<String, String> e : pages.entrySet()) {
        Files.writeString(OUT.resolve(e.getKey()), e.getValue());
      }
    }
    List<String> drift = new ArrayList<>();
    for (Map.Entry<String, String> e : pages.entrySet()) {
      Path p = OUT.resolve(e.getKey());
      if (!Files.isRegularFile(p) || !Files.readString(p).equals(e.getValue())) {
        drift.add(e.getKey());
      }
    }
    try (Stream<Path> existing = Files.list(OUT)) {
      existing.map(p -> p.getFileName().toString()).filter(n -> !pages.containsKey(n))
          .forEach(n -> drift.add(n + " (no longer generated)"));
    }
    assertThat(drift).as("docs/rules drifted; regenerate with: mvn -pl rules test -Ddocs.update=true").isEmpty();
  }

  @Test
  void markersAreStrippedFromExamples() {
    String s = RuleDocsGenerator.stripMarkers("a: 1 # expect: X_Y\n\"b\": 2 // expect@+1: X_Y {{m}}\n<a/> <!-- expect: X_Y -->\n");
    assertThat(s).isEqualTo("a: 1\n\"b\": 2\n<a/>\n");
  }

  @Test
  void longExamplesAreShortened() {
    String shortText = "a\n".repeat(80);
    assertThat(RuleDocsGenerator.shorten(shortText)).isEqualTo(shortText);
    assertThat(RuleDocsGenerator.shorten("a\n".repeat(81)))
        .isEqualTo("a\n".repeat(20) + "... (61 more lines in the fixture)\n");
  }

  private static Map<String, List<RuleDocsGenerator.Example>> examples() throws IOException {
    Map<String, List<RuleDocsGenerator.Example>> out = new LinkedHashMap<>();
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      for (Path dir : dirs.sorted().toList()) {
        List<RuleDocsGenerator.Example> list = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.sorted().toList()) {
            try {
              list.add(new RuleDocsGenerator.Example(f.getFileName().toString(),
                  Files.readString(f, StandardCharsets.UTF_8)));
            } catch (MalformedInputException notText) {
              list.add(new RuleDocsGenerator.Example(f.getFileName().toString(),
                  "(this fixture holds bytes that are not UTF-8 on purpose)\n"));
            }
          }
        }
        out.put(dir.getFileName().toString(), list);
      }
    }
    return out;
  }
}
