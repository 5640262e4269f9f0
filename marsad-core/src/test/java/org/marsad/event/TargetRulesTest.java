package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.event.RuleSentences.first;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Targets the sentence names but word order alone leaves out (the most frequent error of the hand-judged
 * samples, docs/eval/wild-events-ant-seed5..9.tsv): sentences written for the test in the style of that
 * news; the rules alone, without the learned event filter.
 */
class TargetRulesTest {
  private static String targetCountry(Event e) {
    assertNotNull(e.target(), e.toString());
    return e.target().country();
  }

  @Test
  void aStrikeTargetsThePlaceItHitFurtherInItsClause() {
    assertEquals("PSE", targetCountry(first("وقصف الجيش الإسرائيلي عشرات الأهداف في قطاع غزة.", "19")));
    assertEquals("SYR", targetCountry(first("وفجر داعش قوس النصر في تدمر، كما أعدم مدير الآثار.", "18")));
    assertEquals("SYR", targetCountry(first("وشنت الطائرات الروسية غارات مكثفة في شمال سوريا.", "19")));
  }

  @Test
  void aKillingOrFightingInAPlaceDoesNotTargetIt() {
    Event killed = first("وقتل خمسة أشخاص في حلب.", "18");
    assertEquals("CVL", killed.target().code(), "the dead, not the town");
    Event fighting = first("واندلعت اشتباكات عنيفة في حلب بين الجيش السوري والمعارضة.", "19");
    assertEquals("SYRMIL", fighting.source().code(), "the sides after the place: " + fighting);
    assertEquals("OPP", fighting.target().code());
  }

  @Test
  void anAttackTargetsTheCasualtiesItsResultVerbNames() {
    assertEquals("CVL", first("فهناك هجوم أسفر عن مقتل مدنيين.", "19").target().code());
    Event raid = first("وأسفرت الغارة الإسرائيلية عن مقتل ثلاثة فلسطينيين.", "19");
    assertEquals("ISR", raid.source().country());
    assertEquals("PSE", targetCountry(raid));
  }

  @Test
  void theOwnerOfAVerbsObjectNounIsItsTarget() {
    Event received = first("وكان البشير استقبل أمس مدير المخابرات العامة المصرية اللواء عباس كامل.", "04");
    assertEquals("EGY", targetCountry(received));
    Event criticised = first("وانتقد الرئيس الفرنسي سياسات حكومة نتنياهو.", "11");
    assertEquals("ISR", targetCountry(criticised));
    Event signed = first("ووقع الرئيس الأمريكي اتفاقية باريس للمناخ.", "05");
    assertNull(signed.target(), "the Paris agreement is no party: " + signed);
  }

  @Test
  void aSpeakersTitleIsNoObject() {
    List<Event> said = RuleSentences.events("وقال فاسيلي نيبينزيا مندوب روسيا إن المجلس سيجتمع.");
    assertTrue(said.stream().noneMatch(e -> e.cameo().startsWith("01") && e.target() != null
        && "RUS".equals(e.target().country())), said.toString());
  }

  @Test
  void aGenitivesNisbaAfterAKillingNounNamesTheVictims() {
    Event e = first("وقال مسؤول إنه تم خطف الصيادين القطريين في جنوب العراق.", "18");
    assertEquals("QAT", targetCountry(e));
    assertNull(e.source(), "the hunters' country is not the kidnapper: " + e);
  }

  @Test
  void aDemandWithNoOneMakingItIsNoEvent() {
    assertTrue(RuleSentences.events("فشل المجلس في تمرير مشروع قرار يطالب بتأمين الحماية للشعب الفلسطيني.")
        .stream().noneMatch(e -> e.cameo().startsWith("10")));
  }

  @Test
  void anObjectBetweenCommasOrBehindHeadNounsOrAsANisbaNoun() {
    Event accused = first("واتهمت وزارة الخارجية التركية، الولايات المتحدة، السبت، بأنها تجاهلت القانون.", "11");
    assertEquals("USA", targetCountry(accused), "another country between commas is the object, no apposition");
    Event shelled = first("وقال مصدر إن طيران التحالف العربي شارك في قصف مواقع ميليشيات الحوثي في جبل مسعودة.", "19");
    assertEquals("YEMREB", shelled.target().code());
    Event killed = first("قتلت الشرطة الإسرائيلية فلسطينيا بعدما طعن حارسا في القدس.", "18");
    assertEquals("PSE", targetCountry(killed));
    Event pledge = first("تعهد كيم جونغ أون للرئيس الكوري الجنوبي بإنهاء التجارب.", "03");
    assertEquals("KORGOV", pledge.target().code(), "a role noun after the lam of the article");
  }

