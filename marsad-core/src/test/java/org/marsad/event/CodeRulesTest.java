package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.event.RuleSentences.events;
import static org.marsad.event.RuleSentences.first;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Codes and sources the hand-judged sample of round 16 found wrong (docs/eval/wild-events-ant-seed10.tsv):
 * the weapon decides a generic attack's code, words that look like events but are not, and actors that
 * word order joined or split wrongly. Sentences written for the test in the style of that news; the rules
 * alone, without the learned event filter.
 */
class CodeRulesTest {
  @Test
  void theWeaponDecidesAGenericAttacksCode() {
    assertEquals("2041", first("وقتل كثيرون بينهم نساء وأطفال في هجوم كيميائي في سوريا.", "20").cameo());
    assertEquals("1831", first("وقتل عشرة أشخاص في هجوم انتحاري استهدف سوقا في كابول.", "183").cameo());
    assertEquals("1833", first("وقتلت امرأة وطفلها من جراء انفجار عبوة ناسفة في جنوب شرقي تركيا.", "183").cameo());
    assertEquals("195", first("وشنت الطائرات الإسرائيلية غارات على مواقع في سوريا.", "19").cameo(),
        "an air strike keeps its code");
  }

  @Test
  void wordsThatLookLikeEventsButAreNot() {
    assertTrue(events("اندلع انفجار ضخم في مصنع للكيماويات في ولاية تكساس الأميركية.").stream()
        .noneMatch(e -> e.root().equals("18")), "an industrial explosion is no bombing");
    assertTrue(events("وكانت القبة الحديدية في إسرائيل قد اعترضت الصاروخين.").stream()
        .noneMatch(e -> e.root().equals("17")), "intercepting missiles seizes nothing");
    assertTrue(events("وحكم على أفريدي بالسجن 33 عاما بعد إدانته بمساعدة جماعة مسلحة.").stream()
        .noneMatch(e -> e.cameo().equals("111")), "a conviction is no condemnation");
    assertTrue(events("وتلقى الصحفي أقصى عقوبات صدرت في الحكم الأخير تصل إلى السجن 7 سنوات.").stream()
        .noneMatch(e -> e.cameo().equals("163")), "prison sentences are no sanctions");
    assertEquals("011", first("ورفضت المتحدثة باسم وزارة الخارجية الأمريكية التعليق على تصريحات ترامب.", "01")
        .cameo(), "declining to comment is 011, no rejection");
    assertEquals("111", first("وأدانت مصر بشدة الهجوم الإرهابي.", "11").cameo(), "a condemnation stays one");
  }

  @Test
  void aBodyAndAPersonAfterItAreTwoParties() {
    Event arrest = first("واعتقلت الشرطة نافالني فور ظهوره في ميدان وسط موسكو.", "17");
    assertEquals("COP", arrest.source().code());
    assertEquals("RUSOPP", arrest.target().code());
    Event visit = first("بدأ الرئيس الفرنسي إيمانويل ماكرون السبت زيارة دولة إلى الهند.", "04");
    assertEquals("FRAGOV", visit.source().code(), "a state visit: دولة is no actor");
  }

  @Test
  void theAttackersAndTheAttackedAroundAnAttackNoun() {
    Event attacks = first("وقال لودريان إن السعودية تتعرض باستمرار لهجمات ينفذها الحوثيون.", "19");
    assertNotNull(attacks.source(), attacks.toString());
    assertEquals("YEMREB", attacks.source().code());
    assertEquals("SAU", attacks.target().country(), "who undergoes the attacks");
    Event shelling = first("وقتل عدد من الجنود الجمعة بقصف لفصائل المعارضة السورية استهدف مواقع في درعا.", "19");
    assertEquals("SYR", shelling.source().country(), "the ل on the head noun marks the shelling's agent");
  }

  @Test
  void whatAThreatThreatensDecidesItsCode() {
    Event sanctions = first("لكن وزير الخارجية الأميركي مايك بومبيو هدد إيران، الاثنين، بأقوى عقوبات في التاريخ.", "13");
    assertEquals("1312", sanctions.cameo());
    assertEquals("USAGOV", sanctions.source().code(), "the subject before the verb, its head noun outside the actor");
    assertEquals("IRN", sanctions.target().country());
    assertEquals("138", first("هددت تركيا بأنها ستستهدف تلك القوات.", "13").cameo());
  }

  @Test
  void sidesNamedTogetherActOnEachOtherOnlyWhenTheActIsMutual() {
    List<Event> pledges = events("وكانت بريطانيا وفرنسا وألمانيا وروسيا تعهدت بالاستمرار بالالتزام بالاتفاقية.");
    assertTrue(pledges.stream().filter(e -> e.cameo().startsWith("03")).allMatch(e -> e.target() == null),
        pledges.toString());
    Event agreed = first("واتفقت مصر وروسيا على استئناف الرحلات.", "057");
    assertEquals("RUS", agreed.target().country());
  }

  @Test
  void whoBacksAnActorIsNoTarget() {
    Event attacks = first("وأخرج هجومان منفصلان لجيش النظام المدعوم من روسيا تنظيم داعش من معظم الأراضي.", "19");
    assertTrue(attacks.target() == null || !"RUS".equals(attacks.target().country()), attacks.toString());
  }

  @Test
  void theCoalitionSpokesmanIsNoTurkAndNoIraqiPrimeMinister() {
    Event said = first("قال العقيد الركن تركي المالكي إن قوات الدفاع الجوي اعترضت صاروخا.", "01");
    assertEquals("SAUMIL", said.source().code());
  }

  @Test
  void round21WordsAndCodes() {
    assertEquals("111", first("هاجمت وزارة الخارجية الإسرائيلية نادي ريال مدريد بسبب تكريمه للناشطة.", "1").cameo(),
        "a ministry attacks in words");
    assertEquals("190", first("وهاجمت القوات الإسرائيلية مدينة غزة.", "19").cameo());
    assertEquals("015", first("وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم.", "01").cameo());
    assertTrue(events("ويتوقع أن يصل عددهم إلى نحو 500 طالب وطالبة.").stream()
        .noneMatch(e -> e.root().equals("10")), "a student makes no demand");
    assertTrue(events("قتل شخصان جراء انفجار لم تعرف أسبابه في معمل صناعي وسط إيران.").stream()
        .noneMatch(e -> e.root().equals("18")), "an industrial accident");
    assertTrue(events("وأكد السنوسي صحة ما قاله زياد تقي الدين.").stream()
        .noneMatch(e -> e.root().equals("04")), "a name, no meeting");
    assertEquals("195", first("وقال إن طائرات روسية تقصف الغوطة.", "19").cameo(), "aircraft make shelling an air strike");
    assertEquals("138", first("وقال عبدالملك الحوثي إنه يهدد السعودية بالصواريخ والطائرات المسيرة.", "13").cameo());
    Event strikes = first("وتحدث عن الضربات الجوية التي تقودها الولايات المتحدة ضد سوريا.", "19");
    assertEquals("USA", strikes.source().country(), "the launch verb after a relative pronoun");
  }

