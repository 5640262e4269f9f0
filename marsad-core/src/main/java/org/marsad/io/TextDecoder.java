package org.marsad.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an input into text, strictly: UTF-8 (with or without BOM) or UTF-16 with a BOM.
 * Invalid UTF-8 is reported with the byte offset of the first bad byte; binary data (NUL bytes or
 * many control characters) is refused rather than analysed as garbage.
 */
public final class TextDecoder {
  private TextDecoder() {}

  public static String decode(byte[] bytes, int length) throws InputException {
    if (length == 0) {
      throw new InputException("empty input");
    }
    Charset charset = StandardCharsets.UTF_8;
    int offset = 0;
    if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    } else if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      offset = 2;
    } else if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
    }
    if (charset == StandardCharsets.UTF_8) {
      checkNotBinary(bytes, offset, length);
    }
    String text = strictDecode(bytes, offset, length - offset, charset);
    if (charset != StandardCharsets.UTF_8) {
      checkNotBinary(text);
    }
    if (text.isBlank()) {
      throw new InputException("empty input (only white space)");
    }
    return text;
  }

  private static String strictDecode(byte[] bytes, int offset, int length, Charset charset) throws InputException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(length + 16); // UTF-8 and UTF-16 never give more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InputException(String.format(
          "invalid %s at byte offset %d (not a %s text file?)", charset.name(), in.position(), charset.name()));
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new InputException("invalid " + charset.name() + " at the end of the input");
    }
    out.flip();
    return out.toString();
  }

  /** Decodes one line of a JSON Lines file. */
  public static String decodeLine(byte[] bytes, int offset, int length) throws InputException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException e) {
      // find the first bad byte for the message
      strictDecode(bytes, offset, length, StandardCharsets.UTF_8);
      throw new InputException("invalid UTF-8");
    }
  }

  private static void checkNotBinary(byte[] bytes, int offset, int length) throws InputException {
    int controls = 0;
    int sample = Math.min(length, offset + 64 * 1024);
    for (int i = offset; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new InputException("binary data (NUL byte at offset " + i + "): not a text file");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls > 8 && controls * 20 > sample - offset) {
      throw new InputException("binary data (" + controls + " control bytes in the first "
          + (sample - offset) + "): not a text file");
    }
  }

  private static void checkNotBinary(String text) throws InputException {
    int sample = Math.min(text.length(), 32 * 1024);
    for (int i = 0; i < sample; i++) {
      if (text.charAt(i) == 0) {
        throw new InputException("binary data (NUL character): not a text file");
      }
    }
  }
}
