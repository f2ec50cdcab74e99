package dev.lintel.model.fstab;

import dev.lintel.model.TextRange;
import dev.lintel.model.Token;
import java.util.List;
import java.util.Locale;

/**
 * One non-comment fstab line. {@code fields} holds every whitespace-separated field as written
 * ({@code \040} and {@code \011} decoded); the accessors return null for fields the line lacks.
 */
public record FstabEntry(List<Token> fields, List<MountOption> options, TextRange range) {

  public FstabEntry {
    fields = List.copyOf(fields);
    options = List.copyOf(options);
  }

  private Token field(int i) {
    return i < fields.size() ? fields.get(i) : null;
  }

  public Token spec() { return field(0); }

  public Token mountPoint() { return field(1); }

  public Token type() { return field(2); }

  public Token optionsField() { return field(3); }

  public Token freq() { return field(4); }

  public Token passno() { return field(5); }

  /** The file-system type in lower case, or "" when absent. */
  public String typeName() {
    Token t = type();
    return t == null ? "" : t.text().toLowerCase(Locale.ROOT);
  }

  /** The first option named {@code name} (case-sensitive, as mount is), or null. */
  public MountOption option(String name) {
    for (MountOption o : options) {
      if (o.name().equals(name)) {
        return o;
      }
    }
    return null;
  }

  public boolean hasOption(String name) {
    return option(name) != null;
  }
}
