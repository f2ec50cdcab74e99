package dev.lintel.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes file bytes to text: UTF-8 (a BOM is dropped, so columns match what editors show),
 * or UTF-16 when a UTF-16 BOM says so. Undecodable bytes are an error, never replaced silently.
 */
public final class SourceText {

  private SourceText() {}

  /** The decoded text; throws {@link CharacterCodingException} for invalid bytes. */
  public static String decode(byte[] bytes) throws CharacterCodingException {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(StandardCharsets.UTF_16BE, bytes, 2);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(StandardCharsets.UTF_16LE, bytes, 2);
    }
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    return strict(StandardCharsets.UTF_8, bytes, skip);
  }

  private static String strict(java.nio.charset.Charset cs, byte[] bytes, int offset)
      throws CharacterCodingException {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
        .toString();
  }
}
