package org.marsad.doc;

/** A piece of the original text, {@code [start, end)} in UTF-16 code units. */
public record Span(int start, int end, String text) {
  public Span {
    if (start < 0 || end < start || text == null || text.length() != end - start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }
  }

  public static Span of(String documentText, int start, int end) {
    return new Span(start, end, documentText.substring(start, end));
  }
}
