package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.doc.Document;
import org.marsad.doc.Event;
import org.marsad.doc.Event.Mode;

/**
 * The rules that tell an attack or a protest that took place from one that is only named, planned,
 * habitual or judged in court, and the actor readings they depend on. Sentences in the style of the
 * event gold (newswire), written for the test. The rules alone: the learned event filter, which may
 * drop some of these events, is tested in {@link EventFilterTest}.
 */
class HappenedEventRulesTest {
  private static Marsad marsad;

  @BeforeAll
  static void load() {
    marsad = Marsad.with(EventStage.load().withFilter(null), false);
  }

  private static List<Event> happened(String text, String plover) {
    Document doc = marsad.analyze(text, LocalDate.of(2008, 1, 1));
    return doc.events().stream()
        .filter(e -> plover.equals(e.plover()) && (e.mode() == Mode.ASSERTED || e.mode() == Mode.REPORTED))
        .toList();
  }

  private static Event only(String text, String plover) {
    List<Event> events = happened(text, plover);
    assertFalse(events.isEmpty(), "no " + plover + " in: " + text);
    return events.get(0);
  }

  @Test
  void aBombThatWentOffIsAnAttackByAnUnnamedAttacker() {
    Event e = only("أصيب 37 شخصا بجروح حين انفجرت قنبلة في سوق شعبي.", "ASSAULT");
    assertEquals("183", e.cameo());
    assertNull(e.source().country());
    assertEquals("UAF", e.source().code());
  }

  @Test
  void aKidnappingNounAfterQamTakesTheGunmenAsSource() {
    Event e = only("وفي نابلس قام مسلحون مقنعون بخطف نائب رئيس البلدية من سيارته.", "ASSAULT");
    assertEquals("181", e.cameo());
    assertEquals("UAF", e.source().code());
  }

  @Test
  void aPassiveKillingWithItsCountHappened() {
    // the tagger reads the passive "قُتل" as the noun "قتل": the count after it makes it the verb
    assertFalse(happened("كما قتل أربعة أشخاص في انفجار سيارة مفخخة أمام سينما.", "ASSAULT").isEmpty());
    assertFalse(happened("وقتل أكثر من 30 شخصا في هجمات انتحارية.", "ASSAULT").isEmpty());
  }

  @Test
  void aPassiveKillingOfOneVictimHappenedToThatVictim() {
    // "قُتل جندي" written like the masdar: one indefinite victim, then no object, makes it the passive
    Event soldier = only("وقتل جندي إسرائيلي في هجوم قرب نابلس.", "ASSAULT");
    assertEquals("ISRMIL", soldier.target().code());
    assertEquals("MIL", only("قتل جنديان في هجوم على حاجز.", "ASSAULT").target().code(), "a dual the tagger calls ADJ");
    assertFalse(happened("قتل عدد من الأطفال في هجوم على حافلة.", "ASSAULT").isEmpty());
    // "عددا من" counts the victims after a killing verb: "قال الحلف إنه قتل عددا من زعماء طالبان"
    Event leaders = only("قال حلف شمال الأطلسي إنه قتل عددا من زعماء طالبان في هجمات.", "ASSAULT");
    assertEquals("IMGREB", leaders.target().code(), leaders.toString());
    // not a masdar inside its clause ("بعد قتل", "تبرير قتل مدنيين"), nor an active verb with its object
    assertTrue(happened("وانتقد تبرير قتل مدنيين في الحرب.", "ASSAULT").isEmpty());
    assertTrue(happened("ورفض قتل مدنيين.", "ASSAULT").isEmpty());
  }

  @Test
  void aBombToldFirstWentOffLaterAndAnAttackYieldedCasualtiesPastItsRelativeClause() {
    assertFalse(happened("وأضاف أن عبوة ناسفة تمت زراعتها وسط النفايات في شارع القدس قرب محطة الوقود في مدينة الصدر "
        + "انفجرت ودمرت ساحبة.", "ASSAULT").isEmpty());
    assertFalse(happened("وهذا الهجوم الذي بدأ قبل شهرين اوقع بحسب الجيش اكثر من الف قتيل بين المتمردين.", "ASSAULT")
        .isEmpty());
    assertTrue(happened("وفككت الشرطة عبوة ناسفة قبل أن تنفجر.", "ASSAULT").isEmpty(), "defused before it went off");
    assertTrue(happened("وفككت الشرطة عبوة ناسفة لم تنفجر.", "ASSAULT").isEmpty(), "it did not go off");
  }

  @Test
  void anImperfectiveAttackVerbIsAHabitNotAnEvent() {
    assertTrue(happened("وقال إن كل الذين يقتلون العراقيين سيجابهون بموقف متشدد.", "ASSAULT").isEmpty());
    assertFalse(happened("وقتل المسلحون ثلاثة جنود عراقيين.", "ASSAULT").isEmpty(), "the perfective still counts");
  }

