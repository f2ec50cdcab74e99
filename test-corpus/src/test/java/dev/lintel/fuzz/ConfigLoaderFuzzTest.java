package dev.lintel.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lintel.engine.config.ConfigException;
import dev.lintel.engine.config.ConfigLoader;
import dev.lintel.engine.config.LintelConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes {@code .lintel.yml} loading: every input ends in a configuration or a
 * {@link ConfigException} whose message names the file; nothing else escapes.
 */
class ConfigLoaderFuzzTest {

  @FuzzTest
  void config(byte[] data) throws IOException {
    Path dir = Files.createTempDirectory("lintel-fuzz-config");
    Path file = dir.resolve(".lintel.yml");
    try {
      Files.write(file, data);
      LintelConfig config = ConfigLoader.load(file);
      assertThat(config).isNotNull();
    } catch (ConfigException e) {
      assertThat(e.getMessage()).startsWith(file.toString());
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }
}
