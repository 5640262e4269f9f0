package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.doc.TimeExpression;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.TextStage;

class TimeStageTest {
  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = new Pipeline(List.of(TextStage.load(), new TimeStage()));
  }

  private static List<TimeExpression> times(String text, LocalDate date) {
    return pipeline.apply(Document.of("t", text, date)).times();
  }

  private static TimeExpression only(String text, LocalDate date) {
    List<TimeExpression> times = times(text, date);
    assertEquals(1, times.size(), "one time expression in: " + text + " — got " + times);
    return times.get(0);
  }

  private static TimeExpression find(List<TimeExpression> times, String text) {
    return times.stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no time \"" + text + "\" in " + times));
  }

  @Test
  void sampleArticle() throws Exception {
    String text = Files.readString(Path.of("../samples/egypt-russia-2016.txt"), StandardCharsets.UTF_8);
    List<TimeExpression> times = times(text, LocalDate.of(2016, 12, 27));
    assertEquals("2017-01", find(times, "مطلع يناير المقبل").value());
    assertEquals("2015-10", find(times, "أكتوبر 2015").value());
    assertEquals("2016", find(times, "عام 2016").value());
    assertEquals("FUTURE_REF", find(times, "خلال أيام").value());
    assertEquals("2017-01", find(times, "خلال شهر يناير المقبل").value());
    for (TimeExpression t : times) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
      assertEquals("2016-12-27", t.anchor());
    }
  }

  @Test
  void hijriDatesUseUmmAlQura() {
    TimeExpression t = only("بدأ الصيام في 15 رمضان 1445 هـ", LocalDate.of(2024, 3, 1));
    assertEquals("15 رمضان 1445 هـ", t.text());
    assertEquals("2024-03-25", t.value());
    assertEquals("1445-09-15", t.hijri());
    assertEquals("2023-07-19", only("يوافق الأول من محرم 1445 هـ", LocalDate.of(2023, 7, 1)).value());
  }

  @Test
  void monthNamesOfEveryRegion() {
    LocalDate date = LocalDate.of(2018, 6, 1);
    assertEquals("2018-02", only("ارتفعت الأسعار في شباط 2018", date).value());
    assertEquals("2017-12", only("وصل في كانون الأول 2017", date).value());
    assertEquals("2015-07", only("انطلقت الحملة في جويلية 2015", date).value());
    assertEquals("2016-04", only("أعلنت الحكومة في أفريل 2016", date).value());
    assertEquals("2018-02-14", only("في 14 شباط/فبراير 2018", date).value());
    assertEquals("2018-05", only("في ماي الماضي", date).value());
  }

  @Test
  void digitsOfEveryScript() {
    LocalDate date = LocalDate.of(2017, 3, 1);
    assertEquals("2017-01-15", only("وقع الاتفاق في ١٥ يناير ٢٠١٧", date).value());
    assertEquals("2017-01-15", only("وقع الاتفاق في 15/1/2017", date).value());
    assertEquals("2017-01-15", only("وقع الاتفاق في 2017-01-15", date).value());
    assertEquals("2017-01-15", only("وقع الاتفاق في الخامس عشر من يناير", date).value());
  }

  @Test
  void relativeExpressions() {
    LocalDate date = LocalDate.of(2016, 12, 27); // a Tuesday
    assertEquals("2016-12-26", only("وصل الوفد أمس", date).value());
    assertEquals("2016-12-25", only("وصل الوفد أول أمس", date).value());
    assertEquals("2016-12-25", only("وصل الوفد أول من أمس", date).value()); // the day before yesterday too
    assertEquals("2016-12-25", only("تلقى الملك اتصالا البارحة الأولى", date).value()); // the night before last
    assertEquals("2016-W51", only("وصل الوفد الأسبوع الماضي", date).value());
    assertEquals("2017-01", only("يصل الوفد الشهر المقبل", date).value());
    assertEquals("2013", only("بدأت الأزمة منذ ثلاث سنوات", date).value());
    assertEquals("2016-12-25", only("غادر قبل يومين", date).value());
    // counted from an event, not from the publication date: a span, no date
    assertEquals("P2D", only("انتهت العملية بعد يومين من المداهمات", date).value());
    assertTrue(times("يستعد المتظاهرون بعد أسبوع على مقتل 17 فلسطينيا", date).stream()
        .noneMatch(t -> "DATE".equals(t.type())), "a week after a killing is no date after today");
    assertEquals("2017-W01", times("يصل بعد أسبوع من الآن", date).get(0).value(), "but from now it is");
    assertEquals("2016-12-25", only("اجتمع المجلس يوم الأحد", date).value());
    assertEquals("2017-01-01", only("سيجتمع المجلس يوم الأحد", date).value());
    // perfectives that begin with ت are past: "تعرض", "تصاعد" (not the imperfective prefix)
    assertEquals("2016-12-24", only("المطار الذي تعرض لهجوم يوم السبت", date).value());
    assertEquals("2016-12-25", only("تصاعد التوتر بعد مقتل متظاهر يوم الأحد", date).value());
    assertEquals("2016-12-31", only("تجتمع اللجنة يوم السبت", date).value());
    // the publication day's own weekday is that day (2016-12-27 is a Tuesday), unless a week back or ahead
    // is said; places the tagger reads as verbs ("في لحج وتعز") tell no tense
    assertEquals("2016-12-27", only("سيطر الجيش على سلسلة جبلية في لحج وتعز، الثلاثاء", date).value());
    assertEquals("2016-12-20", only("اجتمع المجلس الثلاثاء الماضي", date).value());
    assertEquals("2017-01-03", only("يجتمع المجلس الثلاثاء المقبل", date).value());
    // an imperfective describing an indefinite noun tells no tense: what the men wore
    assertEquals("2016-12-24", only("فتحت تحقيقا بعد تعرض رجلين يرتديان قبعات يهودية لهجوم يوم السبت", date).value());
    assertEquals("2016", only("وفي منتصف العام الجاري", date).value());
    assertEquals("2016-12-26TEV", only("وقع الانفجار مساء أمس", date).value());
    assertEquals("2016-12-27T10:00", only("يبدأ الاجتماع الساعة العاشرة صباحا", date).value());
  }

  @Test
  void durationsSetsAndVagueReferences() {
    LocalDate date = LocalDate.of(2016, 12, 27);
    TimeExpression stay = only("تستغرق الزيارة لمدة ثلاثة أيام", date);
    assertEquals("DURATION", stay.type());
    assertEquals("P3D", stay.value());
    assertEquals("P2Y", only("استمرت المفاوضات عامين", date).value());
    TimeExpression yearly = only("يعقد المؤتمر كل عام", date);
    assertEquals("SET", yearly.type());
    assertEquals("P1Y", yearly.value());
    assertEquals("P1Y", only("يصدر التقرير سنويا", date).value());
    assertEquals("PRESENT_REF", only("الوضع حاليا مستقر", date).value());
    assertEquals("PAST_REF", only("تراجعت الأسعار مؤخرا", date).value());
  }

  @Test
  void numbersThatAreNotYears() {
    LocalDate date = LocalDate.of(2016, 12, 27);
    assertTrue(times("صوت المجلس على قرار 2254 بالإجماع", date).isEmpty());
    assertTrue(times("حصل المرشح على 2016 صوتا", date).isEmpty());
    assertTrue(times("قال الأمين العام إن الرأي العام غاضب", date).isEmpty());
    assertEquals("2015", only("صدر القرار 2254 عام 2015", date).value());
  }

  @Test
  void withoutADateRelativeTimesAreFoundButNotResolved() {
    TimeExpression t = only("وصل الوفد أمس", null);
    assertEquals("أمس", t.text());
    assertNull(t.value());
    assertNull(t.anchor());
    assertEquals("2017-01-15", only("في 15 يناير 2017", null).value());
  }

  @Test
  void definiteDualsAreSpansBackOrAhead() {
    LocalDate date = LocalDate.of(2018, 5, 1);
    TimeExpression past = only("قتل المئات خلال العامين الماضيين", date);
    assertEquals("خلال العامين الماضيين", past.text());
    assertEquals("PAST_REF", past.value(), "two years back, not last year");
    assertEquals("PAST_REF", only("ارتفعت الأسعار خلال السنتين الماضيتين", date).value());
    assertEquals("FUTURE_REF", only("سيعقد الاجتماع خلال اليومين المقبلين", date).value());
    assertEquals("2018-04-29", only("وقع الاتفاق قبل يومين", date).value());
  }
}
