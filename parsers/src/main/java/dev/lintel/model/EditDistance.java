package dev.lintel.model;

import java.util.Collection;
import java.util.Locale;

/** Levenshtein distance and "did you mean" suggestions for misspelt names. */
public final class EditDistance {

  private EditDistance() {}

  /** The number of single-character insertions, deletions and substitutions from a to b. */
  public static int between(String a, String b) {
    return capped(a, b, Integer.MAX_VALUE);
  }

  /** The distance, or {@code cap} as soon as it cannot be below {@code cap} (stops early). */
  private static int capped(String a, String b, int cap) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin >= cap) {
        return cap;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
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
      int d = capped(t, c.toLowerCase(Locale.ROOT), bestDistance);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }
}
