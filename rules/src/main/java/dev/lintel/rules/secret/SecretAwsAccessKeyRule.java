package dev.lintel.rules.secret;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.parse.LineIndex;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports an AWS access key id ({@code AKIA…}/{@code ASIA…}) in the text of any file: an error
 * when a secret access key sits within three lines, a warning for the id alone. AWS documentation
 * example keys (ending in {@code EXAMPLE}) are skipped.
 */
@RuleMeta(id = "SECRET_AWS_ACCESS_KEY", title = "AWS access key in the file", severity = Severity.ERROR,
    category = Category.SECRET, tags = {"security"}, aliases = {"hardcoded_aws_access_key_in_lambda"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html")
public final class SecretAwsAccessKeyRule implements Rule {

  private static final Pattern SECRET_TOKEN = Pattern.compile("(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])");

  private static final Pattern NAMED_SECRET = Pattern.compile(
      "(?i)(?:aws_?)?secret_?(?:access_?)?key[\"']?\\s*[:=,]\\s*[\"']?([A-Za-z0-9/+=]{8,})");

  private static final int WINDOW = 3;

  @Override
  public void register(Subscriptions on) {
    on.file((ctx, file) -> {
      String text = file.text();
      if (!text.contains("AKIA") && !text.contains("ASIA")) {
        return;
      }
      Matcher m = Secrets.KEY_ID.matcher(text);
      LineIndex lines = null;
      while (m.find()) {
        String id = m.group();
        if (id.endsWith("EXAMPLE")) {
          continue;
        }
        lines = lines == null ? LineIndex.of(text) : lines;
        String masked = id.substring(0, 4) + "..." + id.substring(id.length() - 4);
        if (secretNear(text, m.start(), m.end())) {
          ctx.report(lines.range(m.start(), m.end()), "AWS access key id '" + masked
              + "' with a secret access key within " + WINDOW + " lines: the credentials are in clear text");
        } else {
          ctx.report(lines.range(m.start(), m.end()), "AWS access key id '" + masked + "' in the file")
              .level(Severity.WARNING);
        }
      }
    });
  }

  /** A secret access key within {@link #WINDOW} lines of the key id at [start, end). */
  private static boolean secretNear(String text, int start, int end) {
    int from = start;
    for (int i = 0; i <= WINDOW && from > 0; i++) {
      from = Math.max(0, text.lastIndexOf('\n', from - 1));
    }
    int to = text.indexOf('\n', end);
    for (int i = 0; i < WINDOW && to >= 0; i++) {
      to = text.indexOf('\n', to + 1);
    }
    String window = text.substring(from, to < 0 ? text.length() : to);
    Matcher token = SECRET_TOKEN.matcher(window);
    while (token.find()) {
      String t = token.group();
      if (!t.contains("EXAMPLE") && t.chars().anyMatch(c -> c == '/' || c == '+' || Character.isLowerCase(c))) {
        return true;
      }
    }
    Matcher named = NAMED_SECRET.matcher(window);
    while (named.find()) {
      if (!named.group(1).contains("EXAMPLE")) {
        return true;
      }
    }
    return false;
  }
}
