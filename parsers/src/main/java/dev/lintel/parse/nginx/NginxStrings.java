package dev.lintel.parse.nginx;

/** The text nginx makes of a token as written: quotes removed, escapes processed. */
final class NginxStrings {

  private NginxStrings() {
  }

  /**
   * Like nginx: {@code \"}, {@code \'} and {@code \\} lose the backslash, {@code \t},
   * {@code \r} and {@code \n} become the control character, every other escape is kept as
   * written (so regular expressions such as {@code \.} or {@code \d} reach the directive intact).
   */
  static String unquote(String raw) {
    String body = raw;
    if (raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')
        && raw.charAt(raw.length() - 1) == raw.charAt(0)) {
      body = raw.substring(1, raw.length() - 1);
    }
    if (body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        char next = body.charAt(i + 1);
        switch (next) {
          case '"', '\'', '\\' -> {
            out.append(next);
            i++;
            continue;
          }
          case 't' -> {
            out.append('\t');
            i++;
            continue;
          }
          case 'r' -> {
            out.append('\r');
            i++;
            continue;
          }
          case 'n' -> {
            out.append('\n');
            i++;
            continue;
          }
          default -> {
            // kept as written
          }
        }
      }
      out.append(c);
    }
    return out.toString();
  }
}
