package dev.lintel.parse;

import dev.lintel.model.Problem;
import java.util.List;

/**
 * What a parser returns: the model (null when nothing could be recovered) and the problems
 * found on the way. Parsers never throw for bad input.
 */
public record Parsed<T>(T value, List<Problem> problems) {

  public Parsed {
    problems = List.copyOf(problems);
  }

  public static <T> Parsed<T> failed(Problem problem) {
    return new Parsed<>(null, List.of(problem));
  }
}
