package dev.lintel.engine;

import dev.lintel.model.FileKind;
import dev.lintel.model.Lazy;
import java.util.List;
import java.util.function.Supplier;

/**
 * Everything known about a rule besides its code: the {@link RuleMeta} values and the prose of
 * {@code rules/docs/<id>.md} ({@link #docMarkdown()}, empty when there is none). The prose is read
 * on first use only: a text or JSON scan never loads it, SARIF and {@code lintel explain} do.
 */
public record RuleInfo(
    String id,
    String title,
    Severity severity,
    Category category,
    List<String> tags,
    List<String> aliases,
    String helpUri,
    List<FileKind> kinds,
    Doc doc) {

  /** A rule's prose, loaded at most once, when first asked for. */
  public static final class Doc {
    private final Lazy<String> text;

    private Doc(Lazy<String> text) {
      this.text = text;
    }

    public static Doc of(String text) {
      String t = text == null ? "" : text;
      return new Doc(Lazy.of(() -> t));
    }

    public static Doc lazy(Supplier<String> source) {
      return new Doc(Lazy.of(() -> {
        String loaded = source.get();
        return loaded == null ? "" : loaded;
      }));
    }

    public String text() {
      return text.get();
    }
  }

  public RuleInfo {
    tags = List.copyOf(tags);
    aliases = List.copyOf(aliases);
    kinds = List.copyOf(kinds);
    doc = doc == null ? Doc.of("") : doc;
  }

  public RuleInfo(String id, String title, Severity severity, Category category, List<String> tags,
      List<String> aliases, String helpUri, List<FileKind> kinds, String docMarkdown) {
    this(id, title, severity, category, tags, aliases, helpUri, kinds, Doc.of(docMarkdown));
  }

  /** Reads the annotation of a rule class; the prose comes from {@code doc}. */
  public static RuleInfo of(RuleMeta meta, Doc doc) {
    return new RuleInfo(meta.id(), meta.title(), meta.severity(), meta.category(),
        List.of(meta.tags()), List.of(meta.aliases()), meta.helpUri(), List.of(meta.kinds()), doc);
  }

  /** The markdown of {@code rules/docs/<id>.md}, or "" when the rule has none. */
  public String docMarkdown() {
    return doc.text();
  }

  /** The same rule at another default severity (a config override). */
  public RuleInfo withSeverity(Severity s) {
    return new RuleInfo(id, title, s, category, tags, aliases, helpUri, kinds, doc);
  }

  /** True for security rules: they carry SARIF's {@code security-severity}. */
  public boolean isSecurity() {
    return tags.contains("security");
  }

  /** The doc's first paragraph after its title: SARIF's fullDescription. */
  public String description() {
    for (String para : docMarkdown().split("\\R\\s*\\R")) {
      String p = para.strip();
      if (!p.isEmpty() && !p.startsWith("#")) {
        return p.replaceAll("\\s*\\R\\s*", " ");
      }
    }
    return title;
  }

  /** True when {@code idOrAlias} names this rule (its id or any alias). */
  public boolean answersTo(String idOrAlias) {
    return id.equals(idOrAlias) || aliases.contains(idOrAlias);
  }
}
