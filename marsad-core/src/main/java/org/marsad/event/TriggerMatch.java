package org.marsad.event;

/**
 * A trigger found in a sentence: the lexicon entry and the words it covers ({@code [first, last]},
 * sentence-relative; {@code last} reaches the needed word of "وقع … اتفاقا" so that word is not coded
 * again on its own).
 */
record TriggerMatch(int first, int last, Trigger entry) {

  boolean isStatement() {
    return entry.cameo().startsWith("01");
  }
}
