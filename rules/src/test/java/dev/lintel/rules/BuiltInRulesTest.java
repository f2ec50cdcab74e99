package dev.lintel.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.rules.testing.FixtureVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Guards the explicit rule list: complete, unique, well-named, and every rule fully equipped. */
class BuiltInRulesTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/lintel/rules");
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final Path DOCS = Path.of("docs");

  @Test
  void everyRuleClassIsListed() throws IOException {
    Set<String> listed = new HashSet<>();
    for (Rule r : BuiltInRules.all()) {
      listed.add(r.getClass().getName());
    }
    List<String> declared = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      for (Path p : walk.filter(f -> f.toString().endsWith("Rule.java")).toList()) {
        String src = Files.readString(p);
        if (src.contains("@RuleMeta(")) {
          String rel = SOURCES.relativize(p).toString().replace('/', '.').replace(".java", "");
          declared.add("dev.lintel.rules." + rel);
        }
      }
    }
    assertThat(declared).isNotEmpty();
    assertThat(listed).containsAll(declared);
  }

  @Test
  void idsAreUniqueAndWellFormed() {
    Set<String> ids = new HashSet<>();
    for (Rule r : BuiltInRules.all()) {
      RuleMeta meta = r.getClass().getAnnotation(RuleMeta.class);
      assertThat(meta).as("%s has @RuleMeta", r.getClass()).isNotNull();
      assertThat(meta.id()).matches("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$");
      assertThat(ids.add(meta.id())).as("unique id %s", meta.id()).isTrue();
      assertThat(r.getClass().getSimpleName()).endsWith("Rule");
    }
  }

  @Test
  void everyRuleHasFixturesAndDocs() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Rule r : BuiltInRules.all()) {
      String id = r.getClass().getAnnotation(RuleMeta.class).id();
      Path dir = FIXTURES.resolve(id);
      if (!Files.isDirectory(dir)) {
        missing.add(id + ": no fixtures folder");
        continue;
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.toList();
      }
      boolean noncompliant = false;
      boolean compliant = false;
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.startsWith("noncompliant") && FixtureVerifier.markerCount(f) > 0) {
          noncompliant = true;
        }
        if (name.startsWith("compliant") && FixtureVerifier.markerCount(f) == 0) {
          compliant = true;
        }
      }
      if (!noncompliant) {
        missing.add(id + ": no noncompliant fixture with a marker");
      }
      if (!compliant) {
        missing.add(id + ": no compliant fixture without markers");
      }
      Path doc = DOCS.resolve(id + ".md");
      if (!Files.isRegularFile(doc)) {
        missing.add(id + ": no docs/" + id + ".md");
      } else {
        String text = Files.readString(doc);
        for (String section : List.of("## Why it matters", "## How to fix", "## References")) {
          if (!text.contains(section)) {
            missing.add(id + ": docs lack '" + section + "'");
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
