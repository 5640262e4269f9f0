package org.marsad.event;

/**
 * A trigger found in a sentence: the lexicon entry and the words it covers ({@code [first, last]},
 * sentence-relative: the phrase whose genitive names the agent, "إطلاق النار"), and {@code needed},
 * the needed word of "وقع … اتفاقا" or "إعفائها من عقوبات" (or -1), which is not coded again on its
 * own even when it stands behind a preposition, outside the phrase.
 */
record TriggerMatch(int first, int last, Trigger entry, int needed) {

  TriggerMatch(int first, int last, Trigger entry) {
    this(first, last, entry, -1);
  }

  /** The last word this match takes from the sentence: no other trigger starts at or before it. */
  int consumed() {
    return Math.max(last, needed);
  }

  boolean isStatement() {
    return entry.cameo().startsWith("01");
  }
}
