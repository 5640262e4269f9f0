package org.marsad.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.doc.Event;

/**
 * Who an honorific pronoun stands for, within one document: "وأشار سموه", "ودعا معاليه", "وأكد سماحته" name
 * the last prince, minister or sheikh the article named with that title ("أمير منطقة عسير الأمير فيصل بن
 * خالد"). Saudi news uses them for the subject of most statements after the first; read as no actor, the
 * object after the verb was taken for its subject ("ودعا معاليه العاملين"). Only the rank's last holder, and
 * only one the stages coded; with none, the pronoun stays no actor. One instance per document.
 */
final class Honorifics {
  private enum Rank { HIGHNESS, EXCELLENCY, EMINENCE, MAJESTY, PRESIDENT }

  /** The honorific nouns that carry the pronoun, by the rank they address. */
  private static final Map<String, Rank> PRONOUNS = Map.of(EventKeys.of("سمو"), Rank.HIGHNESS,
      EventKeys.of("معالي"), Rank.EXCELLENCY, // (not "سعادته": as often his happiness)
      EventKeys.of("سماحة"), Rank.EMINENCE, EventKeys.of("جلالة"), Rank.MAJESTY, EventKeys.of("فخامة"), Rank.PRESIDENT);
  /** The titles each rank is addressed by, as the first word of the holder's mention. */
  private static final Map<Rank, Set<String>> TITLES = Map.of(
      Rank.HIGHNESS, EventKeys.setOf("أمير", "الأمير", "الامير", "ولي", "سمو"),
      Rank.EXCELLENCY, EventKeys.setOf("وزير", "الوزير", "معالي", "سفير", "السفير", "سعادة", "رئيس", "أمين", "محافظ",
          "مدير", "وكيل", "نائب"),
      Rank.EMINENCE, EventKeys.setOf("الشيخ", "شيخ", "مفتي", "المفتي", "سماحة", "الإمام", "إمام"),
      Rank.MAJESTY, EventKeys.setOf("الملك", "ملك", "جلالة", "العاهل"),
      Rank.PRESIDENT, EventKeys.setOf("الرئيس", "رئيس", "فخامة"));

  /** The pronoun an honorific carries: "سمو" + "ه". */
  private static final List<String> HIS = List.of("ه");

  private final Map<Rank, Event.Actor> last = new EnumMap<>(Rank.class);

  /**
   * The groups with each honorific pronoun no actor covers made the actor it stands for, if known; then the
   * sentence's first titled person, its subject in the news style of these pronouns, is the one remembered
   * ("وصف وزير الشؤون الإسلامية تصريحات نائب الرئيس العراقي": the minister, not the Iraqi criticised).
   */
  List<ActorGroup> resolve(SentenceWords w, List<ActorGroup> groups) {
    List<ActorGroup> out = new ArrayList<>(groups.size() + 1);
    int next = 0;
    for (int i = 0; i < w.size(); i++) {
      if (next < groups.size() && groups.get(next).first() == i) {
        ActorGroup g = groups.get(next++);
        // (the name tagger may take the pronoun for a person of its own: "وأشار سموه" uncoded)
        Rank own = g.first() == g.last() && g.members().get(0).actor().code() == null ? rankOf(w, i) : null;
        Event.Actor holder = own == null ? null : last.get(own);
        out.add(holder == null || namedBefore(w, out, own) ? g : pronounOf(w, i, holder));
        i = g.last(); // (the loop steps past the group)
        continue;
      }
      Rank rank = rankOf(w, i);
      Event.Actor holder = rank == null ? null : last.get(rank);
      if (holder != null && !namedBefore(w, out, rank)) {
        out.add(pronounOf(w, i, holder));
      }
    }
    while (next < groups.size()) {
      out.add(groups.get(next++)); // (groups are ordered and do not overlap; none is left but by a bad order)
    }
    Set<Rank> addressed = addressed(w, groups);
    for (ActorGroup g : groups) {
      if (remember(w, g, addressed)) {
        break;
      }
    }
    return out;
  }

