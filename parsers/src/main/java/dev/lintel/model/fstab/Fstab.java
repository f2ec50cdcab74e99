package dev.lintel.model.fstab;

import dev.lintel.model.Token;
import java.util.List;

/** A parsed fstab file: its entries and its comment lines, in order. */
public record Fstab(List<FstabEntry> entries, List<Token> comments) {

  public Fstab {
    entries = List.copyOf(entries);
    comments = List.copyOf(comments);
  }
}
