package dev.lintel.model;

/** A piece of source text with its range: an nginx argument, an fstab field, a CORS value. */
public record Token(String text, TextRange range) {

  public Token {
    text = text == null ? "" : text;
  }
}
