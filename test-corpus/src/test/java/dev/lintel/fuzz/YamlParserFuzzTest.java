package dev.lintel.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lintel.parse.yaml.YamlTreeParser;
import dev.lintel.parse.ParseLimits;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@code YamlTreeParser}: in {@code mvn verify} the seeds under
 * {@code YamlParserFuzzTestInputs/yamlTree/} run as regression tests; {@code JAZZER_FUZZ=1} fuzzes for real
 * (see docs/reliability.md).
 */
class YamlParserFuzzTest {

  @FuzzTest
  void yamlTree(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    ParseOutcome.check(YamlTreeParser.parse(text, ParseLimits.DEFAULT));
  }
}
