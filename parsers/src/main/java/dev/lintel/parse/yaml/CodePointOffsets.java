package dev.lintel.parse.yaml;

import java.util.Arrays;

/**
 * Converts SnakeYAML mark indexes (code points) to Java char offsets (UTF-16 units): each
 * supplementary character before an index adds one unit.
 */
final class CodePointOffsets {

  private final int[] supplementaryAt;

  private CodePointOffsets(int[] supplementaryAt) {
    this.supplementaryAt = supplementaryAt;
  }

  static CodePointOffsets of(String text) {
    int[] found = new int[0];
    int count = 0;
    int cp = 0;
    for (int i = 0; i < text.length(); i++, cp++) {
      if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (count == found.length) {
          found = Arrays.copyOf(found, Math.max(8, count * 2));
        }
        found[count++] = cp;
        i++;
      }
    }
    return new CodePointOffsets(Arrays.copyOf(found, count));
  }

  /** The char offset of the code point at {@code codePointIndex}. */
  int charOffset(int codePointIndex) {
    int pos = Arrays.binarySearch(supplementaryAt, codePointIndex);
    int before = pos >= 0 ? pos : -pos - 1;
    return codePointIndex + before;
  }
}
