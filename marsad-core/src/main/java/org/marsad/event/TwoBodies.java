package org.marsad.event;

/**
 * Two bodies the knowledge base knows, side by side, where the second begins with a word without the
 * article: "قصفت جبهة النصرة قوات النظام" is the attacker and then its object. A name already made
 * definite by its own genitive ("جبهة النصرة") takes no second genitive, and an indefinite word
 * cannot describe it, so the second body begins a phrase of its own.
 */
final class TwoBodies {
  private TwoBodies() {}

  /** Whether body b, right after body a, is a party of its own and not a part of a's name. */
  static boolean apart(SentenceWords w, ActorMention a, ActorMention b) {
    String first = a.actor().id();
    String second = b.actor().id();
    return first != null && second != null && !first.equals(second)
        && first.startsWith("org:") && second.startsWith("org:")
        && w.isDefinite(a.last()) && !w.isDefinite(b.first()) && w.token(b.first()).clitics().pre().isEmpty();
  }
}
