package dev.lintel.engine;

import dev.lintel.model.FileKind;
import java.util.List;

/**
 * Everything known about a rule besides its code: the {@link RuleMeta} values and the prose of
 * {@code rules/docs/<id>.md} ({@code docMarkdown}, empty when there is none).
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
    String docMarkdown) {

  public RuleInfo {
    tags = List.copyOf(tags);
    aliases = List.copyOf(aliases);
    kinds = List.copyOf(kinds);
    docMarkdown = docMarkdown == null ? "" : docMarkdown;
  }

  /** Reads the annotation of a rule class; {@code docMarkdown} comes from the caller. */
  public static RuleInfo of(RuleMeta meta, String docMarkdown) {
    return new RuleInfo(meta.id(), meta.title(), meta.severity(), meta.category(),
        List.of(meta.tags()), List.of(meta.aliases()), meta.helpUri(), List.of(meta.kinds()),
        docMarkdown);
  }

  /** True for security rules: they carry SARIF's {@code security-severity}. */
  public boolean isSecurity() {
    return tags.contains("security");
  }

  /** The doc's first paragraph after its title: SARIF's fullDescription. */
  public String description() {
    for (String para : docMarkdown.split("\\R\\s*\\R")) {
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
