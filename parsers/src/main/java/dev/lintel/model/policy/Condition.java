package dev.lintel.model.policy;

import dev.lintel.model.ScalarNode;
import java.util.List;
import java.util.Locale;

/**
 * One {@code operator -> key -> values} triple of a statement's Condition block.
 * {@code operator} is as written (e.g. {@code ForAnyValue:StringEqualsIfExists}).
 */
public record Condition(String operator, ScalarNode operatorKey, String key, ScalarNode keyNode,
    List<PolicyValue> values) {

  /** The operator without {@code ForAnyValue:}/{@code ForAllValues:} and {@code IfExists}. */
  public String baseOperator() {
    String op = operator;
    int colon = op.indexOf(':');
    if (colon >= 0) {
      op = op.substring(colon + 1);
    }
    return op.endsWith("IfExists") ? op.substring(0, op.length() - "IfExists".length()) : op;
  }

  public boolean ifExists() {
    return operator.endsWith("IfExists");
  }

  /** The condition key in lower case (keys are case-insensitive). */
  public String keyLower() {
    return key.toLowerCase(Locale.ROOT);
  }
}
