package dev.lintel.rules.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The runtime verdicts at fixed dates, so the sub-cases do not depend on the day the tests run. */
class LambdaRuntimeDeprecatedRuleTest {

  @Test
  void supportedBeforeItsDeprecationDate() {
    assertThat(LambdaRuntimeDeprecatedRule.problem("nodejs20.x", LocalDate.parse("2026-04-29"))).isNull();
    assertThat(LambdaRuntimeDeprecatedRule.problem("python3.11", LocalDate.parse("2026-11-21"))).isNull();
  }

  @Test
  void deprecatedButUpdatableIsTheWarningCase() {
    assertThat(LambdaRuntimeDeprecatedRule.problem("python3.11", LocalDate.parse("2027-07-01")))
        .isEqualTo("Runtime python3.11 is deprecated since 2027-06-30 (no security patches); Lambda blocks creating"
            + " functions from 2027-07-31 and updating them from 2027-08-31; use python3.13");
    assertThat(LambdaRuntimeDeprecatedRule.problem("nodejs18.x", LocalDate.parse("2026-11-21")))
        .isEqualTo("Runtime nodejs18.x is deprecated since 2025-09-01 (no security patches); Lambda blocks updating"
            + " its functions from 2027-08-31; use nodejs22.x");
  }

  @Test
  void blockedUpdatesAndUnknownIdentifiersAreTheErrorCase() {
    assertThat(LambdaRuntimeDeprecatedRule.problem("nodejs20.x", LocalDate.parse("2027-08-31")))
        .startsWith("Runtime nodejs20.x was deprecated on 2026-04-30 and Lambda blocks updating");
    assertThat(LambdaRuntimeDeprecatedRule.problem("python3.x", LocalDate.parse("2020-01-01")))
        .startsWith("Runtime 'python3.x' is not a Lambda runtime identifier");
  }
}
