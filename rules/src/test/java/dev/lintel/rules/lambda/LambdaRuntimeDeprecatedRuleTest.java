package dev.lintel.rules.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The runtime verdicts at fixed dates, so the sub-cases do not depend on the day the tests run. */
class LambdaRuntimeDeprecatedRuleTest {

  @Test
  void supportedBeforeItsDeprecationDate() {
    assertThat(LambdaRuntimeDeprecatedRule.problem("nodejs20.x", LocalDate.parse("2026-04-29"))).isNull();
  }

  @Test
  void deprecatedButUpdatableIsTheWarningCase() {
    assertThat(LambdaRuntimeDeprecatedRule.problem("nodejs20.x", LocalDate.parse("2026-05-15")))
        .isEqualTo("Runtime nodejs20.x is deprecated since 2026-04-30 (no security patches); Lambda blocks creating"
            + " functions from 2026-06-01 and updating them from 2026-07-01; use nodejs22.x");
  }

  @Test
  void blockedUpdatesAndUnknownIdentifiersAreTheErrorCase() {
    assertThat(LambdaRuntimeDeprecatedRule.problem("nodejs20.x", LocalDate.parse("2026-07-01")))
        .startsWith("Runtime nodejs20.x was deprecated on 2026-04-30 and Lambda blocks updating");
    assertThat(LambdaRuntimeDeprecatedRule.problem("python3.x", LocalDate.parse("2020-01-01")))
        .startsWith("Runtime 'python3.x' is not a Lambda runtime identifier");
  }
}
