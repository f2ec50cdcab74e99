package dev.lintel.parse.data;

import java.util.Arrays;
import java.util.Locale;

/**
 * An ARN format of the IAM catalogue ({@code arn:${Partition}:s3:::${BucketName}/${ObjectName}})
 * compiled for matching against policy Resource entries, which may hold {@code *}, {@code ?} and
 * policy variables. A match means "some ARN fits both", so the test never rejects a resource
 * that could be valid. Catalogue variables never span a {@code :} before the resource part, nor a
 * {@code /} when a {@code /} follows them ({@code ${BucketName}/...}) or when they name an S3
 * bucket or a DynamoDB table, whose names never contain one. Letters compare case-insensitively.
 */
public final class ArnPattern {

  private static final int MATCH_CACHE_LIMIT = 4096;

  private final java.util.Map<String, Boolean> matchCache = new java.util.concurrent.ConcurrentHashMap<>();

  private static final int ONE = -1;
  private static final int ANY = -2;
  private static final int NO_SLASH = -3;
  private static final int NO_COLON = -4;

  private final String format;
  private final String[] fields;
  private final int[] tokens;
  private final int[] resourceTokens;

  ArnPattern(String format) {
    this.format = format;
    this.fields = format.split(":", 6);
    this.tokens = compileFormat(format, 0);
    this.resourceTokens = fields.length == 6 ? compileFormat(fields[5], 5) : tokens;
  }

  public String format() {
    return format;
  }

  /** The service field of the format, e.g. {@code s3}. */
  public String service() {
    return fields.length > 2 ? fields[2] : "";
  }

  /** True when the format has a region field ({@code ${Region}} or a literal region). */
  public boolean hasRegion() {
    return fields.length > 3 && !fields[3].isEmpty();
  }

  /** True when the format has an account field. */
  public boolean hasAccount() {
    return fields.length > 4 && !fields[4].isEmpty();
  }

  /** True when some resource part fits both the format's part after the fifth colon and {@code part}. */
  public boolean resourcePartMatches(String part) {
    return intersects(resourceTokens, compileResource(part));
  }

  /**
   * True when some ARN fits both this format and {@code resource} (a policy Resource entry).
   * Answers are remembered per resource (bounded): scans ask the same question for every action
   * of a service, and the catalogue is shared by all threads.
   */
  public boolean matches(String resource) {
    if (matchCache.size() > MATCH_CACHE_LIMIT) {
      matchCache.clear();
    }
    return matchCache.computeIfAbsent(resource, r -> intersects(tokens, compileResource(r)));
  }

  private static int[] compileFormat(String format, int colonsBefore) {
    int[] out = new int[format.length()];
    int n = 0;
    int colons = colonsBefore;
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      int end = c == '$' && i + 1 < format.length() && format.charAt(i + 1) == '{' ? format.indexOf('}', i) : -1;
      if (end > 0) {
        String name = format.substring(i + 2, end);
        boolean slashFollows = end + 1 < format.length() && format.charAt(end + 1) == '/';
        if (colons < 5) {
          out[n++] = NO_COLON;
        } else if (slashFollows || name.equals("BucketName") || name.equals("TableName")) {
          out[n++] = NO_SLASH;
        } else {
          out[n++] = ANY;
        }
        i = end + 1;
      } else {
        if (c == ':') {
          colons++;
        }
        out[n++] = c == '*' ? ANY : Character.toLowerCase(c);
        i++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** A policy resource: {@code *} any run, {@code ?} one character, {@code ${...}} any run. */
  private static int[] compileResource(String resource) {
    String r = resource.toLowerCase(Locale.ROOT);
    int[] out = new int[r.length()];
    int n = 0;
    int i = 0;
    while (i < r.length()) {
      char c = r.charAt(i);
      int end = c == '$' && i + 1 < r.length() && r.charAt(i + 1) == '{' ? r.indexOf('}', i) : -1;
      if (end > 0) {
        out[n++] = ANY;
        i = end + 1;
      } else {
        out[n++] = c == '*' ? ANY : c == '?' ? ONE : c;
        i++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static boolean isRun(int t) {
    return t <= ANY;
  }

  /** Whether a run token may produce the character (or {@code ?}) that {@code other} stands for. */
  private static boolean runAccepts(int run, int other) {
    return other == ONE || run == ANY || (run == NO_SLASH && other != '/') || (run == NO_COLON && other != ':');
  }

  /** Dynamic programme over suffixes: can {@code a[i..]} and {@code b[j..]} produce one common string? */
  static boolean intersects(int[] a, int[] b) {
    boolean[][] reach = new boolean[a.length + 1][b.length + 1];
    reach[a.length][b.length] = true;
    for (int i = a.length; i >= 0; i--) {
      for (int j = b.length; j >= 0; j--) {
        if (i == a.length && j == b.length) {
          continue;
        }
        int x = i < a.length ? a[i] : 0;
        int y = j < b.length ? b[j] : 0;
        boolean r;
        if (i < a.length && isRun(x)) {
          r = reach[i + 1][j] || (j < b.length && (isRun(y) || runAccepts(x, y)) && reach[i][j + 1]);
        } else if (j < b.length && isRun(y)) {
          r = reach[i][j + 1] || (i < a.length && runAccepts(y, x) && reach[i + 1][j]);
        } else if (i == a.length || j == b.length) {
          r = false;
        } else {
          r = (x == y || x == ONE || y == ONE) && reach[i + 1][j + 1];
        }
        reach[i][j] = r;
      }
    }
    return reach[0][0];
  }

  @Override
  public String toString() {
    return format;
  }
}
