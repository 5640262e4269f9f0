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
    if (w.is(t.last() + 1, BROADCAST)) {
      return true;
    }
    for (int i = t.last() + 1; i <= t.last() + 4 && i < w.size(); i++) {
      if (w.is(i, PRESENTERS)) {
        return true;
      }
    }
    return a.sources().stream().anyMatch(Interviews::outlet) || a.targets().stream().anyMatch(Interviews::outlet);
  }

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