  @Test
  void anyAttackAndAnOptionAreHypothetical() {
    for (String text : List.of("إن النهج الأمريكي يهدف إلى ردع أي هجوم نووي على الولايات المتحدة.",
        "أما الخيار الثالث فهو شن هجوم بري واسع على القرى الحدودية.",
        "وكان يستعد لشن هجوم انتحاري على القنصلية الأمريكية في كراتشي.")) {
      assertTrue(happened(text, "ASSAULT").isEmpty(), text + " → " + marsad.analyze(text, null).events());
    }
  }

  @Test
  void anAttackBeforeACourtOrAnInquiryIsBackground() {
    for (String text : List.of("وحكمت المحكمة بالسجن على متهمين اثنين بتهمة خطف أربعة سياح.",
        "وفتحت الشرطة تحقيقا في قضية اغتيال الصحافي.")) {
      assertTrue(happened(text, "ASSAULT").isEmpty(), text + " → " + marsad.analyze(text, null).events());
    }
  }

  @Test
  void theDeadAreTheTargetAndTheRelativeVerbNamesTheAttacker() {
    Event ethiopia = only("وقتل أول من أمس 4 جنود إثيوبيين في هجوم شنه مسلحون صوماليون مجهولون على ثكنة.", "ASSAULT");
    assertEquals("SOM", ethiopia.source().country(), "\"شنه مسلحون صوماليون\" launched it");
    assertEquals("ETH", ethiopia.target().country(), "the Ethiopian soldiers were killed");
    Event turkey = only("وتأتي تصريحاته عقب مقتل 15 جنديا تركيا في هجوم شنه متمردون على موقع حدودي.", "ASSAULT");
    assertEquals("REB", turkey.source().code());
    assertEquals("TUR", turkey.target().country());
    Event kidnapped = only("واختطف 9 عراقيين في العملية.", "ASSAULT");
    assertNull(kidnapped.source(), "a passive with its count: the Iraqis were kidnapped, by someone unnamed");
    assertEquals("IRQ", kidnapped.target().country());
  }

  @Test
  void victimsOfAPassiveKillingAreTargetsAndTheAmbusherTheSource() {
    // (the soldiers fell in combat, 190, the ambush's own code: one event, told by the killing)
    Event ambush = only("قالت مصادر عسكرية إن عشرات الجنود السودانيين قتلوا في كمين نصبه الحوثيون قرب ميدي.",
        "ASSAULT");
    assertEquals("YEMREB", ambush.source().code(), "\"كمين نصبه الحوثيون\": the Houthis laid it");
    assertEquals("SDN", ambush.target().country(), "the Sudanese soldiers were killed");
    for (Event e : happened("وقال المرصد إن 26 شخصا قتلوا في الهجوم.", "ASSAULT")) {
      assertTrue(e.source() == null || !"شخصا".equals(e.source().text()), "the dead are not the attackers: " + e);
    }
    Event palestinians = only("وأدت المواجهات إلى مقتل 17 فلسطينيا وإصابة المئات.", "ASSAULT");
    assertEquals("PSE", palestinians.target().country(), "after a count a nisba names people");
    Event israelis = only("وأسفرت سلسلة من عمليات الطعن عن مقتل عشرات الإسرائيليين.", "ASSAULT");
    assertEquals("ISR", israelis.target().country(), "\"عشرات\" is a count too");
    for (Event e : marsad.analyze("وقال السفير في تغريدة إن أمريكا حزينة لمقتل فولد في الهجوم.", null).events()) {
      assertTrue(e.source() == null || !"USA".equals(e.source().country()), "grieving is not killing: " + e);
    }
  }

  @Test
  void wordsThatOnlyLookLikeTriggers() {
    for (String text : List.of("رغم أن إيطاليا التي تعد وجهة رئيسية للمهاجرين القادمين من ليبيا بدأت ترفض السفن.",
        "وتلقى دورات عسكرية على أيدي ميليشيا حزب الله.",
        "ولا تتواجد وحدات عسكرية في المنطقة الواقعة بين خط فصل القوات بين سوريا وإسرائيل.",
        "لكن مسؤولا إيرانيا طلب عدم الكشف عن اسمه قال إن الخيارات لا تزال واسعة.",
        "وهزم الصدر منافسيه حيث تعهد بخلق فرص عمل ومساعدة الفقراء والقضاء على الفساد.",
        "وأكد أن مكانة المملكة استفزت الحاقدين وأصابت أعداء الأمة في مقتل، فتعرضت لحملات إعلامية.",
        "وقالت سلطات المقاطعة إن الوضع هادئ.",
        "وتوفر الطائرات غطاء جويا للقوات، وفق قائد القوات فضل حسن.",
        "وقال مدير المستشفى إن المستشفى استقبل جثمان الطفل.")) {
      Document doc = marsad.analyze(text, LocalDate.of(2018, 1, 1));
      assertTrue(doc.events().stream().noneMatch(e -> e.plover() != null && !"010".equals(e.cameo())),
          text + " → " + doc.events());
    }
  }

