package dev.lintel.model;

import java.util.Collection;
import java.util.Locale;

/** Levenshtein distance and "did you mean" suggestions for misspelt names. */
public final class EditDistance {

  private EditDistance() {}

  /** The number of single-character insertions, deletions and substitutions from a to b. */
  public static int between(String a, String b) {
    int[] prev = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      prev = cur;
    }
    return prev[b.length()];
  }

  /** The candidate closest to {@code target} (case-insensitive) within {@code maxDistance}, or null. */
  public static String closest(String target, Collection<String> candidates, int maxDistance) {
    String best = null;
    int bestDistance = maxDistance + 1;
    String t = target.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      if (Math.abs(c.length() - t.length()) >= bestDistance) {
        continue;
      }
      int d = between(t, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }
}
