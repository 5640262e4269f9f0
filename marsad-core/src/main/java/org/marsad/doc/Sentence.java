package org.marsad.doc;

/**
 * A sentence: {@code [start, end)} in the original text, and the range {@code [firstToken, endToken)}
 * of {@link Document#tokens()} that it covers.
 */
public record Sentence(int start, int end, int firstToken, int endToken) {
  public Sentence {
    if (start < 0 || end < start || firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("bad sentence span");
    }
  }

  public int tokenCount() {
    return endToken - firstToken;
  }
}
