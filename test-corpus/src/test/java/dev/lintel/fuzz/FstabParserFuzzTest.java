package dev.lintel.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lintel.parse.fstab.FstabParser;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@code FstabParser}: in {@code mvn verify} the seeds under
 * {@code FstabParserFuzzTestInputs/fstab/} run as regression tests; {@code JAZZER_FUZZ=1} fuzzes for real
 * (see docs/reliability.md).
 */
class FstabParserFuzzTest {

  @FuzzTest
  void fstab(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    ParseOutcome.check(FstabParser.parse(text));
  }
}
