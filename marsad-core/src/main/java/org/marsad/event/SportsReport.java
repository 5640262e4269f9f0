package org.marsad.event;

import java.util.Set;
import org.marsad.doc.Document;
import org.marsad.doc.Event;
import org.marsad.doc.Token;
import org.marsad.text.SearchKeys;

/**
 * One sense per discourse, for the event words sport reuses: in a match report "اللقاء" and "التقى
 * الفريقان" are a game, not a meeting, "الهجوم" is the forwards, "احتلال المركز الرابع" a place in the
 * table and "التعاون" a club. A document is a sports report when sports words make up a share of its
 * Arabic words that news on other topics does not reach (a share of 3 %, picked on ANT articles with their
 * category labels, flags ANT's sport section with precision 0.94 and recall 0.91: `marsad eval sports`); short
 * texts (a single sentence) are never judged, so a sentence analysed alone is coded as it stands.
 */
public final class SportsReport {
  private SportsReport() {}

  /** Share of sports words from which a document is a sports report. */
  static final double MIN_SHARE = 0.03;
  /** Documents shorter than this (in Arabic words) are not judged. */
  static final int MIN_WORDS = 80;

  private static final Set<String> SPORTS_WORDS = EventKeys.setOf("مباراة", "مباريات", "دوري", "منتخب", "منتخبات",
      "لاعب", "لاعبين", "لاعبي", "هدف", "أهداف", "هدفين", "فريق", "مدرب", "بطولة", "كأس", "ملعب", "نادي", "موسم",
      "تعادل", "فوز", "فوزه", "هزيمة", "ركلة", "جزاء", "مهاجم", "حارس", "شوط", "سباق", "فورمولا", "تنس", "لقب",
      "كرة", "فيفا", "مونديال", "مرمى", "شباك", "انتقالات", "أولمبية", "جولة", "هداف", "كروي", "رياضية", "رياضي",
      // (and the Olympics, whose bids, votes and games are no less the sports pages': "الألعاب الأولمبية الشتوية")
      "أولمبي", "أولمبياد", "ألعاب", "ميدالية", "ميداليات",
      // (and the league tables, training grounds and club nisbas of the Saudi sports pages: "مصدر نصراوي")
      "أندية", "برصيد", "بطولات", "تأهل", "مباراتين", "مباراته", "إياب", "نهائيات", "محترفين", "متصدر", "منافسات",
      "لاعبا", "مدافع", "رياضة", "نصراوي", "هلالي", "أهلاوي");

  /** Event words with a sports sense: in a sports report they are not coded. */
  private static final Set<String> SPORTS_SENSES = EventKeys.setOf("لقاء", "التقى", "التقي", "يلتقي", "مواجهة", "واجه",
      "استقبل", "هجوم", "هجمة", "هجمات", "هاجم", "تقدم", "احتلال", "احتل", "معركة", "معارك", "مسيرة", "تعاقد",
      "تعاون", "قاد", "خرج", "سحق", "اكتسح", "أطاح", "تغلب", "قصف", "قذيفة", "حسم", "انسحاب", "انسحب", "خطف", "اختطف");

  /** Whether the document (with its text layer) reads as a sports report. */
  public static boolean of(Document doc) {
    int words = 0;
    int sports = 0;
    for (Token t : doc.tokens()) {
      if (!t.isWord()) {
        continue;
      }
      words++;
      String key = EventKeys.bare(t);
      // (behind ل the stem keeps the article's lam: "للمهاجم" is ل + المهاجم, stem "لمهاجم")
      if (SPORTS_WORDS.contains(key) || SearchKeys.afterLam(t) && key.startsWith("ل")
          && SPORTS_WORDS.contains(key.substring(1))) {
        sports++;
      }
    }
    return words >= MIN_WORDS && sports >= MIN_SHARE * words;
  }

  /** Whether the word at i has a sports sense that a sports report means. */
  static boolean sportsSense(SentenceWords w, int i) {
    return w.is(i, SPORTS_SENSES);
  }

  /** Roots that are news whoever acts: violence, and arrests ("وأوقفت السلطات الشخص" in a World Cup city). */
  private static final Set<String> VIOLENCE = Set.of("17", "18", "19", "20");

  /**
   * Whether an event coded in a sports report is news beyond the game: one of its parties is a state's body
   * ("اغتنم ماكرون الفرصة ليمر بالكرملين ويبحث … مع الرئيس فلاديمير بوتين", "وأوقف مكتب التحقيقات الاتحادي"),
   * not a coach, a player, a club, a federation or a country's team ("وأكد ديشان", "أبرم ريال مدريد صفقة",
   * "رفض الاتحاد الدولي لكرة القدم الطلب", "هددت البيرو لوريس بتسديدة"), whose meetings, signings, requests
   * and statements are the sports pages' own. Violence that is no game (roots 18 to 20, past {@link #gameFight})
   * and arrests (17) are news whoever does them ("اعتديا على مشجع").
   */
  static boolean newsBeyondTheGame(Event e) {
    return stateBody(e.source()) || stateBody(e.target()) || VIOLENCE.contains(e.root());
  }

  private static boolean stateBody(Event.Actor a) {
    // (a state's bodies: a party of one of them makes an event of a sports report news of its own)
    return a != null && a.country() != null && a.role() != null && PlaceCountry.STATE_ROLES.contains(a.role());
  }

  /** Words of real harm: in a sports report they still tell of violence ("مقتل مشجعين"). */
  private static final Set<String> HARM = EventKeys.setOf("قتل", "مقتل", "قتلى", "قتيل", "جرحى", "جريح", "إصابة",
      "اصابة", "مصرع", "شغب", "مشجعين", "الجماهير", "اعتداء");

  /**
   * Whether a fight (CAMEO root 19) coded in a sports report is the game: "واستمرت السنغال في شن الهجمات على
   * مرمى الحارس", "ظلت كرواتيا تهاجم" (whatever form the verb takes), unless a weapon or harm stands near.
   */
  static boolean gameFight(SentenceWords w, int i, String root) {
    return "19".equals(root) && !CombatDeaths.armed(w, i) && !w.near(i, 8, HARM);
  }
}
