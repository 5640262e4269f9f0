package org.marsad.event;

import static org.marsad.event.ActorPositions.attributive;

import java.util.List;

/**
 * A detention noun that tells when something else happened, its pronoun the one held: "قبل القبض عليه في
 * موسكو", "بعد اعتقاله", "عند توقيفهم", "لدى إلقاء القبض عليها"; or the custody someone is in: "ظل قيد
 * الاحتجاز". Such a noun names no one who holds, so the nearest actor before it, which the general rules
 * would make its agent, is most often the one held: "وكشف سكريبال عن عشرات الجواسيس قبل القبض عليه".
 * The held is the nearest actor before that the pronoun can stand for, or the one right before the
 * custody; the holder is named only behind "من (قبل)" right after the noun ("بعد توقيفهم من الجيش").
 */
final class DetentionTimes {
  private DetentionTimes() {}

  private static final java.util.Set<String> DETENTIONS = EventKeys.setOf("اعتقال", "احتجاز", "توقيف", "القبض",
      "قبض");
  private static final java.util.Set<String> TIMES = EventKeys.setOf("بعد", "قبل", "لدى", "عند", "إثر", "اثر",
      "عقب", "منذ", "خلال", "أثناء", "اثناء", "حين", "فور", "بعيد");
  /** "إلقاء القبض": the verbal noun the arrest word may stand behind. */
  private static final java.util.Set<String> THROWING = EventKeys.setOf("إلقاء", "القاء");
  /** "ظل قيد الاحتجاز", "يقبع قيد الاحتجاز": staying in custody. */
  private static final java.util.Set<String> STAYING = EventKeys.setOf("ظل", "يظل", "بقي", "يبقى", "يقبع", "قبع",
      "مازال", "زال", "يزال", "لايزال");
  /** "قيد الاحتجاز", "رهن الاعتقال": in custody. */
  private static final java.util.Set<String> IN_CUSTODY = EventKeys.setOf("قيد", "رهن");

  /**
   * Whether the trigger is such a noun: the time of something else or the custody someone is in, not an
   * arrest a speaker tells of ("أعلنت السلطات اعتقال شخصين").
   */
  static boolean tellsTime(SentenceWords w, int trigger, int triggerEnd) {
    return w.is(trigger, DETENTIONS) && (custody(w, trigger) || timed(w, trigger, triggerEnd));
  }

  private static boolean custody(SentenceWords w, int trigger) {
    return w.is(trigger - 1, IN_CUSTODY) && w.isDefinite(trigger);
  }

  private static boolean timed(SentenceWords w, int trigger, int triggerEnd) {
    return pronounAt(w, trigger, triggerEnd) >= 0 && (w.is(wordBefore(w, trigger), TIMES) || thrown(w, trigger - 1));
  }

  /** The passive "أُلقي" as written, with its yeh ("خمسة نيباليين ألقي القبض عليهم"; not the active "ألقى"). */
  private static final java.util.Set<String> THROWN = java.util.Set.of("ألقي", "القي", "أُلقي");

  /** Whether word i is the passive of throwing, the arrest told of the one named before it. */
  private static boolean thrown(SentenceWords w, int i) {
    if (i < 0) {
      return false;
    }
    org.marsad.doc.Token t = w.token(i);
    return THROWN.contains(w.doc.text().substring(t.stemStart(), t.stemEnd()));
  }

  /** The word before the detention noun, past "إلقاء" ("لدى إلقاء القبض عليها"). */
  private static int wordBefore(SentenceWords w, int trigger) {
    return w.is(trigger - 1, THROWING) ? trigger - 2 : trigger - 1;
  }

  /** The arguments of such a detention noun, or null when the trigger is not one. */
  static Arguments find(SentenceWords w, List<ActorGroup> groups, int trigger, int triggerEnd) {
    if (!tellsTime(w, trigger, triggerEnd)) {
      return null;
    }
    boolean custody = custody(w, trigger);
    int pronounAt = pronounAt(w, trigger, triggerEnd);
    int before = wordBefore(w, trigger);
    String pronoun = custody ? null : pronoun(w, pronounAt);
    int after = custody ? triggerEnd : pronounAt;
    // (the one in custody stands right before it, or before the verb of staying: "ظل قيد الاحتجاز")
    int reach = custody ? (w.is(before - 1, STAYING) ? before - 2 : before - 1) : 0;
    ActorGroup holder = null;
    if (w.isKey(after + 1, "من")) {
      int at = w.isKey(after + 2, "قبل") ? after + 3 : after + 2;
      holder = ActorGroup.startingAt(groups, at);
    }
    ActorGroup held = null;
    for (ActorGroup g : groups) {
      // the nearest before that the pronoun can stand for ("للمخابرات البريطانية" is no "ه")
      if (g.last() < before && g.last() >= reach && !attributive(g)
          && (custody || standsFor(w, g, pronoun))) {
        held = g;
      }
    }
    if (holder != null && held != null && ActorPositions.sameParty(holder, held)) {
      holder = null;
    }
    return new Arguments(holder == null ? List.of() : holder.members(),
        held == null ? List.of() : held.members(), false, 0.8);
  }

  /** Where the held one's pronoun is: on the noun ("اعتقاله") or on على after it ("القبض عليه"); -1 if none. */
  private static int pronounAt(SentenceWords w, int trigger, int triggerEnd) {
    if (!w.token(trigger).clitics().post().isEmpty()) {
      return trigger;
    }
    for (int k = trigger + 1; k <= triggerEnd + 1 && k < w.size(); k++) {
      if (w.isKey(k, Clauses.ON) && !w.token(k).clitics().post().isEmpty()) {
        return k;
      }
    }
    return -1;
  }

  private static String pronoun(SentenceWords w, int i) {
    var post = w.token(i).clitics().post();
    return org.marsad.text.SearchKeys.fold(post.get(post.size() - 1));
  }

  /**
   * Whether the pronoun can stand for the group: "ه" and "ها" for one person (a name, or a role of one
   * person, "الناشط"), "هم" for a plural of people (civilians, refugees, or several actors).
   */
  private static boolean standsFor(SentenceWords w, ActorGroup g, String pronoun) {
    if (pronoun.equals("هم")) {
      return g.members().size() > 1 || g.members().stream().allMatch(ActorMention::isCivilian)
          && !w.isCount(g.first() - 1) && (w.bare[g.first()].endsWith("ون") || w.bare[g.first()].endsWith("ين"));
    }
    return (pronoun.equals("ه") || pronoun.equals("ها")) && person(g);
  }

  /** One person: a named person (of the knowledge base or not), not a state, a body or a group. */
  private static boolean person(ActorGroup g) {
    return g.members().size() == 1 && ActorFinder.isNamedPerson(g.members().get(0));
  }
}
