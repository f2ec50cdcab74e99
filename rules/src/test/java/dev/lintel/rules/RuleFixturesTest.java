package dev.lintel.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.rules.testing.FixtureVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs every fixture under {@code fixtures/<RULE_ID>/} through the two-way verifier. */
class RuleFixturesTest {

  static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @TempDir
  Path work;

  @TestFactory
  Stream<DynamicTest> everyFixtureMatchesItsMarkers() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(FIXTURES)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(FIXTURES.relativize(f).toString(), () -> {
      String ruleId = f.getParent().getFileName().toString();
      Path dir = Files.createTempDirectory(work, ruleId);
      List<String> problems = FixtureVerifier.verify(f, ruleId, BuiltInRules.all(), dir);
      assertThat(problems).as("%s against its markers", f).isEmpty();
    }));
  }
}
