package dev.lintel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FailOnTest {

  @Test
  void choosesExplicitThenConfigThenDefault() {
    assertThat(FailOn.choose("error", "note")).isEqualTo("error");
    assertThat(FailOn.choose(null, "note")).isEqualTo("note");
    assertThat(FailOn.choose(null, null)).isEqualTo("warning");
  }

  @Test
  void parsesLevelsAndNever() {
    assertThat(FailOn.parse("ERROR")).hasToString("error");
    assertThat(FailOn.parse("never")).hasToString("never");
    assertThatThrownBy(() -> FailOn.parse("high")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'high'");
  }
}
