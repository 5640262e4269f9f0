package org.marsad.io;

/**
 * One line of a GDELT table: tab-separated cells, {@code \n} at the end, no quoting (GDELT has none).
 * Because nothing is quoted, a tab or line break inside a value would shift every later column or
 * split the row; {@link #text} therefore turns control characters into spaces.
 */
final class GdeltRow {
  private final StringBuilder line = new StringBuilder(256);
  private int cells;

  /** A text cell; {@code null} is an empty cell. */
  GdeltRow text(String value) {
    separate();
    if (value != null) {
      for (int i = 0; i < value.length(); i++) {
        line.append(clean(value.charAt(i)));
      }
    }
    return this;
  }

  GdeltRow number(long value) {
    separate();
    line.append(value);
    return this;
  }

  /** {@code count} empty cells: columns Marsad has nothing for. */
  GdeltRow empty(int count) {
    for (int i = 0; i < count; i++) {
      separate();
    }
    return this;
  }

  /**
   * The finished line. A row with the wrong number of cells is a bug in the writer, and a file with
   * one would be misread silently by every GDELT loader: fail instead.
   */
  String end(int columns) {
    if (cells != columns) {
      throw new IllegalStateException("GDELT row has " + cells + " cells, expected " + columns);
    }
    return line.append('\n').toString();
  }

  private void separate() {
    if (cells++ > 0) {
      line.append('\t');
    }
  }

  /** Tabs, line breaks (also U+0085, U+2028, U+2029) and other controls become a space. */
  static char clean(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c;
  }
}