  /** How far an honorific may stand before the name it addresses: "صاحب السمو الملكي الأمير". */
  private static final int ADDRESS_REACH = 3;

  /**
   * Remembers whom the sentence's honorifics address ("أصدره معالي الأمين العام لرابطة العالم الإسلامي"), the
   * surest holder of each rank, and returns the ranks it so settled; an honorific before no coded actor makes
   * its rank's holder unknown.
   */
  private Set<Rank> addressed(SentenceWords w, List<ActorGroup> groups) {
    Set<Rank> ranks = EnumSet.noneOf(Rank.class);
    for (int i = 0; i < w.size(); i++) {
      Rank rank = w.token(i).clitics().post().isEmpty() ? rankOfWord(w, i) : null;
      if (rank == null) {
        continue;
      }
      ranks.add(rank);
      last.remove(rank);
      for (ActorGroup g : groups) {
        Event.Actor a = g.members().get(0).actor();
        if (g.first() > i && g.first() <= i + ADDRESS_REACH && known(a)) {
          last.put(rank, a);
          break;
        }
      }
    }
    return ranks;
  }

  /**
   * Whether a person of the pronoun's rank is named already in the sentence: "وقال الأمير فيصل …، داعياً
   * سموه" is the speaker again, no other party.
   */
  private static boolean namedBefore(SentenceWords w, List<ActorGroup> groups, Rank rank) {
    return groups.stream().flatMap(g -> g.members().stream()).anyMatch(m -> w.is(m.first(), TITLES.get(rank)));
  }

  /** The pronoun at i as an actor: its own words, the holder's identity and code. */
  private static ActorGroup pronounOf(SentenceWords w, int i, Event.Actor holder) {
    var t = w.token(i);
    Event.Actor pronoun = new Event.Actor(t.start(), t.end(), t.text(), holder.id(), holder.country(), holder.code());
    return new ActorGroup(i, i, List.of(new ActorMention(i, i, pronoun)));
  }

  /** Whether word i is an honorific pronoun: "سموه", "معاليه". */
  static boolean isPronoun(SentenceWords w, int i) {
    return i < w.size() && rankOf(w, i) != null;
  }

  /** The rank an honorific pronoun at i addresses ("سموه"), or null. */
  private static Rank rankOf(SentenceWords w, int i) {
    var clitics = w.token(i).clitics();
    if (!w.token(i).isWord() || !clitics.post().equals(HIS) || !clitics.pre().isEmpty()) {
      return null;
    }
    return rankOfWord(w, i);
  }

  private static Rank rankOfWord(SentenceWords w, int i) {
    Rank rank = PRONOUNS.get(w.lemma[i]);
    return rank != null ? rank : PRONOUNS.get(w.bare[i]);
  }

  /** A title with its holder, its country or its organisation; not a bare role ("مدير عام" GOV). */
  private static boolean known(Event.Actor a) {
    return a.code() != null && (a.country() != null || a.code().length() > 3);
  }

  /**
   * Remembers the group's titled person, if it names one and no honorific of the sentence settled its rank,
   * and says whether it names one; a titled person the stages could not code ("الأمين العام للمركز فيصل بن
   * معمر") makes the rank's holder unknown, so the holder before is not taken for the one the pronoun now
   * stands for.
   */
  private boolean remember(SentenceWords w, ActorGroup g, Set<Rank> addressed) {
    ActorMention m = g.members().get(0);
    Event.Actor a = m.actor();
    if (m.attributive() || m.last() == m.first()) {
      return false;
    }
    boolean titled = false;
    for (Map.Entry<Rank, Set<String>> e : TITLES.entrySet()) {
      // (or right before a name the base knows, whose mention begins after the title: "الأمير فيصل بن خالد")
      if (w.is(m.first(), e.getValue()) || ActorFinder.isPerson(m) && w.is(m.first() - 1, e.getValue())) {
        titled = true;
        if (addressed.contains(e.getKey())) {
          continue; // (the honorific said whom it addresses)
        }
        if (known(a)) {
          last.put(e.getKey(), a);
        } else {
          last.remove(e.getKey());
        }
      }
    }
    return titled;
  }
}