  @Test
  void aPrepositionWithItsPronounGovernsNothingAfterIt() {
    Event e = only("وداهمت الشرطة موقعا تحصن فيه مسلحون وفجروا منزلا.", "ASSAULT");
    assertEquals("UAF", e.source().code(), "\"تحصن فيه مسلحون\": the gunmen are the subject");
  }

  @Test
  void anAttackNounAfterAPrepositionAndWhoseAttackItIs() {
    // "في قصف": the tagger's verb after a preposition is the masdar; "لقوات النظام" says whose shelling
    // (the killing it caused is the same event, told once: the shelling is one of its mentions)
    Event e = happened("وقتل خمسة مدنيين في قصف لقوات النظام السوري على ريف إدلب.", "ASSAULT").stream()
        .filter(x -> x.mentions().stream().anyMatch(m -> m.trigger().text().equals("قصف"))).findFirst().orElseThrow();
    assertEquals("SYRMIL", e.source().code());
    assertEquals("CVL", e.target().code(), "the five civilians");
  }

  @Test
  void protestersWhoAttackOrSetFireRiot() {
    Event e = only("وقد هاجم آلاف المتظاهرين مكتب رئيس الوزراء في وسط بانكوك.", "PROTEST");
    assertEquals("145", e.cameo());
    assertEquals("CVL", e.source().code());
  }

  @Test
  void flagsAreNotTheMediaAndAmamIsNotAnImam() {
    Event burning = only("وأحرق المتظاهرون الأعلام الأميركية والإسرائيلية.", "PROTEST");
    assertEquals("CVL", burning.source().code(), "protesters, not the American media");
    Event gathering = only("وتجمع المتظاهرون أمام البيت الأبيض.", "PROTEST");
    assertEquals("CVL", gathering.source().code(), "\"أمام\" is a preposition, not an imam");
  }

  @Test
  void aCountOfProtestersIsTheSubject() {
    Event e = only("وذكر شهود عيان أن عددا من المتظاهرين أغلقوا الطريق أمام السيارات.", "PROTEST");
    assertEquals("144", e.cameo());
    assertEquals("CVL", e.source().code());
  }

  @Test
  void deathsInAnAccidentOrADisasterAreNoAttack() {
    assertTrue(happened("قتل 27 شخصا على الأقل لدى خروج قطارين عن السكة بسبب الفيضانات في وسط الهند.", "ASSAULT")
        .isEmpty());
    assertTrue(happened("أدت موجة الحر الشديد إلى مقتل 14 شخصا على الأقل.", "ASSAULT").isEmpty());
    assertFalse(happened("قتل 12 شخصا في هجوم انتحاري قرب موقع حادث سير في كابل.", "ASSAULT").isEmpty(),
        "an attack named beside the accident is still an attack");
  }

  @Test
  void anAttackTriedInCourtIsBackgroundButACourthouseIsAPlace() {
    assertTrue(happened("حكمت محكمة يمنية أمس بالسجن 12 عاما على متهمين اثنين بخطف أربعة سياح فرنسيين.", "ASSAULT")
        .isEmpty());
    assertFalse(happened("وقتل شخصان في انفجار سيارة مفخخة بالقرب من محكمة مدينة الصدر.", "ASSAULT").isEmpty());
  }

  @Test
  void round87APassiveWithTamImpliesItsAttackerAndABeatingSufferedIsAnAssault() {
    Event kidnapped = RuleSentences.first("مضيفا انه تم خطفهما بينما كانا في سيارتهما امس.", "18");
    assertEquals("181", kidnapped.cameo(), kidnapped.toString());
    assertEquals("UAF", kidnapped.source().code(), "an unnamed kidnapper: " + kidnapped);
    assertTrue(RuleSentences.events("كشف الجهاز عن تحرير إحدى الممرضات التي تم اختطافها في أكتوبر الماضي.").stream()
        .noneMatch(e -> e.root().equals("18")), "a relative clause describes the nurse, it is no news");
    Event beaten = RuleSentences.first("وتعرض الصحفي للضرب من قبل قوات الأمن.", "18");
    assertEquals("182", beaten.cameo(), beaten.toString());
    assertEquals("COP", beaten.source().code(), beaten.toString());
    assertTrue(RuleSentences.events("وضرب الرئيس مثلا بالعراق.").isEmpty(), "an example is no beating");
  }
}