  @Test
  void round22WeaponsOfAnotherEventAndCourts() {
    assertEquals("195", first("وشنت الولايات المتحدة ضربات جوية ردا على الهجوم الكيماوي في دوما.", "19").cameo(),
        "the chemical attack is the other event, the strikes stay air strikes");
    // (two persons, no war around them: unconventional violence, 180, since round 48; still no attack in words)
    assertEquals("180", first("قالت الشرطة إن شخصين هاجما السفارة التركية بقنابل بنزين.", "18").cameo(),
        "an attack with bombs is no attack in words");
    assertTrue(events("وأدانت المحكمة المتهمين بمحاولة الانقلاب.").stream().noneMatch(e -> e.cameo().equals("111")),
        "a court convicts");
    assertEquals("120", first("وعارض ماكين بشدة ترحيل المعتقلين.", "12").cameo(), "opposed, no praise");
    assertTrue(events("في المقابل، يعتبر التحالف العسكري أن هذا الميناء منطلق عمليات عسكرية.").stream()
        .noneMatch(e -> e.root().equals("13")), "considering is no threat");
  }

  @Test
  void round23CapitalsObjectsRefugeesAndAccidents() {
    Event accused = first("واتهمت بكين واشنطن بإطلاق أكبر حرب تجارية في التاريخ الاقتصادي.", "112");
    assertEquals("CHNGOV", accused.source().code(), "a capital agrees with a feminine verb");
    assertEquals("USAGOV", accused.target().code(), "the object before the needed word; واشنطن's و is its own");
    assertEquals("075", first("واستقبلت ألمانيا نحو مليون لاجئ خلال العامين الماضيين.", "07").cameo(),
        "taking in refugees grants asylum; no visit");
    assertTrue(events("وكان هذا أعنف حادث قطار منذ 2013 عندما اصطدم قطار بحافلة مما أدى لمقتل 27 شخصا.").stream()
        .noneMatch(e -> e.root().equals("18")), "a train crash");
  }

  @Test
  void round26CurfewsCondemnationsPricesAndAdvisers() {
    assertEquals("1723", first("وكانت الحكومة فرضت السبت حظرا للتجوال في جنوب العراق.", "17").cameo(), "a curfew");
    assertEquals("163", first("وفرضت واشنطن حظرا على بيع الأسلحة لإيران.", "16").cameo(), "an embargo");
    assertEquals("111", first("وأشاد المجلس ببيان مجلس الأمن الدولي الذي أدان الانتهاكات.", "11").cameo(),
        "condemning violations is no arrest");
    assertTrue(events("إثر بيع أرض مملوكة للدولة إلى أحد أنصاره لقاء سعر أقل بكثير من قيمتها.").stream()
        .noneMatch(e -> e.root().equals("04")), "in exchange for a price, no meeting");
    assertEquals("072", first("وأرسلت طهران مستشارين عسكريين إلى سوريا.", "07").cameo(), "military aid, not 0842");
  }

  @Test
  void dawnAndThePenalCodeAreNoEvents() {
    assertTrue(events("وأوضحت المصادر أن المسلحين سلموا أنفسهم طواعية فجر الأحد.").stream()
        .noneMatch(e -> e.root().equals("18")), "dawn, not a bombing");
    assertTrue(events("وتنص المادة 92 من قانون العقوبات الأردني على أنه يعفى من العقاب.").stream()
        .noneMatch(e -> e.root().equals("16")), "the penal code");
    assertEquals("1831", first("وكان الجنود عائدين عندما فجر انتحاري نفسه بجانب دوريتهم.", "18").cameo(),
        "\"عندما فجر\" is a bombing");
  }

  @Test
  void round32ConvertedPatternsOfHoldingPayingAndSearchingAreOut() {
    assertTrue(events("وأقام المستوطنون حفلا موسيقيا داخل الحرم الإبراهيمي.").isEmpty(), "a concert, no blockade");
    assertTrue(events("وذلك خلال الجلسة الأولى لمجلس الوزراء التي عقدت اليوم.").isEmpty(), "a session, no arrest");
    assertTrue(events("إن سلطات مدينة واشنطن ستدفع 3.5 مليون دولار لتسوية دعوى.").isEmpty(), "paying, no praise");
    assertTrue(events("وقالت الشرطة إنها تبحث عن مشتبه فيه.").stream().noneMatch(e -> e.root().equals("13")),
        "searching for a suspect is no threat");
    assertEquals("040", first("وعقد الرئيس المصري اجتماعا مع نظيره الروسي.", "04").cameo(), "holding a meeting stays");
    // (154 since round 185, as "أرسل" and "نشر" troops are: reinforcements sent mobilise forces)
    assertEquals("154", first("وأفادت مصادر بأن النظام السوري ما زال يدفع بتعزيزات عسكرية إلى دوما.", "15").cameo(),
        "sending reinforcements stays");
  }

  @Test
  void round32AnAttributionIsNoStatement() {
    assertTrue(events("وتكاد تخلو الشوارع من المارة، حسبما أفاد عساف عبود مراسل بي بي سي.").isEmpty());
    assertTrue(events("أعيد فتح المعبر المغلق منذ أربع سنوات، بحسب ما أفاد صحفي في وكالة فرانس برس.").stream()
        .noneMatch(e -> e.cameo().equals("010")));
    assertEquals("010", first("وأفاد مراسل بي بي سي بأن الشوارع خالية.", "01").cameo(), "a report of its own stays");
  }

