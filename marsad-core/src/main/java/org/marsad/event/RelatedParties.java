package org.marsad.event;

import java.util.List;
import org.marsad.doc.Event;

/**
 * Parties named by their relation to another, after adjacent mentions are merged: a nisba that shares the
 * role of the nisba before it ("الطائرات الحربية السورية والروسية"), and the opposition, kin or campaign of
 * a leader or a government named after them ("معارضو بوتين", "خطيبة خاشقجي", "حملة ترامب"), who are of
 * that one's country but are not that one.
 */
final class RelatedParties {
  private RelatedParties() {}

  /**
   * A nisba joined by و to a role and nisba shares the role: "الطائرات الحربية السورية والروسية" are Syria's
   * and Russia's warplanes (RUSMIL, not Russia itself), "القوات الأمريكية والبريطانية".
   */
  static void sharedHeads(SentenceWords words, List<ActorMention> mentions) {
    for (int k = 1; k < mentions.size(); k++) {
      ActorMention prev = mentions.get(k - 1);
      ActorMention m = mentions.get(k);
      Event.Actor p = prev.actor();
      Event.Actor a = m.actor();
      boolean bareNisba = a.country() != null && a.country().equals(a.code()) && a.id() == null
          && m.first() == m.last() && words.isDefinite(m.first()) && TriggerFinder.adjective(words, m.first());
      boolean roled = p.country() != null && p.code() != null && p.code().length() > p.country().length()
          && p.code().startsWith(p.country());
      if (bareNisba && roled && m.first() == prev.last() + 1 && ActorFinder.joinedByAnd(words, m)
          && !a.country().equals(p.country())) {
        String role = p.code().substring(p.country().length());
        mentions.set(k, m.coded(null, a.country(), a.country() + role));
      }
    }
  }

  /** Opponents and critics in construct with whom they oppose: "معارضو بوتين", "منتقدي ترامب". */
  private static final java.util.Set<String> OPPONENTS = EventKeys.setOf("معارضو", "معارضي", "منتقدو", "منتقدي",
      "خصوم", "مناهضو", "مناهضي");

  /**
   * The opponents of a leader or a government are that country's opposition, not its government: "انتقد
   * معارضو بوتين الانتخابات" (RUSOPP), "اعتقلت الشرطة معارضي أردوغان" (TUROPP, not Erdoğan himself); a
   * person's kin are that country's civilians ("قالت خطيبة خاشقجي": SAUCVL, not the journalist), a person's
   * campaign is party politics ("أعلنت حملة ترامب": USAPTY).
   */
  static void othersOf(SentenceWords words, List<ActorMention> mentions) {
    for (int k = 0; k < mentions.size(); k++) {
      ActorMention m = mentions.get(k);
      Event.Actor a = m.actor();
      String c = a.country();
      if (c == null || a.code() == null || !a.code().startsWith(c) || a.code().equals(c)) {
        continue; // (a leader or a government: "مناهضي إسرائيل" are the country's enemies abroad)
      }
      String role = null;
      int head = -1;
      for (java.util.Map.Entry<java.util.Set<String>, String> of : HEADS_OF_OTHERS.entrySet()) {
        int h = words.is(m.first(), of.getKey()) && m.last() > m.first() ? m.first()
            : m.first() > 0 && words.is(m.first() - 1, of.getKey()) ? m.first() - 1 : -1;
        boolean fits = switch (of.getValue()) {
          case "CVL" -> ActorFinder.isPerson(m);
          case "PTY" -> ActorFinder.isPerson(m) && words.mentions(ELECTIONS); // (not "حملة سالفيني" on migrants)
          default -> true;
        };
        if (h >= 0 && !words.isDefinite(h) && words.token(h).clitics().post().isEmpty() && fits) {
          // (in construct only: "المعارضين الأتراك" is a role and a nisba; "والده الملك سلمان", with its
          // pronoun, is his father, the king himself)
          head = h;
          role = of.getValue();
        }
      }
      if (head < 0) {
        continue;
      }
      int start = words.token(head).stemStart();
      mentions.set(k, new ActorMention(head, m.last(), new Event.Actor(start, a.end(),
          words.doc.text().substring(start, a.end()), null, c, c + role), m.attributive()));
    }
  }

  /** Kin of a person, in construct before the name: "خطيبة خاشقجي", "نجل الرئيس". */
  private static final java.util.Set<String> KIN_HEADS = EventKeys.setOf("خطيبة", "خطيب", "زوجة", "زوج", "نجل",
      "ابن", "ابنة", "شقيق", "شقيقة", "والد", "والدة", "أرملة", "عائلة", "أسرة", "أقارب");
  /** Words of an election, which make a person's campaign an electoral one. */
  private static final java.util.Set<String> ELECTIONS = EventKeys.setOf("انتخابات", "الانتخابات", "لانتخابات",
      "للانتخابات", "الانتخابية", "انتخابية", "الانتخابي", "الرئاسية");
  /** A person's election campaign: "أعلنت حملة ترامب". */
  private static final java.util.Set<String> CAMPAIGN = EventKeys.setOf("حملة");
  /**
   * Heads that name others than the person or government after them, with the role those others take:
   * opponents are the country's opposition, kin its civilians, a campaign its party politics.
   */
  private static final java.util.Map<java.util.Set<String>, String> HEADS_OF_OTHERS = java.util.Map.of(
      OPPONENTS, "OPP", KIN_HEADS, "CVL", CAMPAIGN, "PTY");
}
