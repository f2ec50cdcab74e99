package dev.lintel.parse;

/**
 * Safety limits applied while reading input. Every limit hit becomes an
 * {@code INPUT_LIMIT_EXCEEDED} problem, never a hang or a stack overflow.
 *
 * @param maxFileBytes files larger than this are skipped
 * @param maxDepth deepest nesting of mappings/sequences/blocks accepted
 * @param maxAliasExpansion most nodes a YAML document may reach through aliases
 * @param maxIncludeDepth deepest chain of nginx {@code include}s followed
 * @param maxCombinations most candidate values evaluated for one template property
 */
public record ParseLimits(
    long maxFileBytes, int maxDepth, int maxAliasExpansion, int maxIncludeDepth, int maxCombinations) {

  public static final ParseLimits DEFAULT = new ParseLimits(20L * 1024 * 1024, 500, 100_000, 10, 64);
}