  @Test
  void oneCounterpartIsHisCountrysGovernment() {
    Event said = first("قال رئيس الوزراء العراقي حيدر العبادي لنظيره التركي بن علي يلدريم إن القوات جاهزة.", "01");
    assertEquals("TURGOV", said.target().code(), "told to his Turkish counterpart");
  }

  @Test
  void theCrownPrinceAndTheMonarchAreTheirGovernment() {
    Event met = first("التقى ترامب ولي العهد السعودي في البيت الأبيض.", "04");
    assertEquals("SAUGOV", met.target().code(), met.toString());
    Event said = first("وقال ولي العهد السعودي الأمير محمد بن سلمان إن المملكة ستدعم الاتفاق.", "01");
    assertEquals("SAUGOV", said.source().code(), "the title, the honorific and the name are one man");
    assertTrue(said.source().text().endsWith("محمد بن سلمان"), said.source().text());
    Event king = first("والتقى الرئيس الأمريكي العاهل السعودي الملك سلمان في الرياض.", "04");
    assertEquals("SAUGOV", king.target().code(), king.toString());
  }

  @Test
  void aNamedPersonAfterATitleIsTheObject() {
    Event criticised = first("انتقد الرئيس الأمريكي، دونالد ترامب، محاميه السابق مايكل كوهين، وسط تقارير.", "11");
    assertEquals("مايكل كوهين", criticised.target().text());
    Event received = first("استقبل الرئيس الإندونيسي، الاثنين، شيخ الجامع الأزهر أحمد الطيب في جاكرتا.", "04");
    assertEquals("أحمد الطيب", received.target().text());
    Event accused = first("اتهم رئيس الوزراء التونسي نجل رئيس الجمهورية الباجي قايد السبسي بتدمير الحزب.", "11");
    assertNull(accused.target(), "the son is accused, not his father: " + accused);
  }

  @Test
  void aCallIsMadeByWhomItComesFrom() {
    Event call = first("تلقى العاهل السعودي الملك سلمان اتصالا هاتفيا من ملك البحرين الملك حمد بن عيسى.", "04");
    assertEquals("BHRGOV", call.source().code(), call.toString());
    assertEquals("SAUGOV", call.target().code());
  }

  @Test
  void whatAnAttackNounsAimVerbHitsIsItsTarget() {
    Event bombing = first("قتل شخصان في تفجير استهدف نقطة تفتيش ليبية الثلاثاء.", "183");
    assertEquals("LBY", targetCountry(bombing));
    Event accused = first("وحذر بوتين من الاستفزازات، في إشارة إلى اتهام موسكو بالضلوع في الهجوم.", "11");
    assertEquals("RUSGOV", accused.target().code(), "the genitive of اتهام is the accused");
    assertNull(accused.source(), accused.toString());
    Event supplies = first("قال نتانياهو إن إيران تزود سوريا بأسلحة متقدمة.", "07");
    assertEquals("SYR", targetCountry(supplies), "the object before the verb's needed word");
    assertEquals("SAU", targetCountry(first("ترامب يطالب السعودية بأن تدفع الأموال.", "10")),
        "السعودية right after a verb is the country, not the adjective");
  }

  @Test
  void aKillingAnAttackResultedInIsThatAttacksToll() {
    List<Event> all = RuleSentences.events("وذكر المرصد أن قصفا مدفعيا للقوات التركية على عفرين أسفر عن مقتل 18 مدنيا.");
    assertTrue(all.stream().allMatch(e -> e.source() != null && "TURMIL".equals(e.source().code())),
        "no killing by an unknown force: " + all);
    assertTrue(all.stream().anyMatch(e -> e.cameo().equals("194") && "CVL".equals(e.target().code())),
        "the shelling's toll, with the shelling's code: " + all);
    List<Event> debris = RuleSentences.events(
        "واعترضت الدفاعات السعودية صواريخ استهدفت الرياض، وأسفر سقوط الشظايا عن مقتل مقيم مصري.");
    assertTrue(debris.stream().filter(e -> e.trigger().text().equals("مقتل"))
        .allMatch(e -> e.source() == null || e.source().country() == null), "the debris killed: " + debris);
  }

  @Test
  void anUnknownNameThenABodyAreTwoParties() {
    Event accused = first("واتهم عبداللطيف جماعة الإخوان المسلمين المحظورة بأنها وراء الاختراق.", "11");
    assertEquals("عبداللطيف", accused.source().text());
    assertEquals("جماعة الإخوان المسلمين", accused.target().text());
    Event said = first("وقال رامي عبد الرحمن لوكالة الأنباء الفرنسية إن القصف مستمر.", "01");
    assertNull(said.target(), "the outlet carries the statement: " + said);
  }

