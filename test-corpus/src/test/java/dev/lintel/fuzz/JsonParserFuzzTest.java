package dev.lintel.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lintel.parse.json.JsonTreeParser;
import dev.lintel.parse.ParseLimits;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@code JsonTreeParser}: in {@code mvn verify} the seeds under
 * {@code JsonParserFuzzTestInputs/jsonTree/} run as regression tests; {@code JAZZER_FUZZ=1} fuzzes for real
 * (see docs/reliability.md).
 */
class JsonParserFuzzTest {

  @FuzzTest
  void jsonTree(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    ParseOutcome.check(JsonTreeParser.parse(text, ParseLimits.DEFAULT));
  }
}
