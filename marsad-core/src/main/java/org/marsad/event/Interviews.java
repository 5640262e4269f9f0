package org.marsad.event;

/**
 * A meeting that is an interview is no consultation (CAMEO 04): "التقت فرانس24 … رئيس مفوضية الاتحاد
 * الأفريقي", "وقال بن سلمان في لقاء بثته وكالة بلومبرغ", "خلال لقائه بميغين كيلي مذيعة قناة إن بي سي".
 * What is said in it is coded as the statements it holds. Found in the judged sample of seed 60, where both
 * judges rejected all three.
 */
final class Interviews {
  /** Verbs that say a meeting was broadcast or held by the press: "لقاء بثته", "مقابلة أجرتها". */
  private static final java.util.Set<String> BROADCAST = EventKeys.setOf("بثته", "بثها", "بثتها", "أجرته",
      "أجرتها", "اجرته", "اجرتها", "نشرته", "نشرتها");
  /** The press's own people: "مذيعة قناة إن بي سي". */
  private static final java.util.Set<String> PRESENTERS = EventKeys.setOf("مذيعة", "مذيع", "مقدمة", "مقدم",
      "المذيعة", "المذيع");

  private Interviews() {}

  /** Whether the meeting at {@code t} is an interview: a named outlet meets, or the press broadcast it. */
  static boolean of(SentenceWords w, TriggerMatch t, CameoCode code, Arguments a) {
    if (!code.root().equals("04")) {
      return false;
    }
    if (w.is(t.last() + 1, BROADCAST) || w.is(t.last() + 2, BROADCAST) && !Clauses.isBoundary(w, t.last() + 1)) {
      return true; // (past its adjective: "حوار هاتفي أجرته معه «عين اليوم»")
    }
    for (int i = t.last() + 1; i <= t.last() + 4 && i < w.size(); i++) {
      if (w.is(i, PRESENTERS)) {
        return true;
      }
    }
    return a.sources().stream().anyMatch(Interviews::outlet) || a.targets().stream().anyMatch(Interviews::outlet);
  }

  /** Talks a speaker may say something in: "وقال الأصبحي في اتصال هاتفي، إنه …". */
  private static final java.util.Set<String> TALKS = EventKeys.setOf("اتصال", "لقاء", "حديث", "مقابلة");
  /** How far before the talk the speech verb may stand: "وقال الأصبحي في اتصال هاتفي". */
  private static final int SPEAKER_WORDS = 8;

  /**
   * Whether the talk at {@code t} with no partner is where something was said, to the press: "وقال الأصبحي في
   * اتصال هاتفي، إنه …". (With a partner it is a consultation: "في اتصال هاتفي مع نظيره الروسي".)
   *
   * @param saidAt where the statement before the talk ends, or -1
   */
  static boolean toldIn(SentenceWords w, TriggerMatch t, Arguments a, int saidAt) {
    if (!a.targets().isEmpty() || saidAt < 0 || saidAt >= t.first() || t.first() - saidAt > SPEAKER_WORDS
        || !w.is(t.first(), TALKS) || w.isDefinite(t.first()) || !w.isKey(t.first() - 1, Adjuncts.IN)
        || !w.token(t.first() - 1).clitics().pre().isEmpty()) {
      return false; // (a talk named before, "مشاركة الأمير في اللقاء", is a meeting of its own)
    }
    for (int i = saidAt + 1; i < t.first() - 1; i++) {
      if (w.hasProclitic(i, "ل")) {
        return false; // told to someone: "وأكد العاهل السعودي لترامب في اتصال هاتفي"
      }
    }
    for (int i = t.last() + 1; i <= t.last() + 3 && i < w.size(); i++) {
      if (w.isKey(i, WITH) || w.hasProclitic(i, "ب")) {
        return false; // a partner the coder cannot code: "في اتصال هاتفي مع أحد حكام الخليج"
      }
    }
    return true;
  }

  private static final String WITH = EventKeys.of("مع");

  /** Head nouns of an outlet, which the base may lack: "وكالة الأنباء الفرنسية", "صحيفة محلية". */
  private static final java.util.Set<String> OUTLET_HEADS = EventKeys.setOf("وكالة", "صحيفة", "قناة", "شبكة",
      "مجلة", "إذاعة", "تلفزيون", "جريدة");

  /**
   * A named outlet ("فرانس24", "بلومبرغ"), or one named by its head noun ("مع وكالة الأنباء الفرنسية"), not
   * journalists at large nor a journalist by name ("خاشقجي").
   */
  private static boolean outlet(ActorMention m) {
    String code = m.actor().code();
    String id = m.actor().id();
    if (code == null || !code.endsWith("MED") || id != null && id.startsWith("person:")) {
      return false;
    }
    if (id != null) {
      return true;
    }
    String[] words = m.actor().text().trim().split("\\s+");
    // (an intelligence agency the role noun "وكالة" made press: "رئيس وكالة الاستخبارات الأمريكية")
    return OUTLET_HEADS.contains(EventKeys.of(words[0])) && !(words.length > 1 && SECRET_SERVICES.contains(
        EventKeys.of(words[1])));
  }

  private static final java.util.Set<String> SECRET_SERVICES = EventKeys.setOf("الاستخبارات", "المخابرات",
      "استخبارات", "مخابرات", "الأمن");
}
