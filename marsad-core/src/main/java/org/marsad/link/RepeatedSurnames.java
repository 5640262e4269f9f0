package org.marsad.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.doc.Document;
import org.marsad.doc.Entity;
import org.marsad.doc.Token;
import org.marsad.doc.TokenKind;

/**
 * A person's surname alone, once the document has named them in full: "وانتقدت ماي روسيا" after "رئيسة
 * الوزراء البريطانية تيريزا ماي". The sentence-level linker takes a lone surname only when it cannot be a
 * common word (LinkStage.knownSurname: four letters at least, not a verb or noun of the lexicon), so short
 * or ambiguous surnames ("ماي", also a verb form and the month May in Maghrebi usage; "كيم") stay unlinked
 * there. A reader of the article knows who they are once named; this is that document-level rule, as
 * {@link ShortNames} is for bodies. The surname must be one of the person's one-word aliases in the
 * knowledge base, and no other person named in the document may share it.
 */
final class RepeatedSurnames {
  private static final Set<String> JOINED = Set.of("و", "ف");
  private final KnowledgeBase kb;
  private final boolean explain;

  RepeatedSurnames(KnowledgeBase kb, boolean explain) {
    this.kb = kb;
    this.explain = explain;
  }

  /** The lone surnames after a full mention, linked, not overlapping the linked entities. */
  List<Entity> mentions(Document doc, List<ShortNames.KeyedSentence> sentences, List<Entity> linked, LocalDate date) {
    Map<String, Named> bySurname = namedInFull(linked);
    List<Entity> added = new ArrayList<>();
    if (bySurname.isEmpty()) {
      return added;
    }
    for (ShortNames.KeyedSentence s : sentences) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Named person = bySurname.get(s.keys()[i]);
        Token t = tokens.get(i);
        if (person == null || person.entry() == null || t.start() < person.firstEnd() || !standsAlone(tokens, i)
            || LinkStage.overlaps(linked, t.stemStart(), t.end())) {
          continue;
        }
        KbEntry e = person.entry();
        String why = explain ? "surname \"" + s.keys()[i] + "\" of " + e.id() + ", named in full before" : null;
        Entity mention = new Entity(t.stemStart(), t.end(), doc.text().substring(t.stemStart(), t.end()), "PER",
            null, null, null, null, 0.6, null);
        added.add(mention.linked(e.id(), e.name(), e.country(), e.codeOn(date), 0.6, why));
      }
    }
    return added;
  }

  /** A person named in full, and where that first mention ends. */
  private record Named(KbEntry entry, int firstEnd) {}

  /**
   * Each one-word alias (surname) of the persons the document names in more than one word, to the person
   * and the end of their first full mention; a surname two named persons share maps to no one.
   */
  private Map<String, Named> namedInFull(List<Entity> linked) {
    Map<String, Named> bySurname = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Entity e : linked) {
      KbEntry entry = e.id() == null ? null : kb.entry(e.id());
      if (entry == null || entry.kind() != KbEntry.Kind.PERSON || !e.text().contains(" ") || !seen.add(entry.id())) {
        continue;
      }
      for (String surname : surnames(entry)) {
        Named before = bySurname.get(surname);
        if (before == null) {
          bySurname.put(surname, new Named(entry, e.end()));
        } else if (before.entry() != null && !before.entry().id().equals(entry.id())) {
          bySurname.put(surname, new Named(null, 0)); // two people of that name: neither
        }
      }
    }
    return bySurname;
  }

  private List<String> surnames(KbEntry person) {
    List<String> keys = new ArrayList<>();
    for (String word : KnowledgeBase.key(person.name()).split(" ")) {
      boolean alias = kb.lookup(word).stream().anyMatch(a -> a.kind() == KnowledgeBase.AliasKind.SURNAME
          && a.entry().id().equals(person.id()));
      if (alias) {
        keys.add(word);
      }
    }
    return keys;
  }

  /**
   * Whether the word stands as a name alone: no proclitic but و or ف, no pronoun suffix the name lacks,
   * not before a number ("ماي 2018" is the month) and not after another unlinked name-like word, which
   * would make it someone else's surname ("براين ماي").
   */
  private static boolean standsAlone(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!JOINED.containsAll(t.clitics().pre())) {
      return false;
    }
    if (i + 1 < tokens.size() && tokens.get(i + 1).kind() == TokenKind.NUMBER) {
      return false;
    }
    if (i > 0) {
      Token before = tokens.get(i - 1);
      String pos = before.pos();
      return !(before.kind() == TokenKind.ARABIC && before.clitics().pre().isEmpty()
          && (pos == null || pos.equals("PROPN")));
    }
    return true;
  }
}
