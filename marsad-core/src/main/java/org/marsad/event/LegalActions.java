package org.marsad.event;

import java.util.List;
import java.util.Set;

/**
 * Accusations and endorsements that are legal action (173): a court's ruling ("أيدت المحكمة الحكم
 * بالسجن"), charges levelled by the police or a prosecution ("وجهت النيابة اتهامات"), or by a state's
 * authorities at a private person ("اتهمت السلطات البلجيكية رجلا بالتحضير لاعتداء").
 */
final class LegalActions {
  private LegalActions() {}

  /** Levelling, as charges are brought: "وجهت الشرطة اتهامات", "بعد توجيه اتهامات". */
  private static final Set<String> LEVELLING = EventKeys.setOf("وجه", "وجهت", "يوجه", "توجه", "توجيه",
      "وجهوا");
  private static final String AUTHORITIES = EventKeys.of("السلطات");
  /** "رسميا": a charge brought formally, legal action. */
  private static final Set<String> FORMALLY = EventKeys.setOf("رسميا", "رسمياً");
  private static final Set<String> PROSECUTION = EventKeys.setOf("النيابة", "نيابة", "الادعاء", "المدعي",
      "محكمة", "المحكمة", "القضاء");

  /**
   * The code of an accusation (112) or an endorsement (051): 173 when it is a court's or charges brought
   * ("واتهم … رسميا بـ"), 016 when the accused denies them ("ونفى ساركوزي كل هذه الاتهامات"), else null.
   */
  static String codeOf(SentenceWords w, TriggerMatch t, String code, Arguments a) {
    boolean accusation = code.equals("112");
    if (judicial(a.sources()) || accusation && (chargedBy(w, t.first(), a) || w.near(t.first(), 4, FORMALLY)
        || inCourt(w, t.first(), a) || policeCharge(a))) {
      return "173";
    }
    return accusation && Accusations.denialBefore(w, t.first()) >= 0 ? "016" : null;
  }

  /**
   * Whether the police accuse a private person, or someone unnamed ("وذكرت الشرطة أنه اتهم بالتسبب في تعطيل
   * قاطرة"): the police charge, they do not voice accusations.
   */
  private static boolean policeCharge(Arguments a) {
    return !a.sources().isEmpty() && a.sources().stream().allMatch(m -> m.actor().code() != null
        && m.actor().code().endsWith("COP")) && a.targets().stream().allMatch(LegalActions::privatePerson);
  }

  /** Whether every source is a court, a prosecutor or the judiciary (a code ending in JUD). */
  static boolean judicial(List<ActorMention> sources) {
    // (a court the coder files under another role is still a court: "محكمة عسكرية إسرائيلية" ISRMIL, and an
    // international one IGOUNOJUDICJ)
    return !sources.isEmpty() && sources.stream().allMatch(m -> m.actor().code() != null
        && (m.actor().code().contains("JUD") || m.actor().text().startsWith("محكمة")
            || m.actor().text().startsWith("المحكمة")));
  }

  /**
   * Whether accusations are formal charges (173): levelled by the police ("قالت الشرطة إنها وجهت اتهامات
   * لثلاثة رجال"), or levelled with no one named but a prosecution in the sentence ("قررت النيابة العسكرية
   * حبس مخرج … بعد توجيه اتهامات").
   */
  private static boolean chargedBy(SentenceWords w, int accusation, Arguments a) {
    if (!w.is(accusation, LEVELLING) && !w.is(accusation - 1, LEVELLING) && !w.is(accusation - 2, LEVELLING)) {
      // (authorities who accuse a private person of a crime charge him: "اتهمت السلطات البلجيكية رجلا بالتحضير
      // لاعتداء")
      return byAuthorities(w, a) && !a.targets().isEmpty() && a.targets().stream().allMatch(m -> privatePerson(m));
    }
    boolean police = !a.sources().isEmpty() && a.sources().stream().allMatch(m -> m.actor().code() != null
        && (m.actor().code().endsWith("COP") || m.actor().code().endsWith("JUD")));
    // (a state's authorities charge people: "وجهت السلطات البريطانية اتهاما لهاشم"; at another state they
    // accuse, "وجهت واشنطن اتهامات لموسكو")
    boolean authorities = byAuthorities(w, a) && a.targets().stream().noneMatch(m -> m.isCountry()
        || m.actor().code() != null && m.actor().code().endsWith("GOV"));
    return police || authorities || judicial(a.sources())
        || a.sources().isEmpty() && w.near(accusation, 12, PROSECUTION);
  }

  /** Words of a criminal case: its court, its trial, its prosecution, its jury (not the police, often accused). */
  private static final Set<String> CRIMINAL_CASE = EventKeys.setOf("النيابة", "نيابة", "الادعاء", "المدعي",
      "محكمة", "المحكمة", "المحاكمة", "محاكمة", "القضية", "قضية", "جنايات", "الجنائية", "المحلفين");
  /** How far from the accusation the words of its criminal case may stand. */
  private static final int CASE_REACH = 12;

  /**
   * Whether an accusation no one is named as making is a charge in a criminal case: "ويتهم هؤلاء الأشخاص
   * بالتسبب في مقتل اثنين من رجال الشرطة", "واجه فيها 32 شخصا اتهامات" in a trial (the judged samples mark
   * such charges as legal action, not as an accusation); not at a state or its government.
   */
  private static boolean inCourt(SentenceWords w, int accusation, Arguments a) {
    if (!a.sources().isEmpty() || Accusations.denialBefore(w, accusation) >= 0 || a.targets().stream().anyMatch(
        m -> m.isCountry() || m.actor().code() != null && m.actor().code().endsWith("GOV"))) {
      return false; // (denied charges are a denial, 016: "ونفى برونسون اتهامات … في محكمة تركية")
    }
    for (int i = Math.max(0, accusation - CASE_REACH); i <= accusation + CASE_REACH && i < w.size(); i++) {
      int at = i;
      // (not the accused's own name: "اتهامات للشرطة الأميركية … بانتهاج سياسة عنصرية")
      if (w.is(i, CRIMINAL_CASE) && a.targets().stream().noneMatch(m -> m.first() <= at && at <= m.last())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sources are a state's authorities ("السلطات البريطانية"), who can bring charges. */
  private static boolean byAuthorities(SentenceWords w, Arguments a) {
    return !a.sources().isEmpty() && a.sources().stream().allMatch(m -> m.actor().code() != null
        && m.actor().code().endsWith("GOV") && w.isKey(w.tokenAt(m.actor().start()), AUTHORITIES));
  }

  /** A private person: a civilian role or a person the base does not know ("رجلا", "روبرت كروسلاند"). */
  private static boolean privatePerson(ActorMention m) {
    String code = m.actor().code();
    return code == null || code.endsWith("CVL") || code.endsWith("CRM");
  }
}
