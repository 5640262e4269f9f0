package org.marsad.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines from a stream without decoding them (so that a bad line can be reported and
 * skipped), and without ever holding more than {@code maxLineBytes} of one line: the rest of an
 * over-long line is read and dropped.
 */
final class LineReader {
  /** One line: its bytes (without the line break), its 1-based number, and whether it was cut. */
  record Line(byte[] bytes, int length, long number, long totalBytes) {
    boolean tooLong() {
      return totalBytes > length;
    }

    boolean isBlank() {
      for (int i = 0; i < length; i++) {
        byte b = bytes[i];
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final long maxLineBytes;
  private long number;
  private byte[] buffer = new byte[8192];

  LineReader(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  Line next() throws IOException {
    int length = 0;
    long total = 0;
    int b;
    boolean any = false;
    while ((b = in.read()) >= 0) {
      any = true;
      if (b == '\n') {
        break;
      }
      total++;
      if (total > maxLineBytes) {
        continue; // drop the rest of an over-long line
      }
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, maxLineBytes + 1));
      }
      buffer[length++] = (byte) b;
    }
    if (!any) {
      return null;
    }
    number++;
    if (length > 0 && buffer[length - 1] == '\r') {
      length--;
    }
    if (number == 1 && length >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
        && (buffer[2] & 0xFF) == 0xBF) {
      byte[] rest = Arrays.copyOfRange(buffer, 3, length);
      return new Line(rest, rest.length, number, rest.length);
    }
    return new Line(Arrays.copyOf(buffer, length), length, number, total > maxLineBytes ? total : length);
  }
}
