package dev.lintel.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.nginx.NginxParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Fuzzes {@code NginxParser} (includes are resolved against an empty directory, so the fuzzer
 * only drives the grammar). Seeds under {@code NginxParserFuzzTestInputs/nginx/}.
 */
class NginxParserFuzzTest {

  private static final Path NOWHERE = Path.of(System.getProperty("java.io.tmpdir"), "lintel-fuzz-none", "x.conf");

  @FuzzTest
  void nginx(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    ParseOutcome.check(NginxParser.parse(NOWHERE, text, ParseLimits.DEFAULT, NOWHERE.getParent()));
  }
}
