package org.marsad.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.doc.Document;
import org.marsad.doc.Entity;
import org.marsad.doc.Token;

/**
 * A leader known by a one-word name that is also a common word, linked only where the words beside it say
 * it is the man: his forces before it ("قوات صالح", "ميليشيات صالح"), his epithet ("المخلوع صالح"), his
 * allies joined to it ("الحوثي وصالح") or his loyalists ("الموالية لصالح"). "صالح" alone is "fit" or a
 * given name, and the base keeps no one-word alias for Ali Abdullah Saleh; in the Yemen news of 2015 these
 * phrases name him and his side 290 times in the 12,144 tuning articles, which no sentence-level model
 * can tell from the adjective.
 */
final class LeadersByTheirForces {
  /** The leaders' one-word names (as the linker keys them) and their knowledge-base ids. */
  private static final Map<String, String> LEADERS = Map.of(KnowledgeBase.wordKey("صالح"), "person:saleh");
  /** Heads of forces in construct before the name. */
  private static final Set<String> FORCES = keys("قوات", "مليشيات", "ميليشيات", "مليشيا", "ميليشيا", "أنصار",
      "عناصر", "مسلحي", "مسلحو", "مقاتلي", "مقاتلو", "جنود", "حرس", "المخلوع");
  /** Allies the name is joined to by و. */
  private static final Set<String> ALLIES = keys("الحوثي", "الحوثيين", "الحوثيون", "الحوثية");
  /** Loyalists, with the name behind ل. */
  private static final Set<String> LOYAL = keys("الموالي", "الموالية", "الموالين", "الموالون", "التابعة", "التابعين");

  private LeadersByTheirForces() {}

  private static Set<String> keys(String... words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(KnowledgeBase.wordKey(w));
    }
    return Set.copyOf(out);
  }

  /** The leaders' mentions the context marks, linked, not overlapping a linked entity or a longer name. */
  static List<Entity> mentions(KnowledgeBase kb, Document doc, List<ShortNames.KeyedSentence> sentences,
      List<Entity> linked, LocalDate date, boolean explain) {
    List<Entity> added = new ArrayList<>();
    for (ShortNames.KeyedSentence s : sentences) {
      List<Token> tokens = s.tokens();
      String[] keys = s.keys();
      for (int i = 1; i < tokens.size(); i++) {
        String id = LEADERS.get(keys[i]);
        KbEntry leader = id == null ? null : kb.entry(id);
        Token t = tokens.get(i);
        if (leader == null || !marked(tokens, keys, i) || namedOtherwise(linked, t)) {
          continue;
        }
        String why = explain ? "\"" + keys[i] + "\" beside his forces or allies: " + leader.id() : null;
        Entity mention = new Entity(t.stemStart(), t.stemEnd(), doc.text().substring(t.stemStart(), t.stemEnd()),
            "PER", null, null, null, null, 0.8, null);
        added.add(mention.linked(leader.id(), leader.name(), leader.country(), leader.codeOn(date), 0.8, why));
      }
    }
    return added;
  }

  private static boolean marked(List<Token> tokens, String[] keys, int i) {
    List<String> pre = tokens.get(i).clitics().pre();
    String before = keys[i - 1];
    return pre.isEmpty() && FORCES.contains(before)
        || pre.equals(List.of("و")) && ALLIES.contains(before)
        || pre.equals(List.of("ل")) && LOYAL.contains(before);
  }

  /** Whether a linked entity covers the word, or the model's name runs on past it ("صالح الصماد"). */
  private static boolean namedOtherwise(List<Entity> linked, Token t) {
    for (Entity e : linked) {
      if (e.start() < t.end() && t.stemStart() < e.end() && (e.id() != null || e.end() > t.end())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the entity is the model's unlinked tag over the leader's word, which the link replaces. */
  static boolean replaced(Entity e, List<Entity> leaders) {
    return e.id() == null && leaders.stream().anyMatch(n -> e.start() < n.end() && n.start() < e.end());
  }
}
