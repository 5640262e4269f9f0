package org.marsad.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.doc.Document;
import org.marsad.doc.Entity;
import org.marsad.doc.Token;
import org.marsad.text.SearchKeys;

/**
 * A body named by its head noun alone, as news does once it has named it or where the reader knows
 * which is meant: "وشنت مقاتلات التحالف غارات" after "التحالف العربي", or in any report from Yemen;
 * "الحلف" after "حلف شمال الأطلسي". The knowledge base lists these heads ({@link
 * KnowledgeBase.AliasKind#SHORT}); a head is linked only when the document names one body of that head
 * (two, "حركة حماس" and "حركة فتح", leave "الحركة" unlinked), or, naming none, when it is news of
 * exactly one such body's countries. A document-level rule, as a reader resolves the short name: no
 * sentence-level model or lexicon can.
 */
final class ShortNames {
  private final KnowledgeBase kb;
  private final boolean explain;

  ShortNames(KnowledgeBase kb, boolean explain) {
    this.kb = kb;
    this.explain = explain;
  }

  /** One sentence's tokens and their knowledge-base keys, as the linker read them. */
  record KeyedSentence(List<Token> tokens, String[] keys) {}

  /**
   * The mentions of short names in the document, linked, not overlapping the linked entities.
   *
   * @param sentences the document's sentences, keyed
   * @param linked every entity found so far, in order
   */
  List<Entity> mentions(Document doc, List<KeyedSentence> sentences, List<Entity> linked, LocalDate date) {
    List<Entity> added = new ArrayList<>();
    java.util.Map<String, java.util.Optional<Resolved>> resolved = new java.util.HashMap<>();
    for (KeyedSentence s : sentences) {
      for (int i = 0; i < s.tokens().size(); i++) {
        if (!kb.isShortKey(s.keys()[i]) || !standsAlone(s, i)) {
          continue;
        }
        Token t = s.tokens().get(i);
        if (LinkStage.overlaps(linked, t.stemStart(), t.stemEnd())) {
          continue;
        }
        Resolved body = resolved.computeIfAbsent(s.keys()[i],
            k -> java.util.Optional.ofNullable(resolve(k, sentences, linked))).orElse(null);
        if (body == null) {
          continue;
        }
        KbEntry e = body.entry();
        String why = explain ? "short name \"" + s.keys()[i] + "\" → " + e.id() + " (" + body.reason() + ")" : null;
        Entity mention = new Entity(t.stemStart(), t.stemEnd(), doc.text().substring(t.stemStart(), t.stemEnd()),
            "ORG", null, null, null, null, 0.6, null);
        added.add(mention.linked(e.id(), e.name(), e.country(), e.codeOn(date), 0.6, why));
      }
    }
    return added;
  }

  private record Resolved(KbEntry entry, String reason) {}

  /** The one body the document means by the head noun, or null. */
  private Resolved resolve(String key, List<KeyedSentence> sentences, List<Entity> linked) {
    Resolved body = candidate(key, linked);
    return body == null || otherBodyNamed(key, body.entry(), sentences, linked) ? null : body;
  }

  /**
   * Whether the document writes the head in another body's name the knowledge base does not know:
   * "#حركة_الجهاد" or "حركة الجهاد" beside "حركة حماس" makes "الحركة" either; "في تحالف جديد" a new one.
   * Every use of the head that is not the short name alone must lie in a mention of the body.
   */
  private boolean otherBodyNamed(String key, KbEntry body, List<KeyedSentence> sentences, List<Entity> linked) {
    for (KeyedSentence s : sentences) {
      for (int i = 0; i < s.tokens().size(); i++) {
        Token t = s.tokens().get(i);
        boolean head = key.equals(s.keys()[i]) || t.kind() == org.marsad.doc.TokenKind.HASHTAG
            && key.equals(headKey(t.text().substring(1)));
        // (the tagger may leave the head out of the name: "حركة | حماس")
        boolean beforeName = i + 1 < s.tokens().size() && inMentionOf(linked, s.tokens().get(i + 1), body);
        if (head && !(key.equals(s.keys()[i]) && standsAlone(s, i)) && !inMentionOf(linked, t, body) && !beforeName) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean inMentionOf(List<Entity> linked, Token t, KbEntry body) {
    for (Entity e : linked) {
      if (e.start() < t.end() && t.start() < e.end()) {
        return body.id().equals(e.id());
      }
    }
    return false;
  }

  /** The body the linked entities point to (named in full, or by the document's countries), or null. */
  private Resolved candidate(String key, List<Entity> linked) {
    Set<String> named = new HashSet<>(); // bodies of this head the document names in full
    Set<String> countries = new HashSet<>();
    for (Entity e : linked) {
      if (e.country() != null) {
        countries.add(e.country());
      }
      KbEntry entry = e.id() == null ? null : kb.entry(e.id());
      if (entry != null && entry.kind() == KbEntry.Kind.ORG
          && (key.equals(headKey(entry.name())) || key.equals(headKey(e.text())))) {
        named.add(entry.id());
      }
    }
    List<KnowledgeBase.Alias> shorts = kb.lookup(key).stream()
        .filter(a -> a.kind() == KnowledgeBase.AliasKind.SHORT).toList();
    if (!named.isEmpty()) {
      if (named.size() > 1) {
        return null;
      }
      String id = named.iterator().next();
      return shorts.stream().filter(a -> a.entry().id().equals(id)).findFirst()
          .map(a -> new Resolved(a.entry(), "named in full in the document")).orElse(null);
    }
    List<KnowledgeBase.Alias> inContext = shorts.stream()
        .filter(a -> a.context().stream().anyMatch(countries::contains)).toList();
    return inContext.size() == 1
        ? new Resolved(inContext.get(0).entry(), "news of " + String.join("/", inContext.get(0).context())) : null;
  }

  /** The key of a name's first word ("التحالف العربي" → "تحالف"). */
  private static String headKey(String name) {
    String key = KnowledgeBase.key(name);
    int space = key.indexOf(' ');
    return space < 0 ? key : key.substring(0, space);
  }

  /** Whether a word bears the article ("التحالف", "للتحالف") and no pronoun ("تحالفه" is someone's). */
  static boolean definiteWithoutPronoun(Token t) {
    return (SearchKeys.stem(t).startsWith("ال") || SearchKeys.afterLam(t)) && t.clitics().post().isEmpty();
  }

  /**
   * Whether the head noun is written as the body's name: with the article ("التحالف", "للتحالف"), no
   * pronoun ("تحالفه" is someone's alliance) and no adjective making it another body ("التحالف
   * الحاكم", "الحلف الروسي").
   */
  private boolean standsAlone(KeyedSentence s, int i) {
    if (!definiteWithoutPronoun(s.tokens().get(i))) {
      return false;
    }
    if (i + 1 >= s.tokens().size()) {
      return true;
    }
    Token next = s.tokens().get(i + 1);
    boolean nisba = kb.lookup(s.keys()[i + 1]).stream().anyMatch(a -> a.kind() == KnowledgeBase.AliasKind.NISBA);
    boolean adjective = next.clitics().pre().isEmpty() && SearchKeys.stem(next).startsWith("ال")
        && "ADJ".equals(next.pos());
    return !nisba && !adjective;
  }
}
