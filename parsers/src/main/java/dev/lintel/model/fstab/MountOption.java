package dev.lintel.model.fstab;

import dev.lintel.model.TextRange;

/** One item of an fstab options field: a flag ({@code hard}) or {@code name=value}. */
public record MountOption(String name, String value, TextRange range) {

  /** True when written as {@code name=value} (the value may be empty). */
  public boolean hasValue() {
    return value != null;
  }
}
