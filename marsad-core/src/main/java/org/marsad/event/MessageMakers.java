package org.marsad.event;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Who speaks in a message the verb points back to: "تلقى … اتصالاً هاتفياً امس من الشيخ محمد الخالد الحمد الصباح
 * … أدان فيه التفجير", "نشر رفلين مقالاً …، دعا فيه إسرائيل إلى", "بعث الملك برقية … أعرب فيها عن". The
 * pronoun of فيه/فيها is the call, the article or the cable, and what the verb says, its maker says: the one
 * the message is said to be by in the words right after it ({@link #owner}), or else the subject of the verb that
 * sends or publishes it. (Written here because no Arabic parser at hand resolves what such a pronoun refers to.)
 */
final class MessageMakers {
  private MessageMakers() {}

  /** Messages a speaker makes, which a later "فيه" goes back to. */
  private static final java.util.Set<String> MESSAGES = EventKeys.setOf("اتصال", "اتصالا", "اتصالاً", "مقال",
      "مقالا", "مقالاً", "مقالات", "تصريحات", "برقية", "رسالة", "بيان", "بيانا", "بياناً", "كلمة", "خطاب", "خطابا",
      "خطاباً", "تغريدة", "تصريح", "تصريحا", "تصريحاً", "مقابلة", "حديث", "حديثا", "حديثاً", "مؤتمر", "مؤتمرا",
      "مؤتمراً", "اتصالات", "برقيات", "رسائل");
  /** Messages sent to someone, whose ل names who receives them. */
  private static final java.util.Set<String> ADDRESSED = EventKeys.setOf("رسالة", "برقية", "اتصال", "اتصالا",
      "اتصالاً", "اتصالات", "برقيات", "رسائل");
  /** Verbs whose subject receives the message rather than makes it. */
  private static final java.util.Set<String> RECEIVING = EventKeys.setOf("تلقى", "استقبل", "تسلم", "تلقت",
      "استقبلت", "تسلمت");
  /** Verbs that send, publish or give a message. */
  private static final java.util.Set<String> SENDING = EventKeys.setOf("نشر", "نشرت", "بعث", "بعثت", "وجه", "وجهت",
      "أرسل", "أرسلت", "ارسل", "ارسلت", "ألقى", "ألقت", "القى", "القت", "أصدر", "أصدرت", "اصدر", "اصدرت", "أدلى",
      "أدلت", "ادلى", "ادلت", "أجرى", "أجرت", "اجرى", "اجرت", "كتب", "كتبت", "بث", "بثت");
  private static final java.util.Set<String> IN = EventKeys.setOf("في", "خلال"); // ("أعرب خلاله عن")
  private static final String FROM = EventKeys.of("من");
  /** "لأحد النشطاء": one of them. */
  private static final java.util.Set<String> ONE_OF = EventKeys.setOf("أحد", "احد", "إحدى", "احدى");
  private static final String IN_NAME_OF = EventKeys.of("باسم");
  /** How far back the message may be named. */
  private static final int REACH = 25;

  /**
   * The maker of the message "فيه" right after the verb goes back to, or null.
   *
   * @param subjectOf the subject group of the verb at a given index, or null
   */
  static ActorGroup maker(SentenceWords w, List<ActorGroup> groups, int verb, IntFunction<ActorGroup> subjectOf) {
    int message = message(w, groups, verb);
    if (message < 0) {
      return null;
    }
    ActorGroup owner = owner(w, groups, message, verb, subjectOf);
    if (owner != null) {
      return owner;
    }
    // the verb that sends or publishes the message, right before it (past its own subject)
    for (int p = message - 1; p >= Math.max(0, message - 8); p--) {
      // (the tagger reads a sentence's first "نشر" as the masdar)
      if (w.isVerb(p) || w.is(p, SENDING) && !w.isDefinite(p)) {
        return w.is(p, RECEIVING) ? null : subjectOf.apply(p);
      }
    }
    return null;
  }

  /**
   * Who receives the call, letter or cable at {@code message}: the subject of the receiving verb that heads
   * it, the last known person between them ("تلقى صاحب السمو الملكي الأمير محمد بن سلمان … وزير الدفاع أمس
   * اتصالاً هاتفيًا من …": the prince, not the last of the posts he holds; "تلقى نائب خادم الحرمين الشريفين
   * … الأمير محمد بن نايف": the prince, not the king his first post names), or else the group right after
   * the verb, past the styles of address; null when no such verb heads it.
   */
  static ActorGroup receiver(SentenceWords w, List<ActorGroup> groups, int message) {
    if (!w.is(message, ADDRESSED)) {
      return null;
    }
    for (int p = message - 1; p >= Math.max(0, message - REACH); p--) {
      if (w.is(p, RECEIVING)) {
        ActorGroup person = null;
        for (ActorGroup g : groups) {
          if (g.first() > p && g.last() < message && g.members().size() == 1
              && ActorFinder.isPerson(g.members().get(0))) {
            person = g;
          }
        }
        ActorGroup g = person != null ? person
            : ActorGroup.startingAt(groups, AgentPhrase.pastStyles(w, groups, p + 1));
        return g != null && g.last() < message ? g : null;
      }
      // (the tagger reads the style "صاحب" as a verb; a comma may close the receiver's posts)
      if (!w.is(p, AgentPhrase.STYLES) && w.isVerb(p) || Clauses.isBoundary(w, p) && !w.isComma(p)) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether word i speaks in a message named before it: "فيه"/"فيها" follows it and a message precedes.
   * A word there is a verb whatever its tag ("برقية … أعرب فيها عن تعازيه", the tagger's أعرب being a noun).
   */
  static boolean speaksIn(SentenceWords w, int i) {
    return w.atMostConjunction(i) && !w.isDefinite(i) && message(w, List.of(), i) >= 0;
  }

  /**
   * Where the message "فيه" right after word i goes back to is named, or -1: the nearest message before it,
   * with no other verb between (but the one telling who made it: "في بيان أصدره"); not a "فيه" of a
   * relative clause on something else ("منذ اليوم الأول الذي خطف فيه"). A word the tagger reads as a verb inside
   * an actor's name is none ("من ولي عهد البحرين الأمير سلمان بن حمد آل خليفة أعرب خلاله", seed 250).
   */
  private static int message(SentenceWords w, List<ActorGroup> groups, int i) {
    if (!w.isWithPronoun(i + 1, IN) || !w.token(i + 1).clitics().pre().isEmpty()) {
      return -1;
    }
    for (int k = i - 1; k >= Math.max(0, i - REACH); k--) {
      if (w.is(k, MESSAGES) && w.token(k).clitics().post().isEmpty()) {
        return k;
      }
      if (w.isVerb(k) && !madeBy(w, k) && !ActorGroup.inside(groups, k)) {
        return -1;
      }
    }
    return -1;
  }

  /** A verb right after the message whose pronoun is the message: "بيان أصدره", "مقال كتبه الصحفي". */
  private static boolean madeBy(SentenceWords w, int k) {
    return k > 0 && w.is(k - 1, MESSAGES) && !w.token(k).clitics().post().isEmpty();
  }

  /**
   * Who the message is said to be by, in the words right after it: its genitive ("خطاب ترامب", "تصريحات
   * نظيره البولندي"), a spokesman behind ل ("بيانا لمتحدث باسم وزارة الخارجية"), who it comes from ("اتصالاً
   * هاتفياً امس من صاحب السمو الشيخ X") or the subject of the verb that made it ("مقال كتبه الصحفي X").
   */
  private static ActorGroup owner(SentenceWords w, List<ActorGroup> groups, int message, int verb,
      IntFunction<ActorGroup> subjectOf) {
    int next = message + 1;
    if (next < verb && w.token(next).clitics().pre().isEmpty() && w.afterTimeExpression(next) == next) {
      // its genitive ("خطاب ترامب", "تصريحات نظيره البولندي"), an actor or a person the coder cannot code
      // ("تصريحات المتحدث باسم القيادة المركزية"; not "خطاب الفوز", the victory speech)
      ActorGroup genitive = named(w, groups, next, verb);
      boolean person = "PROPN".equals(w.token(next).pos()) || w.is(next, ActorFinder.PERSON_TITLES);
      if (genitive != null || person) {
        return genitive != null ? genitive : new ActorGroup(next, next, List.of());
      }
    }
    if (message + 1 < verb && madeBy(w, message + 1)) {
      return subjectOf.apply(message + 1);
    }
    int i = message + 1;
    // (not past a word behind ل, which the tagger may call an adjective: "كلمة منسوبة للأمير")
    while (i < verb && "ADJ".equals(w.token(i).pos()) && !w.is(i, ActorFinder.SPOKESMEN) && !w.hasProclitic(i, "ل")) {
      i++;
    }
    // behind ل, whose the message is ("تغريدة لأحد النشطاء", "البيان الصحفي لساندرز", "بيانا لمتحدث باسم …"),
    // but not whom a letter or a call is for ("بعث برسالة لستورمي دانييلز")
    if (w.hasProclitic(i, "ل") && i < verb
        && (!w.is(message, ADDRESSED) || w.is(i, ActorFinder.SPOKESMEN))) {
      ActorGroup owner = named(w, groups, w.is(i, ONE_OF) ? i + 1 : i, verb);
      return owner != null ? owner : new ActorGroup(i, i, List.of());
    }
    i = AgentPhrase.pastTimeToFrom(w, i);
    if (i >= verb || !w.isKey(i, FROM) || !w.token(i).clitics().post().isEmpty()) {
      return null;
    }
    ActorGroup g = ActorGroup.startingAt(groups, AgentPhrase.pastStyles(w, groups, i + 1));
    if (g == null && w.is(message, ADDRESSED) && i + 1 < verb && w.token(i + 1).isWord() && !w.isVerb(i + 1)) {
      // calls from people the coder cannot code made them ("اتصالات هاتفية من مسؤولي دول شقيقة أدانوا فيها",
      // seed 250): no one's, not the receiver's
      return new ActorGroup(i + 1, i + 1, List.of());
    }
    return g != null && g.last() < verb ? g : null;
  }

  /** The actor named at i, or the body a spokesman there speaks for ("المتحدث باسم وزارة الخارجية"). */
  private static ActorGroup named(SentenceWords w, List<ActorGroup> groups, int i, int verb) {
    ActorGroup g = ActorGroup.startingAt(groups, i);
    if (g == null && w.is(i, ActorFinder.SPOKESMEN) && w.isKey(i + 1, IN_NAME_OF)) {
      g = ActorGroup.startingAt(groups, i + 2);
    }
    return g != null && g.last() < verb ? g : null;
  }
}
