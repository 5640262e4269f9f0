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
import org.marsad.text.SearchKeys;

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
    // (a mention the model tagged but nothing linked may be the surname: "المالكي" after "تركي المالكي")
    List<Entity> known = linked.stream().filter(e -> !unlinked(e)).toList();
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
            || LinkStage.overlaps(known, t.stemStart(), t.end())) {
          continue;
        }
        if (unlinkedNameGoesOn(linked, tokens, i, familyFirst(person.entry(), s.keys()[i]))) {
          continue; // "كيم يو جونغ", "كيم جونغ إيل": another person of that family, whom the model tagged
        }
        if (!person.listed() && !nameLike(t)) {
          continue; // a family name the base does not list must look like a name: "سلام" is peace, not Salam
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

  /** A person named in full, where that first mention ends, and whether the base lists the surname. */
  private record Named(KbEntry entry, int firstEnd, boolean listed) {}

  /**
   * Whether the word at i is inside a longer unlinked mention of the model's that starts before it, or one
   * that runs on into a word that looks like more of a name (a proper noun or an unknown word, without the
   * article): another person's full name. A run into a common word ("ترامب العفو") is the model's overreach
   * and the surname stands.
   */
  private static boolean unlinkedNameGoesOn(List<Entity> entities, List<Token> tokens, int i, boolean familyFirst) {
    Token t = tokens.get(i);
    if (entities.stream().anyMatch(e -> unlinked(e) && e.start() < t.stemStart()
        && e.end() >= t.end())) {
      return true; // the end of the model's longer name: "نادر الحريري", "توني كيم"
    }
    if (i + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    boolean runsOn = entities.stream().anyMatch(e -> unlinked(e) && e.start() < t.end()
        && e.end() >= next.end());
    String pos = next.pos();
    boolean nameWord = (pos == null || pos.equals("PROPN") || pos.equals("X")) && !SearchKeys.stem(next).startsWith("ال");
    // (after a family name written first any word of the model's name is a given name: "كيم داي جونغ")
    return runsOn && (nameWord || familyFirst);
  }

  /**
   * The entities without the links of a lone surname to a famous bearer where the document named, before it,
   * someone else of that name the base does not know and never the famous one in full: after "عمرو
   * الحريري", an Egyptian uncle, "وانتقد الحريري" is the uncle, not Saad al-Hariri.
   */
  static List<Entity> withoutOtherBearers(KnowledgeBase kb, List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      KbEntry famous = linkedLoneSurname(e) ? kb.entry(e.id()) : null;
      out.add(famous != null && otherBearerBefore(entities, e, famous) ? e.linked(null, null, null, null,
          e.confidence(), e.explanation()) : e);
    }
    return out;
  }

  private static boolean linkedLoneSurname(Entity e) {
    return "PER".equals(e.type()) && e.id() != null && e.id().startsWith("person:") && !fullName(e);
  }

  /** A name of more than one word, also as a hashtag: "دونالد ترمب", "#دونالد_ترمب". */
  private static boolean fullName(Entity e) {
    return e.text().contains(" ") || e.text().contains("_");
  }

  private static boolean otherBearerBefore(List<Entity> entities, Entity lone, KbEntry famous) {
    String surname = KnowledgeBase.key(lone.text());
    boolean other = false;
    for (Entity e : entities) {
      if (e.start() >= lone.start()) {
        break;
      }
      if (lone.id().equals(e.id()) && fullName(e)) {
        return false; // the famous one was named in full first ("#دونالد_ترمب" before "بيبي ترمب", a balloon)
      }
      if (!unlinked(e) || !"PER".equals(e.type())) {
        continue;
      }
      String key = KnowledgeBase.key(e.text());
      // (not the famous one under another spelling, "جميس ماتيس", "الفلبيني #رودريغو_دوتيرتي"; nor a family name
      // written first: "كيم" of كيم جونغ أون, not "توني كيم")
      other |= key.endsWith(" " + surname) && !anyGivenName(key, famous) && !familyFirst(famous, surname);
    }
    return other;
  }

  /**
   * Whether a word of the name is the famous person's given name, up to a spelling ("يائير بولسونارو" for
   * "جايير", "جميس ماتيس" for "جيمس", "الفلبيني #رودريغو_دوتيرتي"): the famous one, no other bearer. Looser
   * than the sentence-level {@link LinkStage#sameGivenName}: here the surname already agrees in one document.
   */
  private static boolean anyGivenName(String key, KbEntry famous) {
    String given = KnowledgeBase.key(famous.name()).split(" ")[0];
    for (String word : key.replace('#', ' ').replace('_', ' ').strip().split(" +")) {
      if (LinkStage.editDistance(word, given) <= 2) {
        return true;
      }
    }
    return false;
  }

  /** A mention of the model's that nothing linked: no entry, no country. */
  static boolean unlinked(Entity e) {
    return e.id() == null && e.country() == null;
  }

  /** Whether the person's name begins with the surname: a family name written first ("كيم جونغ أون"). */
  static boolean familyFirst(KbEntry person, String surname) {
    return KnowledgeBase.key(person.name()).startsWith(surname + " ");
  }

  /** Tagged a name or an adjective (the tagger's reading of nisba surnames, "المالكي"), or not known. */
  private static boolean nameLike(Token t) {
    String pos = t.pos();
    return pos == null || pos.equals("PROPN") || pos.equals("X") || pos.equals("ADJ");
  }

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
      List<String> listed = surnames(entry);
      List<String> all = new ArrayList<>(listed);
      String last = familyName(entry);
      if (last != null && !all.contains(last)) {
        all.add(last);
      }
      for (String surname : all) {
        Named before = bySurname.get(surname);
        if (before == null) {
          bySurname.put(surname, new Named(entry, e.end(), listed.contains(surname)));
        } else if (before.entry() != null && !before.entry().id().equals(entry.id())) {
          bySurname.put(surname, new Named(null, 0, false)); // two people of that name: neither
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
   * The family name a curated person's name ends with, which the base leaves out where it is common
   * ("تركي المالكي", "نوري المالكي"): within one article that names one of them in full it is that person.
   * Not the father's name of a "بن" name ("محمد بن سلمان"), nor the end of a compound ("عبد الله"), nor
   * the last word of the CAMEO dictionary's role phrases ("عاهل أردني"); null if none.
   */
  private String familyName(KbEntry person) {
    String[] words = KnowledgeBase.key(person.name()).split(" ");
    String last = words[words.length - 1];
    boolean patronymic = java.util.Arrays.stream(words).anyMatch(PATRONYMICS::contains);
    boolean curated = person.id().startsWith("person:");
    // (nor a word that is also a given name: "شريف إسماعيل" leaves "إسماعيل" to whoever else bears it)
    return curated && words.length >= 2 && !patronymic && last.length() >= 4 && !GIVEN_ENDS.contains(last)
        && !kb.isGivenName(last) ? last : null;
  }

  private static final Set<String> PATRONYMICS = Set.of(KnowledgeBase.key("بن"), KnowledgeBase.key("ابن"),
      KnowledgeBase.key("بنت"), KnowledgeBase.key("أبو"), KnowledgeBase.key("آل"));
  private static final Set<String> GIVEN_ENDS = Set.of(KnowledgeBase.key("الله"), KnowledgeBase.key("الدين"),
      KnowledgeBase.key("الرحمن"));

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
