package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.doc.Document;

/** In a match report the event words sport reuses ("التقى الفريقان", "اللقاء") are a game, not a meeting. */
class SportsReportTest {
  private static Marsad marsad;

  /** A match report written for the test: more than 80 words, about one in ten of them sports words. */
  static final String MATCH_REPORT = "فاز فريق ريال مدريد على ضيفه برشلونة بهدفين مقابل هدف في مباراة قمة الدوري الإسباني"
      + " لكرة القدم التي أقيمت مساء السبت على ملعب سانتياغو برنابيو. وسجل المهاجم الفرنسي كريم بنزيمة الهدف الأول في"
      + " الشوط الأول، قبل أن يعادل لاعب برشلونة النتيجة من ركلة جزاء. وقال المدرب عقب اللقاء إن فريقه قدم مباراة كبيرة"
      + " وإن اللاعبين استحقوا الفوز. والتقى الفريقان ثلاث مرات هذا الموسم، وفاز الريال في مباراتين. ويحتل الفريق"
      + " المركز الأول في ترتيب الدوري برصيد 60 نقطة، بفارق أربع نقاط عن أقرب منافسيه قبل ثماني جولات من نهاية"
      + " الموسم، فيما يستعد المنتخب الإسباني لخوض مباراتين وديتين الشهر المقبل ضمن استعداداته لكأس العالم.";

  @BeforeAll
  static void load() {
    marsad = Marsad.with(EventStage.load().withFilter(null), false);
  }

  @Test
  void aMatchReportIsOneAndItsGamesAreNoMeetings() {
    Document doc = marsad.analyze(MATCH_REPORT, LocalDate.of(2018, 3, 3));
    assertTrue(SportsReport.of(doc));
    assertTrue(doc.events().stream().noneMatch(e -> e.cameo().startsWith("04")), doc.events().toString());
  }

  @Test
  void theGamesAttacksAreNoFightButHarmToFansStays() {
    Document doc = marsad.analyze(MATCH_REPORT + " ولم يستسلم برشلونة بل ظل يهاجم واقترب من إدراك التعادل مجددا.",
        LocalDate.of(2018, 3, 3));
    assertTrue(doc.events().stream().noneMatch(e -> e.root().equals("19")), doc.events().toString());
    Document riot = marsad.analyze(MATCH_REPORT + " واندلعت اشتباكات بين المشجعين والشرطة خارج الملعب أسفرت عن مقتل شخصين.",
        LocalDate.of(2018, 3, 3));
    assertTrue(riot.events().stream().anyMatch(e -> e.root().equals("19") || e.root().equals("18")), riot.events().toString());
  }

  @Test
  void aSentenceAloneAndPoliticalNewsAreNotJudgedSports() {
    Document sentence = marsad.analyze("والتقى الفريقان ثلاث مرات هذا الموسم.", LocalDate.of(2018, 3, 3));
    assertFalse(SportsReport.of(sentence), "too short to judge");
    Document news = marsad.analyze("التقى الرئيس المصري عبد الفتاح السيسي نظيره الروسي فلاديمير بوتين في القاهرة"
        + " أمس، وبحث الجانبان التعاون العسكري واستئناف الرحلات الجوية بين البلدين. ".repeat(6), LocalDate.of(2017, 12, 12));
    assertFalse(SportsReport.of(news));
    assertTrue(news.events().stream().anyMatch(e -> e.cameo().startsWith("04")), news.events().toString());
  }

  @Test
  void theSportsPagesOwnMeetingsSigningsAndStatementsAreNotCodedButAMinistersAre() {
    Document doc = marsad.analyze(MATCH_REPORT + " وعقد المدرب اجتماعا مع رئيس النادي لبحث صفقات الانتقالات. وانتقد"
        + " رئيس الوزراء الإسباني بيدرو سانشيز الحكومة الكتالونية.", LocalDate.of(2018, 3, 3));
    assertTrue(doc.events().stream().noneMatch(e -> e.source() != null && e.source().text().contains("المدرب")),
        doc.events().toString());
    assertTrue(doc.events().stream().anyMatch(e -> e.source() != null && "ESPGOV".equals(e.source().code())),
        doc.events().toString());
  }

  @Test
  void theOlympicsAreSportsToo() {
    // (round 275: the Olympic bid of SaudiNewsNet seed 137, whose IOC meetings and withdrawn bids were coded)
    String bid = "فازت العاصمة الصينية بكين بتنظيم الألعاب الأولمبية الشتوية 2022 بعد تغلبها على مدينة ألماتي في"
        + " تصويت اللجنة الأولمبية الدولية خلال الاجتماع العام في كوالالمبور. واقتصرت المنافسة على المدينتين بعد"
        + " انسحاب المدن الأوروبية التي تقدمت بطلباتها لاستضافة الأولمبياد. وأصبحت بكين أول مدينة تستضيف الألعاب"
        + " الصيفية والشتوية، بعدما استضافت دورة الألعاب الأولمبية الصيفية عام 2008 ونال رياضيوها فيها عشرات"
        + " الميداليات. وقال رئيس اللجنة إن الاجتماع المقبل للجنة سيبحث برنامج الألعاب ومواعيد المنافسات، وإن"
        + " اللجنة ستزور المدينة الفائزة مرات عدة قبل الافتتاح للاطلاع على استعدادات المنشآت والملاعب والقرية"
        + " الأولمبية التي ستستقبل آلاف الرياضيين من أنحاء العالم.";
    Document doc = marsad.analyze(bid, LocalDate.of(2015, 8, 1));
    assertTrue(SportsReport.of(doc));
    assertTrue(doc.events().stream().noneMatch(e -> e.cameo().startsWith("04") || e.cameo().startsWith("087")),
        doc.events().toString());
  }
  @Test
  void aTransferReportOfTheSaudiPagesIsOne() {
    // (round 430: SaudiNewsNet seed 261 coded a club source's statement on a striker's transfer, "المهاجم"
    // an attacker; its sports words stand behind ل ("للمهاجم") and in the club's nisba ("مصدر نصراوي"))
    String transfer = "أكد مصدر نصراوي لملحق الرياضة أن العقد بين ناديه ونظيره الأرجنتيني بشأن شراء البطاقة الدولية"
        + " للمهاجم الأوروغوياني ملزم للطرفين شريطة اجتيازه للفحص الطبي في الثامن من الشهر الحالي، وبعدها يتم تحويل"
        + " المبلغ لإدارة النادي الأرجنتيني، وقال إن الإدارة هناك تضغط علينا بغية استلام المبلغ قبيل الفحص الطبي."
        + " من جهة ثانية أعلنت الإدارة أمس أن الفحوصات الطبية والأشعة التي أجريت للمهاجم الآخر أثبتت وجود تمزق في"
        + " أربطة مفصل القدم يحتاج معها للعلاج الطبيعي من أسبوع إلى عشرة أيام، وينتظر أن يكون جاهزا قبل المواجهة"
        + " المقبلة، فيما عاد لاعب الوسط إلى التدريبات الجماعية بعد تعرضه لخلع في الكتف، وارتدى لباسا مثبتا للكتفين"
        + " سيستمر عليه في التدريبات حتى العاشر من الشهر الجاري بحسب ما أعلن المدرب.";
    Document doc = marsad.analyze(transfer, LocalDate.of(2015, 8, 1));
    assertTrue(SportsReport.of(doc));
    assertTrue(doc.events().stream().noneMatch(e -> e.target() != null && "UAF".equals(e.target().code())),
        doc.events().toString());
  }
}
