package dev.lintel.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {

  @Test
  void countsCrLfLfAndLoneCrAsOneBreak() {
    LineIndex idx = LineIndex.of("a\r\nb\nc\rd");
    assertThat(idx.line(0)).isEqualTo(1);
    assertThat(idx.line(3)).isEqualTo(2);
    assertThat(idx.line(5)).isEqualTo(3);
    assertThat(idx.line(7)).isEqualTo(4);
    assertThat(idx.column(7)).isEqualTo(1);
  }

  @Test
  void skipsLeadingBomAndCountsUtf16Units() {
    LineIndex idx = LineIndex.of("\uFEFF😀x");
    assertThat(idx.column(1)).isEqualTo(1);
    assertThat(idx.column(3)).isEqualTo(3);
    assertThat(idx.range(1, 4).toString()).isEqualTo("1:1-1:4");
  }

  @Test
  void clampsOffsetsAndHandlesEmptyText() {
    LineIndex idx = LineIndex.of("");
    assertThat(idx.range(0, 0).toString()).isEqualTo("1:1-1:1");
    assertThat(idx.point(10).toString()).isEqualTo("1:1-1:2");
  }
}
