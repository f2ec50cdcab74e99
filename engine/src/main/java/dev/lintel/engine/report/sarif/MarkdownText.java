package dev.lintel.engine.report.sarif;

import java.util.regex.Pattern;

/** Turns a rule doc's markdown into plain text for SARIF's {@code help.text}. */
final class MarkdownText {

  private static final Pattern FENCE = Pattern.compile("(?m)^\\s*(```|~~~).*\\R?");
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s*");
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]*)[^)]*\\)");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
  private static final Pattern CODE = Pattern.compile("`([^`]*)`");

  private MarkdownText() {}

  static String plain(String markdown) {
    String text = FENCE.matcher(markdown).replaceAll("");
    text = HEADING.matcher(text).replaceAll("");
    text = IMAGE.matcher(text).replaceAll("$1");
    text = LINK.matcher(text).replaceAll("$1 ($2)");
    text = STRONG.matcher(text).replaceAll("$2");
    text = CODE.matcher(text).replaceAll("$1");
    return text.strip();
  }
}
