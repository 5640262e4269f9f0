package org.marsad.event;

import java.util.List;

/**
 * Whom a host receives when the guest's title runs long before his name: "استقبل العاهل السعودي الملك سلمان
 * في الرياض، رئيس المجلس البابوي للحوار بين الأديان في دولة الفاتيكان الكاردينال جان لويس توران", "استقبل
 * الأمير فيصل بن خالد أمير منطقة عسير الدكتور صالح الوهيبي". The title's own bodies and places are no guest;
 * the first person named before the clause ends is (after "استقبل" the object is nearly always a guest, so
 * the title may hold what a general object rule must not pass: prepositions, places, other bodies).
 */
final class Guests {
  /** How far the guest's name may stand from where the object begins. */
  private static final int REACH = 22;

  private Guests() {}

  /** The first person named from {@code from} on in the receiving clause, other than the host, or null. */
  static ActorGroup named(SentenceWords w, List<ActorGroup> groups, int from, ActorGroup host) {
    ActorGroup hostsName = hostsName(w, groups, host);
    if (hostsName != null) {
      // the host's own name between commas: "يستقبل رئيس مولدوفا، إيغور دودون، في سبتمبر أو أكتوبر، أردوغان"
      // (not when more hosts follow it: "استقبل وزير الخارجية السعودي، عادل الجبير والسفير السعودي …")
      if (!w.isComma(hostsName.last() + 1)) {
        return null;
      }
      from = Math.max(from, hostsName.last() + 2);
    }
    int end = from;
    while (end < w.size() && end < from + REACH && !stops(w, groups, end)) {
      end++;
    }
    // (a clause that stops holds its guest whole; past the reach, a long title need only start within it)
    boolean stopped = end < w.size() && end < from + REACH;
    for (ActorGroup g : groups) {
      // (with his party: "الكاردينال جان لويس توران والوفد المرافق له")
      if (g.first() >= from && g.first() < end && (!stopped || g.last() < end)
          && g != host && person(w, g.members().get(0))
          && (!ActorPositions.sameParty(host, g) || otherName(host, g))) {
        return withoutParty(w, g);
      }
    }
    return null;
  }

  /**
   * The host's name set between commas right after him, past a title of his ("استقبل العاهل السعودي، الملك سلمان
   * بن عبد العزيز، الأربعاء، …"), or null.
   */
  private static ActorGroup hostsName(SentenceWords w, List<ActorGroup> groups, ActorGroup host) {
    int at = host.last() + 2;
    if (!w.isComma(host.last() + 1) || at >= w.size()) {
      return null;
    }
    ActorGroup name = ActorGroup.startingAt(groups, at);
    return name != null || !w.token(at).isWord() ? name : ActorGroup.startingAt(groups, at + 1);
  }

  /**
   * Where the receiving clause ends: a verb (not inside a name the tagger reads as one, "صالح الوهيبي"),
   * punctuation but a comma, or the attendance that follows the guests.
   */
  private static boolean stops(SentenceWords w, List<ActorGroup> groups, int k) {
    return w.isVerb(k) && groups.stream().noneMatch(g -> g.first() <= k && k <= g.last())
        || Clauses.isBoundary(w, k) && !w.isComma(k) || w.is(k, PRESENT);
  }

  /**
   * Whether the guest, coded as the host is, names another man: "استقبل وزير العمل الدكتور مفرج الحقباني … وزير
   * الإسكان ماجد الحقيل" (two ministers the base does not know, both GOV; seed 219).
   */
  private static boolean otherName(ActorGroup host, ActorGroup guest) {
    var h = host.members().get(0).actor();
    var g = guest.members().get(0).actor();
    return h.id() == null && g.id() == null && h.code() != null && !h.text().contains(g.text())
        && !g.text().contains(h.text());
  }

  /** "المرافق": the guest's accompanying party. */
  private static final java.util.Set<String> ACCOMPANYING = EventKeys.setOf("المرافق", "المرافقة", "المرافقين");

  /** The guest without "والوفد المرافق له", his own party, which is no second guest. */
  private static ActorGroup withoutParty(SentenceWords w, ActorGroup g) {
    List<ActorMention> kept = g.members().stream().filter(m -> !w.is(m.last() + 1, ACCOMPANYING)).toList();
    return kept.isEmpty() || kept.size() == g.members().size() ? g
        : new ActorGroup(g.first(), kept.get(kept.size() - 1).last(), kept);
  }

  /** Who attends is no guest: "بحضور نائب رئيس الجمهورية". */
  private static final java.util.Set<String> PRESENT = EventKeys.setOf("بحضور", "حضور", "يرافقه", "ويرافقه");

  /** A person: known to the knowledge base, or a name it does not know (with no code, or after a title). */
  private static boolean person(SentenceWords w, ActorMention m) {
    if (ActorFinder.isNamedPerson(m)) {
      return true;
    }
    String id = m.actor().id();
    if (id != null) {
      return id.startsWith("cameo:");
    }
    // (a title with a name the tagger may read as a verb: "الكاردينال جان لويس توران"; a name anywhere after
    // the title's own words: "وزير الدولة لشئون الدفاع بدولة قطر اللواء ركن حمد بن علي العطية"; not "عضو اللجنة")
    String last = w.token(m.last()).pos();
    boolean named = last == null || last.equals("PROPN") || last.equals("VERB");
    for (int i = m.first() + 1; i <= m.last() && !named; i++) {
      named = "PROPN".equals(w.token(i).pos());
    }
    return named && m.last() > m.first() && w.is(m.first(), ActorFinder.PERSON_TITLES);
  }
}
