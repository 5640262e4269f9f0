package org.marsad.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.doc.Event;

/**
 * Who a bare title stands for, within one document: once the article has named "وزير الخارجية السعودي عادل
 * الجبير", "وقال الوزير إن" is the same minister, and "وأضاف السفير" the ambassador it last named. Read alone,
 * the title was no actor ("الوزير") or a role without a country ("السفير" GOV), and the statement was lost or
 * left uncountried. Only the title's last holder the stages coded with a country or an organisation; the
 * president only as "الرئيس …" itself (a head of a body, "رئيس مجلس الشورى", is another title). One instance
 * per document.
 */
final class BareTitles {
  /** The titles a bare mention may repeat: "الوزير", "السفير", "المبعوث". */
  private static final java.util.Set<String> TITLES = EventKeys.setOf("وزير", "وزيرة", "سفير", "سفيرة", "مبعوث",
      "مبعوثة", "مندوب", "مندوبة", "أمير", "الأمير", "الامير", "رئيس", "رئيسة");
  /** Titles remembered only when their holder is named with the article: "الرئيس الأمريكي", not "رئيس الوزراء". */
  private static final java.util.Set<String> DEFINITE_ONLY = EventKeys.setOf("رئيس", "رئيسة");

  private final Map<String, Event.Actor> last = new HashMap<>();

  /** The groups with each bare title made the holder it stands for, if known; then its holders remembered. */
  List<ActorGroup> resolve(SentenceWords w, List<ActorGroup> groups) {
    List<ActorGroup> out = new ArrayList<>(groups.size() + 1);
    int next = 0;
    for (int i = 0; i < w.size(); i++) {
      if (next < groups.size() && groups.get(next).first() == i) {
        ActorGroup g = groups.get(next++);
        Event.Actor holder = g.first() == g.last() && bare(w, i) && alone(w, i) ? last.get(w.bare[i]) : null;
        ActorGroup byName = holder == null ? byGivenName(w, g, i) : null;
        out.add(byName != null ? byName
            : holder != null && sameRole(g.members().get(0).actor(), holder) ? titleOf(w, i, holder) : g);
        i = g.last();
        continue;
      }
      // (not before a name, which is the title's own holder: "وأكد الوزير تساحي هنغبي")
      Event.Actor holder = bare(w, i) && alone(w, i) && subject(w, i) && ActorGroup.startingAt(groups, i + 1) == null
          ? last.get(w.bare[i]) : null;
      if (holder != null) {
        out.add(titleOf(w, i, holder));
      }
    }
    while (next < groups.size()) {
      out.add(groups.get(next++));
    }
    for (ActorGroup g : groups) {
      remember(w, g);
    }
    return out;
  }

  /**
   * The title and a given name as the holder named in full before ("زيارة الأمير محمد إلى القاهرة" after
   * "الأمير محمد بن سلمان", seed 234), or null.
   */
  private ActorGroup byGivenName(SentenceWords w, ActorGroup g, int i) {
    if (g.members().size() != 1 || g.last() != i + 1 || !bare(w, i)) {
      return null;
    }
    Event.Actor named = last.get(w.bare[i]);
    ActorMention m = g.members().get(0);
    String given = w.token(i + 1).text();
    if (!sameRole(m.actor(), named) || !(" " + named.text() + " ").contains(" " + given + " ")) {
      return null;
    }
    return new ActorGroup(g.first(), g.last(), List.of(m.coded(named.id(), named.country(), named.code())));
  }

  /** Whether the mention has no identity or country of its own and no role but the holder's. */
  private static boolean sameRole(Event.Actor a, Event.Actor holder) {
    return holder != null && a.country() == null && a.id() == null
        && (a.code() == null || holder.code().endsWith(a.code()));
  }

  /** Whether word i is a title with the article and no pronoun: "الوزير", "والسفير". */
  private static boolean bare(SentenceWords w, int i) {
    return w.token(i).isWord() && w.isDefinite(i) && w.token(i).clitics().post().isEmpty() && w.is(i, TITLES);
  }

  /** Whether the title ends its phrase: no noun, name or adjective after it ("الوزير إن", "السفير، مؤكدا"). */
  private static boolean alone(SentenceWords w, int i) {
    if (i + 1 < w.size() && "(".equals(w.token(i + 1).text())) {
      return false; // the holder's name in brackets: "أكد الرئيس (السيسي)"
    }
    if (i + 1 >= w.size() || !w.token(i + 1).isWord()) {
      return true;
    }
    String pos = w.token(i + 1).pos();
    return !("NOUN".equals(pos) || "PROPN".equals(pos) || "ADJ".equals(pos) || pos == null)
        || w.is(i + 1, Clauses.OPENERS);
  }

  /**
   * Whether the title is a clause's subject: right after its verb ("وقال الوزير"), or opening the sentence
   * before it ("الرئيس يهاجم"); elsewhere it is more often another holder the sentence goes on to name
   * ("الرئيس (ترامب) سيقرر", "ووفق رواية السفير").
   */
  private static boolean subject(SentenceWords w, int i) {
    return i > 0 && w.isVerb(i - 1) || (i == 0 || !w.token(i - 1).isWord()) && i + 1 < w.size() && w.isVerb(i + 1);
  }

  private static ActorGroup titleOf(SentenceWords w, int i, Event.Actor holder) {
    var t = w.token(i);
    Event.Actor title = new Event.Actor(t.stemStart(), t.stemEnd(), w.doc.text().substring(t.stemStart(), t.stemEnd()),
        holder.id(), holder.country(), holder.code());
    return new ActorGroup(i, i, List.of(new ActorMention(i, i, title)));
  }

  /** Remembers the titled holder the group opens with: "وزير الخارجية السعودي عادل الجبير". */
  private void remember(SentenceWords w, ActorGroup g) {
    ActorMention m = g.members().get(0);
    Event.Actor a = m.actor();
    // (the title opens the mention, or stands right before a name the base knows: "الأمير محمد بن سلمان")
    int title = w.is(m.first(), TITLES) ? m.first() : ActorFinder.isPerson(m) && w.is(m.first() - 1, TITLES)
        ? m.first() - 1 : -1;
    if (m.attributive() || m.last() == m.first() || title < 0
        || w.is(title, DEFINITE_ONLY) && !w.isDefinite(title)) {
      return;
    }
    if (a.code() != null && (a.country() != null || a.code().length() > 3)) {
      last.put(w.bare[title], a);
    } else {
      last.remove(w.bare[title]); // (a holder the stages could not code: not the one before)
    }
  }
}
