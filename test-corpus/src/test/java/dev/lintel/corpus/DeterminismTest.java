package dev.lintel.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Output does not depend on the number of jobs, and a scan never writes into the scanned tree. */
class DeterminismTest {

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    Main.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    return out.toString();
  }

  @Test
  void jobsOneAndEightGiveIdenticalOutputInEveryFormat() {
    String dir = Corpus.examples().toString();
    for (String format : new String[] {"text", "json", "sarif", "junit", "github"}) {
      String one = run("check", dir, "--format", format, "--jobs", "1", "--no-color");
      String eight = run("check", dir, "--format", format, "--jobs", "8", "--no-color");
      assertThat(eight).as(format).isEqualTo(one);
      assertThat(run("check", dir, "--format", format, "--jobs", "8", "--no-color")).isEqualTo(one);
    }
  }

  @Test
  void scanningLeavesTheTreeUntouched() throws IOException {
    Path dir = Corpus.examples();
    Map<Path, Long> before = snapshot(dir);
    run("check", dir.toString(), "--format", "sarif");
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  private static Map<Path, Long> snapshot(Path dir) throws IOException {
    Map<Path, Long> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        out.put(p, Files.isRegularFile(p) ? Files.size(p) * 31 + Files.getLastModifiedTime(p).toMillis() : -1L);
      }
    }
    return out;
  }
}
