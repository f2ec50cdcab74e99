package dev.lintel.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.Problem;
import dev.lintel.parse.Parsed;
import java.util.Set;

/** The one property every parser fuzz test checks: a model or parse problems, nothing else. */
final class ParseOutcome {

  private static final Set<String> ALLOWED = Set.of(
      Problem.PARSE_ERROR, Problem.INPUT_LIMIT_EXCEEDED, Problem.IO_ERROR);

  private ParseOutcome() {}

  /** Fails unless the parser returned a model or explained why not, with only parse problems. */
  static void check(Parsed<?> parsed) {
    assertThat(parsed).isNotNull();
    assertThat(parsed.value() != null || !parsed.problems().isEmpty())
        .as("a model or a problem").isTrue();
    for (Problem p : parsed.problems()) {
      assertThat(ALLOWED).contains(p.ruleId());
      assertThat(p.message()).isNotBlank();
      assertThat(p.range()).isNotNull();
    }
  }
}