  @Test
  void round34StreetProtestsSuicideAttackersAndConvertedPatterns() {
    assertEquals("141", first("واندلعت احتجاجات ضخمة على الحدود بين غزة وإسرائيل.", "14").cameo(),
        "protests in the street are demonstrations");
    // (since round 56 "احتجاجا" after a protest is that protest's purpose, told once)
    assertEquals(1, events("وخرج المتظاهرون احتجاجا على القرار.").size(), "in protest: the purpose of the one protest");
    assertEquals("1831", first("وقال التنظيم في بيانه إن الاستشهادي استهدف مجموعة من الشيعة.", "18").cameo(),
        "the attackers' own word for a suicide attacker");
    assertTrue(events("وبلغت أكبر قوة مسجلة 5.8 درجة.").isEmpty(), "an earthquake's strength");
    assertTrue(events("وهرعت قوات الشرطة والدفاع المدني إلى موقع الحادث.").isEmpty(), "an emergency, no mobilisation");
  }

  @Test
  void round40CampaignsByWhatTheyAreOfAndMeetingsOnlyWhereThey() {
    assertEquals("181", first("وأشارت إلى أن ميليشيات الحوثي شنت حملة اختطافات طالت عددا من أبناء المنطقة.", "18").cameo());
    assertTrue(events("وقد شنت إدارة ترامب حملة عالمية لفرض أقسى العقوبات على كوريا الشمالية.").stream()
        .noneMatch(e -> e.root().equals("19")), "a sanctions campaign is no attack");
    assertEquals("154", first("ونشرت قوات أمنية كبيرة لمنع أي صدامات بين المشاركين.", "15").cameo(), "deployed, not a ban");
    assertTrue(events("وأكد أن وضعه الصحي يسمح بسجنه.").isEmpty(), "his state of health is no arrest");
    assertTrue(events("جاءت تصريحات الوزير على هامش اجتماعات مجلس حقوق الإنسان في جنيف.").stream()
        .noneMatch(e -> e.root().equals("04")), "on the sidelines of meetings: where, not a meeting");
  }

