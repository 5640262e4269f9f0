package org.marsad.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.doc.Document;
import org.marsad.doc.Entity;
import org.marsad.doc.Token;
import org.marsad.text.SearchKeys;

/**
 * "المملكة" alone, the kingdom the document is about: the Saudi press calls Saudi Arabia so throughout
 * ("بقيادة المملكة", "ضد المملكة"), Jordanian and Moroccan papers their own kingdoms. The base cannot
 * list the word as an alias (it names a dozen states), so, as a reader does, the document decides: the
 * word is the one kingdom its linked names point to (by the state's name, its cities, its bodies, its
 * people), when that kingdom leads every other kingdom named by {@link #LEAD} to one. The kingdoms are
 * the countries the base names "المملكة …" or "مملكة …" ("المملكة المغربية", "مملكة البحرين").
 */
final class Kingdoms {
  /** How far the kingdom must lead the next kingdom named in the document. */
  private static final int LEAD = 3;
  private static final String KINGDOM = KnowledgeBase.wordKey("المملكة");
  private static final Set<String> DEMONSTRATIVES = Set.of(KnowledgeBase.wordKey("هذه"), KnowledgeBase.wordKey("تلك"));

  private final KnowledgeBase kb;
  private final Set<String> kingdoms;

  Kingdoms(KnowledgeBase kb) {
    this.kb = kb;
    java.util.stream.Stream.Builder<KnowledgeBase.Alias> all = java.util.stream.Stream.builder();
    kb.aliases().forEach(all::add);
    this.kingdoms = all.build()
        .filter(a -> a.entry().kind() == KbEntry.Kind.COUNTRY && a.key().startsWith(KINGDOM + " "))
        .map(a -> a.entry().id()).collect(Collectors.toUnmodifiableSet());
  }

  /** The mentions of "المملكة" alone in the document, linked to its kingdom; none when no kingdom leads. */
  List<Entity> mentions(Document doc, List<ShortNames.KeyedSentence> sentences, List<Entity> linked,
      LocalDate date, boolean explain) {
    KbEntry kingdom = kingdomOf(linked);
    if (kingdom == null) {
      return List.of();
    }
    List<Entity> added = new ArrayList<>();
    for (ShortNames.KeyedSentence s : sentences) {
      for (int i = 0; i < s.tokens().size(); i++) {
        Token t = s.tokens().get(i);
        if (!KINGDOM.equals(s.keys()[i]) || !standsAlone(s, i)
            || LinkStage.overlaps(linked, t.stemStart(), t.stemEnd())) {
          continue;
        }
        String why = explain ? "\"المملكة\" alone → " + kingdom.id() + " (the kingdom the document names)" : null;
        Entity mention = new Entity(t.stemStart(), t.stemEnd(), doc.text().substring(t.stemStart(), t.stemEnd()),
            "LOC", null, null, null, null, 0.6, null);
        added.add(mention.linked(kingdom.id(), kingdom.name(), kingdom.country(), kingdom.codeOn(date), 0.6, why));
      }
    }
    return added;
  }

  /** The kingdom the linked names point to, by a clear lead over any other kingdom, or null. */
  private KbEntry kingdomOf(List<Entity> linked) {
    Map<String, Integer> counts = new HashMap<>();
    for (Entity e : linked) {
      if (e.country() != null && kingdoms.contains(e.country())) {
        counts.merge(e.country(), 1, Integer::sum);
      }
    }
    String top = org.marsad.doc.MostNamed.of(counts, 1, LEAD);
    return top == null ? null : kb.entry(top);
  }

  /**
   * Whether the word stands for a state: with the article, no pronoun ("مملكته"), and no name or adjective
   * after it that makes it a named kingdom ("المملكة المتحدة", "المملكة الأردنية"), nor a demonstrative
   * before it.
   */
  private static boolean standsAlone(ShortNames.KeyedSentence s, int i) {
    if (!ShortNames.definiteWithoutPronoun(s.tokens().get(i)) || i > 0 && DEMONSTRATIVES.contains(s.keys()[i - 1])) {
      return false; // ("هذه المملكة": the kingdom the sentence speaks of)
    }
    if (i + 1 >= s.tokens().size()) {
      return true;
    }
    Token next = s.tokens().get(i + 1);
    return !(next.clitics().pre().isEmpty() && SearchKeys.stem(next).startsWith("ال")
        && ("ADJ".equals(next.pos()) || "PROPN".equals(next.pos())));
  }
}