  @Test
  void thePlaceThatUndergoesTheAttackIsItsTarget() {
    Event raids = first("وقتل ستة مدنيين جراء القصف على مدينة حلب، التي تتعرض لغارات مستمرة منذ أمس.", "195");
    assertEquals("SYR", targetCountry(raids), raids.toString());
    Event stones = first("ورشق متظاهرون بالحجارة الجنود الإسرائيليين المتمركزين على الحدود.", "14");
    assertEquals("ISRMIL", stones.target().code(), "the object after the instrument");
    Event arrest = first("واعتقلت السلطات التركية أيضا الطالب ياووز سليم يايلا.", "17");
    assertNotNull(arrest.target(), "the object after an adverb: " + arrest);
  }

  @Test
  void theOwnerOfWhatIsPraisedOrCondemnedIsTheTarget() {
    Event praised = first("أشاد الرئيس الأمريكي دونالد ترامب بخطط الرئيس الصيني شي جينبينغ لإلغاء الحد الأقصى.", "05");
    assertEquals("CHNGOV", praised.target().code(), praised.toString());
    Event accused = first("واتهمت بكين واشنطن بدعم الانفصاليين.", "11");
    assertEquals("USAGOV", accused.target().code(), "an accusation's ب names the charge, not the accused");
  }

  @Test
  void anAccusationWithTheChargeRightAfterItsNounIsPassive() {
    Event accused = first("واتهم النظام السوري بشن هجوم بالأسلحة الكيميائية في دوما.", "11");
    assertNull(accused.source(), accused.toString());
    assertEquals("SYRGOV", accused.target().code());
    Event active = first("واتهم ترامب بريطانيا بالتقصير.", "11");
    assertEquals("USAGOV", active.source().code());
    assertEquals("GBR", active.target().code());
  }

  @Test
  void theCasualtiesAfterTheAttacksOwnClauseAreItsTarget() {
    Event strikes = first("وأسفرت الضربات الجوية المصرية، التي جاءت بالتنسيق مع الحكومة الليبية، عن مقتل 64 مسلحا من داعش.",
        "19");
    assertEquals("IMGMOSISI", strikes.target().code(), "the members of IS: " + strikes);
  }

  @Test
  void round27AgentsOfFireAndAccusations() {
    Event jets = first("وكان الطيران الحربي الإسرائيلي قد قصف موقعين غرب مدينة رفح.", "19");
    assertEquals("ISRMIL", jets.source().code(), "a war adjective between the aircraft and its nisba");
    Event artillery = first("حذر البابا من كارثة في محافظة إدلب التي تتعرض منذ أيام لقصف من مدفعية النظام السوري.", "19");
    assertEquals("SYR", artillery.source().country(), "fire from the regime's artillery: " + artillery);
    assertEquals("SYR", targetCountry(artillery));
    Event directed = first("وأعرب اللورد أحمد عن ترحيبه بالاتهامات التي وجهتها الولايات المتحدة للمجموعة.", "11");
    assertEquals("USA", directed.source().country(), "the accusations the US directed");
    Event marcos = first("ومن هؤلاء الرئيس الفلبيني السابق فيرديناند ماركوس، الذي اتهم بتعذيب آلاف المعارضين.", "11");
    assertNull(marcos.source(), "accused, by no one named: " + marcos);
    Event damascus = first("وهو هجوم دوما الذي وقع في نيسان واتهمت به دمشق.", "11");
    assertEquals("SYRGOV", damascus.target().code(), "accused of it: " + damascus);
    Event sanctions = first("وحينها تعرضت إيران كذلك لموجة من العقوبات.", "16");
    assertEquals("IRN", targetCountry(sanctions), "who undergoes a wave of sanctions");
  }

  @Test
  void round28WhoGoesToMeetAndADayBetweenCommas() {
    Event met = first("وصل وزير الخارجية الأمريكي، مايك بومبيو، إلى القصر الملكي السعودي، الثلاثاء، للقاء ولي العهد السعودي.",
        "04");
    assertEquals("USA", met.source().country(), "who went to meet: " + met);
    assertEquals("SAUGOV", met.target().code(), "the one met");
    Event accused = first("اتهم وزير الخارجية الأمريكي، مايك بومبيو، الجمعة، النظام الإيراني بانتهاك حقوق الإنسان.", "11");
    assertEquals("IRNGOV", accused.target().code(), "the object after a day between commas");
  }
}