  @Test
  void onlyTheListedCodesKeepTheirConvertedPatterns() throws java.io.IOException {
    // the shipped lexicon is built from lexicons/events/converted-codes.tsv: a stale build would still hold
    // converted patterns of codes judged wrong more often than right (060 "cooperate", 0234, 083 …)
    java.util.Set<String> kept = new java.util.HashSet<>();
    for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("../lexicons/events/converted-codes.tsv"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        kept.add(line.split("\t")[0]);
      }
    }
    try (var in = getClass().getResourceAsStream("/org/marsad/event/triggers.tsv")) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        String[] f = line.split("\t", -1);
        if (!line.startsWith("#") && f.length >= 8 && f[7].equals("cameo-ar")) {
          assertTrue(kept.contains(f[2]) || kept.contains(f[2].substring(0, 2)), "a converted pattern of " + f[2] + ": " + line);
        }
      }
    }
    assertTrue(events("وأقر البرلمان القانون الجديد بعد نقاش طويل.").stream().noneMatch(e -> e.root().equals("06")),
        "a law passed is no material cooperation (a converted 060 pattern)");
  }

  @Test
  void aBodysPurposeInItsNameIsNoEvent() {
    assertTrue(events("ويأتي ذلك بمبادرة من مركز الملك عبدالله بن عبدالعزيز العالمي للحوار بين أتباع الأديان.").stream()
        .noneMatch(e -> e.root().equals("04")), "part of the centre's name");
    assertTrue(events("واختفى رئيس المنظمة الدولية للتعاون الشرطي في الصين.").stream()
        .noneMatch(e -> e.root().equals("05")), "part of Interpol's name");
  }

  @Test
  void wordsAttackedTradeWarsAndPortfoliosAreNoFighting() {
    assertEquals("111", first("وقد هاجمت الصين تعليقات ترامب ووصفتها بأنها غير مسؤولة.", "1").cameo(), "an attack in words");
    assertTrue(events("ولا تزال الولايات المتحدة والصين تخوضان معركة تجارية يزداد توترها.").stream()
        .noneMatch(e -> e.root().equals("19")), "a trade war");
    assertTrue(events("وقالت وزيرة الدولة لشؤون التعاون الدولي إن الوضع الإنساني أولوية.").stream()
        .noneMatch(e -> e.root().equals("05")), "a minister's portfolio");
  }

  @Test
  void round43AnInterviewAndATopicOfTalkAreNoEvents() {
    assertTrue(RuleSentences.events("واتهم المعارض القطري في لقاء مع \"العربية\" أمير قطر السابق بالفساد.").stream()
        .noneMatch(e -> e.cameo().startsWith("04")), "an interview is no meeting");
    assertTrue(RuleSentences.events("وقال الوزير إنه من المبكر الحديث عن انسحاب القوات الأمريكية من سوريا.").stream()
        .noneMatch(e -> e.cameo().startsWith("087")), "a withdrawal talked about has not taken place");
    assertTrue(RuleSentences.events("وناقش الوزيران التركي والأمريكي مستقبل التعاون بين بلديهما.").stream()
        .noneMatch(e -> e.cameo().startsWith("05")), "the future of cooperation is a topic");
  }

  @Test
  void round44ChemicalAttacksAccidentsAndLookAlikes() {
    assertEquals("2041", first("ونفذت قوات النظام الهجوم بغاز السارين على البلدة في نيسان.", "20").cameo());
    assertTrue(events("وقتل 20 شخصا في انفجارات في مستودع للألعاب النارية في المدينة.").stream()
        .noneMatch(e -> e.root().equals("18") || e.root().equals("19")), "fireworks going off are an accident");
    assertTrue(events("وقصف الجيش مواقع المسلحين ردا على إطلاق قذائف على جنوده.").stream()
        .noneMatch(e -> e.trigger().text().startsWith("رد")), "in response to is no act of its own");
    assertTrue(events("وقال مسؤول إن الرياض ستقدم التزامات مالية خلال المؤتمر.").stream()
        .noneMatch(e -> e.root().equals("19")), "to make pledges is no fighting");
    assertTrue(events("وكانت النائبة احتلت منصب رئيسة اللجنة بين 2011 و2014.").stream()
        .noneMatch(e -> e.cameo().equals("192")), "holding a post is no occupation");
    assertEquals("190", first("وتقدمت قوات الجيش نحو المدينة من ثلاثة محاور.", "19").cameo(), "forces advancing still fight");
  }

  @Test
  void round46ABroadcastInterviewACollisionAndADeathSentenceAreNoMeetingOrKilling() {
    assertTrue(events("وقال الوزير في لقاء تلفزيوني مع المذيع إن الشركتين لم تتأثرا.").stream()
        .noneMatch(e -> e.cameo().startsWith("04")), "a television interview is no meeting");
    assertTrue(events("وقتل أربعة بريطانيين في حادث ارتطام بالسعودية.").stream()
        .noneMatch(e -> e.root().equals("18") || e.root().equals("19")), "a collision is an accident");
    assertTrue(events("وانتقدت المنظمة صدور أحكام بإعدام 17 شخصا في مصر.").stream()
        .noneMatch(e -> e.root().equals("18")), "death sentences are not yet killings");
    assertEquals("1823", first("ونفذت السلطات الإيرانية حكم الإعدام بحق ثلاثة أشخاص.", "18").cameo(),
        "a death sentence carried out is an execution");
  }

  @Test
  void round46ACourtsChargeIsLegalActionNotAnAccusation() {
    assertEquals("173", first("ووجه القضاء الفرنسي الأربعاء اتهامات إلى ساركوزي بشأن تمويل حملته.", "1").cameo(),
        "charged with legal action");
    assertEquals("112", first("واتهمت واشنطن موسكو بالتدخل في الانتخابات.", "11").cameo(), "a state accuses");
  }

  @Test
  void round48AnAttackWithNoWarAroundItIsUnconventionalViolence() {
    assertEquals("180", first("وقالت الشرطة إن ثلاثة رجال مجهولين دخلوا مسجدا بعد الصلاة وهاجموا ثلاثة أشخاص.", "18").cameo(),
        "gunmen attacking worshippers");
    assertEquals("180", first("وقال القضاء البلجيكي إن الهجوم الذي أوقع ثلاثة قتلى بينهم شرطيتان في لييج جريمة إرهابية.", "18")
        .cameo(), "a terror attack on police");
    assertTrue(events("وأعلنت قوات النظام مغادرة فصائل المعارضة الغوطة إثر هجوم عنيف شنه النظام السوري وحلفاؤه.").stream()
        .noneMatch(e -> e.cameo().equals("180")), "a state's offensive is war");
  }

  @Test
  void round49SecurityForcesFiringOnProtestersIsViolentRepression() {
    assertEquals("175", first("وقتلت قوات الأمن العراقية ثلاثة متظاهرين في البصرة.", "17").cameo());
    assertEquals("175", first("وأطلق الجيش الإسرائيلي النار على المتظاهرين قرب السياج.", "17").cameo());
    assertTrue(events("وقتل الجيش الإسرائيلي ثلاثة مسلحين في غزة.").stream().noneMatch(e -> e.cameo().equals("175")),
        "no protest, no repression");
  }

  @Test
  void round50AnAppealOrDemandIsCodedByWhatItAsksFor() {
    assertEquals("1053", first("وطالبت الولايات المتحدة تركيا بالإفراج عن القس الأمريكي.", "10").cameo(), "release");
    assertEquals("0256", first("ودعا الرئيس اللبناني إلى وقف الحرب في سوريا.", "02").cameo(), "stop a war");
    assertEquals("0256", first("من جانبها دعت الأمم المتحدة إلى ضبط النفس.", "02").cameo(), "restraint");
    assertEquals("1056", first("وكانت بيونغ يانغ طالبت بانسحاب القوات الأمريكية من كوريا الجنوبية.", "10").cameo(),
        "withdraw forces");
    assertEquals("1013", first("وتطالب تركيا اليونان بتسليم الجنود الثمانية.", "10").cameo(), "extradition");
    assertEquals("1013", first("وطالب رئيس الحكومة الكندية بتحقيق مستقل في قتل المتظاهرين.", "10").cameo(),
        "an independent inquiry");
    assertEquals("026", first("دعت الأمم المتحدة الأطراف اليمنية إلى الحوار.", "02").cameo(),
        "talks (and دعت, which the lemmatiser leaves as written, is دعا)");
    assertEquals("0241", first("وتدعو تركيا صراحة إلى رحيل الرئيس السوري.", "02").cameo(), "a change of leadership");
    assertEquals("020", first("وقد دعا التحالف الحوثيين إلى تسليم إدارة الميناء للأمم المتحدة.", "02").cameo(),
        "handing over a port is no extradition");
    assertEquals("100", first("وتطالب روسيا بإدخال تعديلات على المشروع الذي يدعو إلى وقف إطلاق النار.", "10").cameo(),
        "what a relative clause asks for is not the demand's");
  }

  @Test
  void round50WhatADemandOnlyAsksForIsNoEventOfItsOwn() {
    List<Event> demand = events("وطالبت إيران بالإفراج عن دبلوماسي إيراني محتجز في فرنسا.");
    assertTrue(demand.stream().anyMatch(e -> e.cameo().equals("1053")), demand.toString());
    assertTrue(demand.stream().noneMatch(e -> e.root().equals("08")), "the release did not happen");
    List<Event> protesters = events("وطالب المحتجون برحيل الحكومة.");
    assertTrue(protesters.stream().anyMatch(e -> e.cameo().equals("1041") && e.source() != null
        && e.source().code().equals("CVL")), "the protesters demanded; not a student protester: " + protesters);
  }

  @Test
  void round51KillingsInAnAirStrikeASiegeAndThreatsByWhatTheyThreaten() {
    Event strike = first("وقال مسؤول أفغاني إن زعيم طالبان باكستان الملا فضل الله، قتل الخميس في ضربة جوية أمريكية في أفغانستان.", "19");
    assertEquals("195", strike.cameo(), "killed in an air strike (the tagger calls ضربة an adjective)");
    assertEquals("USA", strike.source().country());
    Event announced = first("بعد إعلان التحالف العربي بقيادة السعودية الاثنين أنه قتل ثمانية عناصر من حزب الله في اليمن.",
        "19");
    assertEquals("SAUMIL", announced.source().code(), "the announcer is the one who says it killed");
    assertEquals("010", first("وجاء ذلك بعد إعلان الجيش الأمريكي أنه قتل ثلاثة مسلحين.", "01").cameo(),
        "an announcement with what it says is a statement");
    assertEquals("191", first("وتفرض إسرائيل حصارا جويا وبريا وبحريا على قطاع غزة.", "19").cameo(),
        "a siege is a blockade, not sanctions, and it lasts in the present tense");
    assertEquals("138", first("وألغت الشركة رحلتها في ظل التهديد الأميركي بضرب سوريا.", "13").cameo());
    assertTrue(events("وطورت روسيا أسلحة لمواجهة التهديدات الجديدة التي تطرحها الولايات المتحدة.").stream()
        .noneMatch(e -> e.root().equals("13")), "dangers faced are no threat made");
  }

  @Test
  void round53ChargesOfficialProtestsShootingsAndInterviews() {
    assertEquals("173", first("ووجهت إلى ديرمين تهم تتعلق بقضايا التهرب الضريبي.", "17").cameo(), "legal charges");
    assertEquals("114", first("مما أدى إلى احتجاج هولندي رسمي.", "11").cameo(), "a state complains officially");
    assertTrue(events("وخرج آلاف المتظاهرين في احتجاجات واسعة في طهران.").stream()
        .noneMatch(e -> e.cameo().equals("114")), "people's protests stay protests");
    assertEquals("180", first("وقالت الشرطة السويدية إن 4 أشخاص أصيبوا في إطلاق نار في مالمو.", "18").cameo(),
        "a shooting with no war around it");
    assertTrue(events("وقتل تسعة مسلحين في تبادل لإطلاق النار مع قوات الأمن.").stream()
        .noneMatch(e -> e.cameo().equals("180")), "fire exchanged with security forces is fighting");
    assertTrue(events("وكان الحريري يتحدث خلال لقاء حواري انتخابي في بيروت.").stream()
        .noneMatch(e -> e.root().equals("04")), "a public forum is no meeting");
    assertTrue(events("ولم يرد متحدث باسم الشرطة الإسرائيلية على اتصال هاتفي للتعليق.").stream()
        .noneMatch(e -> e.root().equals("04")), "a reporter's call");
  }

  @Test
  void round54KillingsInProtestsCourtsAppealsToMeetAndThreatsOfRepression() {
    assertEquals("175", first("وقتل تسعة متظاهرين بالرصاص وأصيب 500 بجروح في غزة.", "17").cameo(),
        "protesters killed with no shooter named: violent repression");
    assertEquals("173", first("وأيدت محكمة النقض المصرية السبت حكما بالسجن المؤبد على محمد بديع.", "17").cameo(),
        "a court upholding a sentence is legal action, not support");
    assertEquals("026", first("وكان العاهل السعودي قد دعا ملك الأردن إلى عقد اجتماع لبحث سبل دعم الأردن.", "02").cameo());
    assertEquals("020", first("ودعا مون في اجتماع الاثنين إلى دراسة مشتركة مع الشمال.", "02").cameo(),
        "the meeting where one appealed is not what is asked");
    assertEquals("0255", first("وطلبت منظمة الصحة العالمية الأربعاء ترخيصا بالدخول للتحقق من التقارير.", "02").cameo());
    Event threat = first("ورفعت السلطات العراقية حالة الاستنفار وتوعدت بإجراءات رادعة ضد المندسين.", "13");
    assertEquals("137", threat.cameo(), "threatened with repression");
    assertEquals(Event.Mode.ASSERTED, threat.mode(), "a state of alert is no condition ('في حالة' is)");
  }

  @Test
  void round58ConvictionsAreNoCondemnationAndTearGasIsCrowdControl() {
    assertTrue(events("وكانت مريم قد أدينت بتهمة الإرهاب.").isEmpty(), "أدينت: was convicted, not condemned");
    assertEquals("111", first("وأدانت فرنسا الهجوم.", "11").cameo());
    assertEquals("175", first("وأطلق الجيش الرصاص وقنابل الغاز المسيل للدموع.", "1").cameo(),
        "fire with tear gas is on a crowd");
    assertEquals("193", first("وأطلق الجيش النار على مسلحين في درعا.", "19").cameo());
  }

  @Test
  void round61ADeclaredStateOfEmergencyIsNoStatement() {
    assertEquals("1724", first("وأعلنت الحكومة الإثيوبية حالة الطوارئ في البلاد.", "17").cameo());
    assertEquals("1724", first("وفرضت السلطات المصرية حالة الطوارئ في البلاد.", "17").cameo());
    assertTrue(events("وأعلنت الحكومة الإثيوبية حالة الطوارئ في البلاد.").stream().noneMatch(e -> e.cameo().equals("010")));
  }

  @Test
  void round63AVowOfPressureOrRevengeIsAThreat() {
    assertEquals("13", first("وتعهد ترامب بمواصلة الضغط على تركيا.", "1").root(), "a vow of pressure threatens");
    // (a pledge of aid, 033 since round 132)
    assertEquals("033", first("وتعهدت مصر بتقديم المساعدات للسودان.", "03").cameo(), "a pledge to give aid is one");
  }

  @Test
  void round78ReleasesDenialsKnivesAndForcesAttacking() {
    assertTrue(RuleSentences.events("قالت إن القس برانسون لم يُطلق سراحه.").stream().noneMatch(e -> e.root().equals("19")),
        "يطلق سراحه is a release, not fire");
    assertEquals("011", first("وفي وقت سابق، رفض جونسون الإجابة على أسئلة الصحفيين.", "01").cameo());
    assertEquals("016", first("ورفض ترامب بشكل مستمر الاتهامات الموجهة إليه.", "01").cameo(), "rejecting accusations denies them");
    assertEquals("182", first("وأصيب خمسة أشخاص في هجوم بسكين في قلب باريس.", "18").cameo(), "a knife attack is a physical assault");
    assertEquals("190", first("هاجمت قوات الحكومة السورية مواقع قوات سوريا الديمقراطية.", "19").cameo(),
        "forces attacking positions attack by arms, not in words");
  }

  @Test
  void round79AFacilityIsNoArrestAndACrashAfterTakeOffNoAttack() {
    assertTrue(RuleSentences.events("وذلك أثناء رحلتها لزيارة مركز احتجاز الأطفال المهاجرين في ولاية تكساس.").stream()
        .noneMatch(e -> e.root().equals("17")), "a detention centre is a place");
    assertTrue(RuleSentences.events("وكانت طائرة مقاتلة روسية قد سقطت في سوريا بعد قليل من إقلاعها مما أسفر عن مقتل طياريها.")
        .stream().noneMatch(e -> e.root().equals("18") || e.root().equals("19")), "a crash after take-off");
  }

  @Test
  void round83DismissalsTitlesAndThreatenedActsAreNoEventsOfTheirOwn() {
    assertTrue(RuleSentences.events("وأقالت تركيا أكثر من 18 ألف موظف.").isEmpty(), "أقال (dismissed) is not قال");
    assertTrue(RuleSentences.events("وقال نائب وزير الخارجية والتعاون الدولي إن الاجتماع انتهى.").stream()
        .noneMatch(e -> e.cameo().startsWith("05")), "a portfolio in a title is no cooperation");
    List<Event> threat = RuleSentences.events("وتلقى الصحفي تهديدات بالقتل من مجهولين.");
    assertTrue(threat.stream().anyMatch(e -> e.cameo().equals("138")), threat.toString());
    assertTrue(threat.stream().noneMatch(e -> e.root().equals("18")), "the threatened killing did not happen: " + threat);
  }

  @Test
  void round84DeniedAccusationsAreDenialsByTheAccused() {
    Event denied = first("ونفت روسيا الاتهامات البريطانية.", "01");
    assertEquals("016", denied.cameo(), denied.toString());
    assertEquals("RUS", denied.source().country(), "the denier acts: " + denied);
    assertEquals("GBR", denied.target().country(), "the accuser is the target: " + denied);
    Event sarkozy = first("ونفى ساركوزي باستمرار كل هذه الاتهامات.", "01");
    assertEquals("016", sarkozy.cameo(), "the verb may stand six words before: " + sarkozy);
    List<Event> both = events("وينفي الحوثيون وطهران هذه الاتهامات.");
    assertEquals(2, both.size(), "one denial per denier, neither the other's target: " + both);
    assertTrue(both.stream().allMatch(e -> e.target() == null), both.toString());
  }

  @Test
  void round90NamesMattersAndAccidentsAreNoEvents() {
    assertTrue(events("وتعتزم سلطات الاحتلال بناء مستوطنات جديدة.").stream().noneMatch(e -> e.cameo().equals("192")),
        "\"سلطات الاحتلال\" names Israel's authorities");
    assertTrue(events("وأكد الوزير أهمية التعاون مع الصين.").stream().noneMatch(e -> e.root().equals("05")),
        "the importance of cooperation is a topic");
    assertTrue(events("قتل 39 شخصاً في انفجار مستودع أسلحة وذخيرة في إدلب.").stream().noneMatch(e -> e.root().equals("18")),
        "a depot blowing up is no bombing");
    assertTrue(events("وقال إنه لا يرى أن الحل العسكري ممكن في سوريا.").stream()
        .noneMatch(e -> e.source() != null && "MIL".equals(e.source().code())), "a military solution is no soldier");
    Event source = first("وقال مصدر عسكري إن الجيش قصف المواقع.", "01");
    assertEquals("MIL", source.source().code(), "a military source is one: " + source);
  }

  @Test
  void round92APledgeOfSanctionsIsAThreatAndAnArmysAirForceIsItsOwn() {
    Event pledge = first("وتعهد دونالد ترامب بأن تفرض واشنطن أعلى مستوى من العقوبات على النظام الإيراني.", "1");
    assertEquals("1312", pledge.cameo(), pledge.toString());
    List<Event> raid = events("أفاد الجيش الإسرائيلي في بيان أن سلاح الجو شن غارة على مجموعة من المسلحين حاولوا "
        + "اجتياز السياج الحدودي عند هضبة الجولان، ما أسفر عن مقتل 7 منهم على الأقل.");
    assertTrue(raid.stream().filter(e -> e.root().equals("19"))
        .allMatch(e -> e.source() != null && "ISRMIL".equals(e.source().code())), "the raid and its toll: " + raid);
  }

  @Test
  void round94ChargesThePoliceBringAreLegalActionAndAnEmergencyAgainstADisasterIsNoCoercion() {
    List<Event> charged = events("وقالت الشرطة في بيان إنها وجهت اتهامات لثلاثة رجال في القضية.");
    assertTrue(charged.stream().anyMatch(e -> e.cameo().equals("173")), "charges the police bring: " + charged);
    List<Event> political = events("ووجهت موسكو اتهامات لواشنطن بالتدخل.");
    assertTrue(political.stream().anyMatch(e -> e.cameo().equals("112")), "a state's accusation: " + political);
    assertTrue(events("وأعلن الرئيس دونالد ترامب حالة الطوارئ في فلوريدا بأكملها بعد الإعصار.").stream()
        .noneMatch(e -> e.cameo().equals("1724")), "a hurricane's emergency is relief");
    assertTrue(events("وأعلنت الحكومة المصرية حالة الطوارئ في سيناء.").stream()
        .anyMatch(e -> e.cameo().equals("1724")), "a state of emergency against unrest stays");
  }

  @Test
  void round96EvadedSanctionsRisksAndHarshWordsAreNoSanctionsThreatsOrStrikes() {
    assertTrue(events("وتساعد تركيا إيران على التهرب من العقوبات الأمريكية.").stream()
        .noneMatch(e -> e.cameo().startsWith("16")), "sanctions evaded are no new ones");
    assertTrue(events("وقال إن ذلك يشكل تهديدا للنظام التجاري العالمي.").stream()
        .noneMatch(e -> e.root().equals("13")), "a risk is no threat");
    Event words = first("وشن الرئيس الفلبيني دوتيرتي هجوما حادا على الكويت.", "1");
    assertEquals("111", words.cameo(), "a harsh attack is one in words: " + words);
    Event arms = first("وشن الجيش هجوما على مواقع المسلحين.", "19");
    assertEquals("190", arms.cameo(), arms.toString());
  }

  @Test
  void round105AThreatThatIsADangerIsNoThreat() {
    for (String danger : List.of("واعتبرت بريطانيا مثل هذه الهجمات تهديدا خطيرا للأمن الوطني السعودي.",
        "وقال إن الجماعات المتطرفة تمثل أبرز تهديد للولايات المتحدة.", "ورفعت السلطات البريطانية مستوى التهديد.",
        "وقال الوزير إن الخلافات تهدد بإلحاق الأذى بالمدنيين.")) {
      assertTrue(RuleSentences.events(danger).stream().noneMatch(e -> e.cameo().startsWith("13")),
          danger + " " + RuleSentences.events(danger));
    }
    assertEquals("130", RuleSentences.first("وهددت كوريا الشمالية بإلغاء القمة.", "13").cameo(), "an actor's threat stays");
  }

  @Test
  void round106CooperationInArmsTradeCourtsOrIntelligenceIsMaterial() {
    assertEquals("062", first("وتتعاون الولايات المتحدة مع السعودية في مكافحة الإرهاب.", "06").cameo());
    assertEquals("063", first("وقال المسؤول إن السعودية تتعاون مع تركيا في التحقيق.", "06").cameo());
    assertEquals("050", first("وأكدت مصر التعاون مع روسيا.", "05").cameo(), "cooperation alone stays diplomatic");
  }

  @Test
  void round110AStateThatStopsPassageImposesABlockadeAndAStatesFireIsSmallArms() {
    assertEquals("191", first("وفي 17 تموز شددت إسرائيل القيود ومنعت وصول الوقود إلى القطاع.", "19").cameo());
    assertEquals("144", first("ومنع المحتجون وصول الشاحنات إلى الميناء.", "14").cameo(), "protesters still block");
    assertEquals("193", first("وقتل 149 فلسطينيا على الأقل بنيران إسرائيلية منذ 30 آذار.", "19").cameo(),
        "a country's fire kills in a fight with small arms, not a murder");
  }

  @Test
  void round122DeathsTheirSentenceCausesAreThatForce() {
    Event shelling = RuleSentences.first("يعيش سكان الغوطة أوضاعا مأساوية، من جراء القصف المكثف للقوات الحكومية خلال الأيام الماضية، والذي أدى إلى مقتل أكثر من 300 مدنيا.", "19");
    assertEquals("194", shelling.cameo(), "the shelling before the result verb: " + shelling);
    Event repression = RuleSentences.first("وأدى القمع العنيف للاحتجاجات التي اندلعت في أواخر ديسمبر إلى مقتل 25 شخصا على الأقل.", "17");
    assertEquals("175", repression.cameo(), repression.toString());
    Event protesters = RuleSentences.first("وبدأت هذه الموجة من الاحتجاجات الفلسطينية في 30 مارس، ومنذ ذلك التاريخ قتل 33 فلسطينيا، وأصيب 2800 آخرين بالرصاص الإسرائيلي.", "17");
    assertEquals("175", protesters.cameo(), protesters.toString());
    Event isis = RuleSentences.first("قتل 45 مسلحا مواليا للنظام، الثلاثاء، جراء هجمات شنها تنظيم داعش على قرى في شرق سوريا.", "19");
    assertEquals("190", isis.cameo(), "fighters killed by an armed group fell in combat: " + isis);
  }

  @Test
  void round126InterviewsAndRanksAreNoMeetingsNorOccupations() {
    assertTrue(RuleSentences.events("التقت فرانس24 على هامش القمة رئيس مفوضية الاتحاد الأفريقي موسى فقيه محمد.").stream()
        .noneMatch(e -> e.root().equals("04")), "an outlet meeting someone interviews them");
    assertTrue(RuleSentences.events("وقال بن سلمان في لقاء بثته وكالة بلومبرغ الجمعة إن السعودية اشترت كل شيء.").stream()
        .noneMatch(e -> e.root().equals("04")), "a broadcast interview");
    assertTrue(RuleSentences.events("وفي 2016 احتلت إسرائيل المركز السادس بين أكبر الدول المصدرة للأسلحة.").stream()
        .noneMatch(e -> e.root().equals("19")), "a rank, after the verb's one-word subject");
    assertEquals("192", RuleSentences.first("احتلت إسرائيل الضفة الغربية عام 1967.", "19").cameo());
  }

  @Test
  void round132WhatAPledgeOrADemandIsFor() {
    assertEquals("036", RuleSentences.first(
        "وتعهد الزعيم الكوري الشمالي كيم جونغ أون بلقاء رئيس كوريا الجنوبية.", "03").cameo(), "to meet");
    assertEquals("033", RuleSentences.first("وتعهدت الإمارات بتقديم مساعدات بقيمة 50 مليون دولار للأردن.", "03").cameo());
    assertEquals("034", RuleSentences.first("وتعهد ماكرون بإصلاح قانون العمل.", "03").cameo());
    assertEquals("030", RuleSentences.first("وتعهد وزير الداخلية الإيطالي بترحيل المهاجرين.", "03").cameo(),
        "a pledge to deport is no judicial cooperation");
    assertEquals("104", RuleSentences.first("وطالبت منظمة العفو الدولية بإصلاحات أوسع نطاقا في السعودية.", "10").cameo());
    assertEquals("051", RuleSentences.first("رحبت السعودية بالقرار الأمريكي.", "05").cameo(), "welcoming is endorsing");
  }

  @Test
  void round133ArrestsByTheLightVerbAndByTawqif() {
    Event seized = RuleSentences.first("وألقت الشرطة التركية القبض على ثلاثة أشخاص.", "17");
    assertEquals("173", seized.cameo(), seized.toString());
    assertEquals("TURCOP", seized.source().code(), seized.toString());
    assertEquals("TURCVL", seized.target().code(), "held by Turkey's police (round 140): " + seized);
    Event held = RuleSentences.first("وقبضت الشرطة الهندية على شاب يبلغ من العمر 20 عاما.", "17");
    assertEquals("INDCOP", held.source().code(), held.toString());
    Event detained = RuleSentences.first("استنكر الاتحاد الأوروبي الأربعاء توقيف معارضين في مصر.", "173");
    assertNull(detained.source(), "the genitive of توقيف is who is held: " + detained);
    assertEquals("OPP", detained.target().code().substring(detained.target().code().length() - 3), detained.toString());
    assertTrue(RuleSentences.events("وقرر الوزير توقيف الموظف عن العمل.").stream().noneMatch(e -> e.cameo().equals("173")),
        "a suspension from work");
  }

  @Test
  void round134CondolencesCongratulationsShootingDownAndWithdrawingTroops() {
    Event condolences = RuleSentences.first("وقدم الملك سلمان التعازي للرئيس الفرنسي في ضحايا الهجوم.", "01");
    assertEquals("018", condolences.cameo(), condolences.toString());
    Event cable = RuleSentences.first("وبعث أمير قطر برقية تعزية إلى الرئيس المصري.", "01");
    assertEquals("EGYGOV", cable.target().code(), cable.toString());
    Event congratulated = RuleSentences.first("وقام بوتين بتهنئة الرئيس التركي على إعادة انتخابه.", "05");
    assertEquals("051", congratulated.cameo(), congratulated.toString());
    assertEquals("RUSGOV", congratulated.source().code(), "the subject of قام: " + congratulated);
    assertEquals("TURGOV", congratulated.target().code(), "the one congratulated is the genitive: " + congratulated);
    Event downed = RuleSentences.first("وأسقطت الدفاعات الجوية السورية طائرة إسرائيلية.", "19");
    assertEquals("SYRMIL", downed.source().code(), downed.toString());
    assertEquals("ISR", downed.target().country(), downed.toString());
    assertEquals("0874", RuleSentences.first("وسحبت روسيا قواتها من سوريا.", "08").cameo());
    assertTrue(RuleSentences.events("وأسقطت النيابة التهم عن المتهم.").stream().noneMatch(e -> e.root().equals("19")),
        "charges dropped, nothing shot down");
    Event fire = RuleSentences.first("وفتحت الشرطة النار على المتظاهرين.", "17");
    assertEquals("175", fire.cameo(), "police firing on protesters represses them: " + fire);
  }

  @Test
  void round276AppealsForProtectionInterventionAndAidAndWhatHappened() {
    assertEquals("1034", first("وطالب الرئيس الفلسطيني المجتمع الدولي بتوفير حماية دولية للفلسطينيين.", "10").cameo());
    assertEquals("0234", first("وطلب الرئيس اليمني من المملكة التدخل العسكري لحماية اليمن.", "02").cameo());
    assertEquals("0231", first("وطلبت اليونان قرضا جديدا من الاتحاد الأوروبي.", "02").cameo());
    assertEquals("0332", first("وتعهدت واشنطن بتقديم مساعدات عسكرية لأوكرانيا.", "03").cameo());
    // (a subject the coder knows: "وطالب البنك المواطن" left the citizen asking, round 319)
    assertEquals("100", first("وطالبت الحكومة المواطن بسداد القرض.", "10").cameo(), "a loan repaid is not asked for");
    for (Event e : events("وحدث الاعتداء أثناء تشييع خمسة من مقاتلي الحشد الشعبي.")) {
      assertFalse(e.trigger().text().contains("حدث"), "it happened; no one criticised: " + e);
    }
  }

  @Test
  void round278AStudentIsNoDemand() {
    for (String text : List.of("لقيت مبتعثة حتفها في حادثة إطلاق النار في تكساس نفذها طالب مسلح دخل مدرسة ثانوية.",
        "وتمكن ضابط شرطة من إيقاف طالب سابق فتح النار في مدرسة ثانوية.")) {
      assertTrue(events(text).stream().noneMatch(e -> e.root().equals("10")), "a student: " + events(text));
    }
    assertEquals("10", first("وطالب المحتجون بإسقاط الحكومة.", "10").root(), "the demand stays");
  }

  @Test
  void round279CountedWithItsShaddaIsNoPromise() {
    for (String text : List.of("وعدّه الوزير السعودي بمثابة اعتداء على المملكة.",
        "وعدَّت ميليت نفسها ضحية للقانون الإيرلندي، ورفعت قضيتها إلى لجنة حقوق الإنسان التابعة للأمم المتحدة.")) {
      assertTrue(events(text).stream().noneMatch(e -> e.root().equals("03")), "counted, not promised: " + events(text));
    }
    assertEquals("03", first("ووعد الرئيس المصري بإجراء انتخابات مبكرة.", "03").root(), "a promise stays");
  }

  @Test
  void round286SlogansAsylumAndDecliningPastAnApposition() {
    assertTrue(events("وأطلق المتظاهرون هتافات منددة بالغارات التركية.").stream().noneMatch(e -> e.root().equals("19")),
        "chanted slogans, fired nothing: " + events("وأطلق المتظاهرون هتافات منددة بالغارات التركية."));
    assertTrue(events("هربا من عنف عصابات الجريمة وطلبت العائلة اللجوء.").stream()
        .noneMatch(e -> e.root().equals("02")), "sought asylum, no appeal");
    assertEquals("011", first("وبينما رفض المتحدث العسكري، العقيد سليماني مايغا، الإفصاح عن هوية القتلى.", "01")
        .cameo(), "declined to disclose, past the spokesman's name between commas");
    assertEquals("195", first("وأطلق الحوثيون طائرة مسيرة على جازان.", "19").cameo(), "a drone launched stays");
  }

  @Test
  void round290ApplicationsDemandPenaltiesAndCasesAreNoEvents() {
    for (String text : List.of("ولم ترد وزارة الدفاع الصينية على طلب التعليق.",
        "أعلن البنك السعودي للتسليف والادخار عن البدء باستقبال طلبات الراغبين في الالتحاق على وظائف فروع البنك.",
        "كانت دولة الإمارات أول بلد خليجي يسلك المسار النووي لتلبية الطلب المتزايد على الكهرباء.",
        "وأشاد الجميع بجهود وزارة التجارة في تطبيق العقوبات الفورية على المخالفين.",
        "وقال إن المحكمة تستقبل القضايا المتعلقة بالجرائم المعلوماتية.")) {
      List<Event> events = RuleSentences.events(text);
      assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("02") || e.cameo().startsWith("163")
          || e.cameo().equals("043")), text + " " + events);
    }
    assertFalse(RuleSentences.events("وكان مجلس الأمن الدولي فرض في أبريل الماضي عقوبات على علي عبد الله صالح.").stream()
        .noneMatch(e -> e.cameo().equals("163")), "sanctions on a person are still sanctions");
  }

  @Test
  void round301WhatPromptedFinesAndTagLinesAreNoEvents() {
    assertTrue(RuleSentences.events("وهو ما دعا الحكومة البريطانية إلى إصدار قانون جديد.").isEmpty(),
        "what prompted the government is no appeal");
    assertTrue(RuleSentences.events("وأكد أن القيادة لن تتهاون في فرض العقوبات والغرامات المشددة على المخالفين.")
        .stream().noneMatch(e -> e.cameo().startsWith("163")), "fines on violators are no sanctions");
    assertTrue(RuleSentences.events("سمات اجتماع جون كيري روسيا سيرجي لافروف عادل الجبير قطر").isEmpty(),
        "an article's tags are no sentence");
    assertTrue(RuleSentences.events("ودعا الرئيس الأمريكي إيران إلى الحوار.").stream()
        .anyMatch(e -> e.cameo().startsWith("02")), "a call is still a call");
  }

  @Test
  void round302AFoiledAttackDidNotHappen() {
    Event foiled = RuleSentences.events("أعلنت القوات العراقية، الجمعة، إحباط هجوم شنه مسلحو تنظيم داعش الإرهابي.")
        .stream().filter(e -> e.cameo().startsWith("19")).findFirst().orElseThrow();
    assertEquals(Event.Mode.NEGATED, foiled.mode(), foiled.toString());
    Event plot = RuleSentences.events("واستطاع رجال الأمن إحباط تنفيذ 7 عمليات انتحارية كانت تستهدف المساجد.").stream()
        .filter(e -> e.cameo().startsWith("18")).findFirst().orElseThrow();
    assertEquals(Event.Mode.NEGATED, plot.mode(), plot.toString());
  }
}
