package dev.lintel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void countsInsertionsDeletionsAndSubstitutions() {
    assertThat(EditDistance.between("", "")).isZero();
    assertThat(EditDistance.between("abc", "abc")).isZero();
    assertThat(EditDistance.between("x-amz", "x-amx")).isEqualTo(1);
    assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
    assertThat(EditDistance.between("", "abcd")).isEqualTo(4);
  }

  @Test
  void suggestsTheClosestCandidateWithinTheLimitIgnoringCase() {
    List<String> names = List.of("VisibilityTimeout", "MessageRetentionPeriod", "DelaySeconds");
    assertThat(EditDistance.closest("visibilitytimeot", names, 2)).isEqualTo("VisibilityTimeout");
    assertThat(EditDistance.closest("Something", names, 2)).isNull();
  }
}
