package dev.lintel.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lintel.parse.cors.CorsXmlParser;
import dev.lintel.parse.ParseLimits;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@code CorsXmlParser}: in {@code mvn verify} the seeds under
 * {@code CorsXmlParserFuzzTestInputs/corsXml/} run as regression tests; {@code JAZZER_FUZZ=1} fuzzes for real
 * (see docs/reliability.md).
 */
class CorsXmlParserFuzzTest {

  @FuzzTest
  void corsXml(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    ParseOutcome.check(CorsXmlParser.parse(text, ParseLimits.DEFAULT));
  }
}
