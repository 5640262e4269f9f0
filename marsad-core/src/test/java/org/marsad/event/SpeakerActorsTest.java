package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Who speaks and who is spoken to: the statement errors of the hand-judged samples (a titled speaker's
 * name coded as the target, '?' for media and role nouns the tagger took for names, a platform or a
 * state's "ولاية" as the addressee). Sentences written for the test in the style of 2018 news; rules alone.
 */
class SpeakerActorsTest {
  private static final LocalDate DATE = LocalDate.of(2018, 6, 1);

  private static Event statement(String text) {
    return RuleSentences.first(text, "01", DATE);
  }

  @Test
  void aNameTheKnowledgeBaseLacksAfterATitleIsTheTitledSpeakerNotTheTarget() {
    Event e = statement("أعلن وزير النفط السعودي خالد الفالح تعليقا فوريا لصادرات النفط.");
    assertEquals("SAUGOV", e.source().code());
    assertNull(e.target(), e.toString());
    Event spokeswoman = statement("وقالت الناطقة باسم وزارة الخارجية الأميركية هيذر نويرت إن المعلومات مروعة.");
    assertEquals("USAGOV", spokeswoman.source().code());
    assertNull(spokeswoman.target(), spokeswoman.toString());
  }

  @Test
  void theNameAfterATitleStaysTheObjectWhenNoTitleStandsBeforeTheSubject() {
    // (the police accusing a private person charge him: 173, legal action)
    Event e = RuleSentences.first("اتهمت الشرطة محمد علي بالسرقة.", "17", DATE);
    assertEquals("COP", e.source().code());
    assertNotNull(e.target(), "a body is no title: the name after it is the one accused");
  }

  @Test
  void aNameAfterAMediaHeadNounIsThatOutletWithTheNisbaAfterIt() {
    Event e = statement("وقالت صحيفة هاآريتس الإسرائيلية إن الجيش قصف غزة.");
    assertEquals("ISRMED", e.source().code());
    assertNull(e.target(), e.toString());
  }

  @Test
  void aForeignNameWhoseFirstLetterLooksLikeTheConjunctionIsLinkedWhole() {
    Event e = statement("وذكرت صحيفة وول ستريت جورنال أن الشركة ستغلق مصانعها.");
    assertEquals("USAMED", e.source().code());
    assertEquals("AREMED", statement("وأفاد مراسل سكاي نيوز عربية بأن الجيش دخل المدينة.").source().code(),
        "the longer alias of a channel wins over its shorter one");
  }

  @Test
  void aRoleNounTheTaggerTookForANameIsCodedByTheAgentLexicon() {
    assertEquals("CVL", statement("وقال ناشطون إن القوات قصفت البلدة.").source().code());
  }

  @Test
  void aRoleNounWithACountryAsItsGenitiveIsThatCountrysGovernment() {
    assertEquals("QATGOV", statement("وقال أمير قطر إن بلاده ترفض الحصار.").source().code());
    Event accuse = RuleSentences.first("اتهم رئيس وزراء باكستان الهند بدعم الإرهاب.", "11", DATE);
    assertEquals("PAKGOV", accuse.source().code());
    assertEquals("IND", accuse.target().country());
    for (Event e : RuleSentences.events("اتهم الرئيس اليمني إيران بتهديد أمن اليمن واستقراره.", DATE)) {
      for (Event.Actor a : java.util.Arrays.asList(e.source(), e.target())) {
        assertTrue(a == null || !"YEMCOP".equals(a.code()), "أمن اليمن is Yemen's security, not its police: " + e);
      }
    }
  }

  @Test
  void aCountryNamedAloneAfterItsEmirIsTheCountryNotTheEmir() {
    var statements = RuleSentences.events("وقال أمير قطر إن بلاده ترفض الحصار. وقالت قطر إن الوكالة تعرضت للقرصنة.", DATE)
        .stream().filter(e -> e.root().equals("01")).toList();
    assertEquals(2, statements.size(), statements.toString());
    assertEquals("QATGOV", statements.get(0).source().code());
    assertEquals("QAT", statements.get(1).source().code(), "the name memory is for people's names");
  }

  @Test
  void aPlatformOrAStateTermAfterTheVerbIsNoAddressee() {
    assertNull(statement("وقال الرئيس الأمريكي الخميس في تغريدة له على تويتر إن الاتفاق جيد.").target());
    assertNull(statement("وقال مادورو خلال الإعلان عن فوزه بولاية ثانية إن القرار نهائي.").target());
    assertNull(statement("وقال قرقاش على حسابه: \"كنا على اتصال بالمسؤولين في الحملة\".").target(),
        "a colon opens what is said");
  }

  @Test
  void aTitleRightAfterAnUnknownNameIsItsAppositionAndAnEnvoysPostIsNoAddressee() {
    assertEquals("USAGOV", statement("وقالت نيكي هيلي سفيرة الولايات المتحدة لدى الأمم المتحدة إن القرار خاطئ.")
        .source().code());
    Event envoy = statement("وقال سفير مصر لدى الخرطوم أسامة شلتوت في تصريحات صحفية إن القمة ستناقش القضايا.");
    assertEquals("EGYGOV", envoy.source().code());
    assertNull(envoy.target(), "where the ambassador serves is part of his title");
    assertEquals("BUS", statement("وقال رئيس مجلس إدارة الشركة إن القطارات توقفت.").source().code());
  }

  @Test
  void aTradeOrAJudicialTitleSaysWhatTheSpeakerIs() {
    assertEquals("JUD", statement("وقال القاضي ديفيد وليامز في قراره إن خبيرا يعالج سكريبال.").source().code());
    assertEquals("EDU", statement("وفي مصر، قال طارق فهمي، أستاذ العلاقات السياسية، إن الجولة جاءت استكمالا.")
        .source().code());
    assertEquals("KORCVL", statement("وقال الناشط الكوري الجنوبي شوي سونغ ريونغ إن الأمريكيين سيفرج عنهم.")
        .source().code(), "الكوري الجنوبي is South Korean");
    assertEquals("FRAJUD", statement("وأعلن مدعي عام باريس أن المهاجم قتل.").source().code(),
        "a role noun with a capital is that country's role, not its government");
    Event told = statement("وقال عباسي للصحفيين إن الاسم مقبول.");
    assertNull(told.source().code(), "a trade behind ل is the addressee, not the speaker's title: " + told);
    assertNull(told.target(), "and the press addressed carries the words, it is no target: " + told);
  }

  @Test
  void aVerbsNeededWordMayBeItsObject() {
    Event arrest = RuleSentences.first("وكانت قوات الأمن المصرية قد اعتقلت ليل السبت للأحد الناشط حازم عبد العظيم.",
        "17", DATE);
    assertEquals("EGYCOP", arrest.source().code());
    assertNotNull(arrest.target(), arrest.toString());
    assertEquals("EGYCVL", arrest.target().code(), "held by Egypt's forces (round 140)");
  }

  @Test
  void whatIsAddedOrStressedAfterAnIsReported() {
    Event e = RuleSentences.first("وأضاف أن القوات قصفت البلدة.", "19", DATE);
    assertEquals(Event.Mode.REPORTED, e.mode());
    assertTrue(RuleSentences.events("وتابع الرئيس الوضع في البلاد.", DATE).isEmpty(),
        "تابع without its complement is following, not saying");
  }

  @Test
  void aDayIsNoPartOfTheSpeakersNameAndAfricanNoCountry() {
    Event hadi = statement("وفي سياق متصل، قال هادي الخميس إن الانتصار الوشيك في الحديدة سيكون خاتمة للانقلاب.");
    assertEquals("هادي", hadi.source().text(), "the day after the name is no part of it");
    Event anc = statement("وأصدر حزب المؤتمر الوطني الأفريقي بيانا قال فيه إن الاستقالة منحت الثقة.");
    assertTrue(anc.source() == null || anc.source().country() == null, "African is a continent's: " + anc);
  }

  @Test
  void round31SpokesmenTitlesAndGovernors() {
    Event spokesman = statement("وقال الناطق الرسمي باسم الحكومة اليمنية إن الهجوم فشل.");
    assertEquals("YEMGOV", spokesman.source().code(), "a spokesman is his body's, not the media");
    Event ministry = statement("وقال الناطق الرسمي لوزارة الدفاع الروسية إن الهجوم فشل.");
    assertEquals("RUS", ministry.source().country());
    assertTrue(!ministry.source().code().endsWith("MED"), ministry.toString());
    assertEquals("GOV", statement("كما أكد الملك فهد على نجاح الزيارة.").source().code(), "a king the KB lacks");
    assertEquals("SAUGOV", statement("كما أكد الملك سلمان على نجاح الزيارة.").source().code(), "one it has (round 85)");
    assertEquals("MIL", statement("وشدد الجنرال هلاينغ على القول إن الانضباط دائم.").source().code());
    assertEquals("IRQGOV", statement("وأكد نائب محافظ صلاح الدين، عمار حكمت، أن الهجوم وقع السبت.").source().code(),
        "a governor of a province is its country's government");
    assertEquals("CVL", statement("وقال دانييل كولنبرغ، شاهد عيان، لبي بي سي: أعتقد أنه كان متعمدا.").source().code());
    Event remembered = RuleSentences.events("والتقى العاهل السعودي الملك سلمان بالوزير. وأكد الملك سلمان أن "
        + "الزيارة ناجحة.", DATE).stream().filter(e -> e.cameo().equals("010")).findFirst().orElseThrow();
    assertEquals("SAUGOV", remembered.source().code(), "the title's role completed by the name's memory");
  }

  @Test
  void round35FirstPersonVerbsAndVerbsTheSegmenterLeftWhole() {
    Event we = RuleSentences.events("وقال وزير الخارجية الإيراني: \"ندعو الصين إلى الوقوف ضد العقوبات\".", DATE).stream()
        .filter(e -> e.cameo().startsWith("02")).findFirst().orElseThrow();
    assertEquals("IRNGOV", we.source().code(), "the speaker is the verb's we: " + we);
    assertEquals("CHN", we.target().country(), "the object right after the verb");
    assertTrue(RuleSentences.events("وجاء في بيان: \"نرفض تشكيل أي حكومة جديدة\".", DATE).stream()
        .noneMatch(e -> e.source() != null && "GOV".equals(e.source().code())), "the government is the object");
    Event called = RuleSentences.first("ودعت الحكومة الفرنسية المتظاهرين إلى الهدوء.", "02", DATE);
    assertEquals("FRAGOV", called.source().code(), "\"ودعت\" is and + called, not bade farewell");
    Event two = RuleSentences.first("يتهم الرئيس رجب طيب أردوغان غولن بتدبير محاولة الانقلاب.", "11", DATE);
    assertEquals("TURGOV", two.source().code(), "two people side by side: " + two);
    assertNotNull(two.target());
  }

  @Test
  void aSpeakersIDemandIsTheSpeakersDemand() {
    org.marsad.doc.Event demand = RuleSentences.first("وقال وزير الخارجية اليمني: \"أطالب الحكومة اللبنانية بوقف بث القناة\".", "10");
    org.junit.jupiter.api.Assertions.assertEquals("YEMGOV", demand.source().code(), "the speaker is 'I': " + demand);
    org.junit.jupiter.api.Assertions.assertEquals("LBNGOV", demand.target().code(), "the one demanded of");
  }

  @Test
  void round42ASubjectNamedBetweenCommasAndHisCounterpart() {
    org.marsad.doc.Event hosts = RuleSentences.first("أعلن البيت الأبيض، الجمعة، أن الرئيس الأميركي، دونالد ترامب، سيستقبل "
        + "نظيره الكوري الجنوبي مون جيه إن في 22 مايو.", "04");
    org.junit.jupiter.api.Assertions.assertEquals("USAGOV", hosts.source().code(), "the subject before the commas: " + hosts);
    org.junit.jupiter.api.Assertions.assertEquals("KORGOV", hosts.target().code(), "his counterpart is received");
    org.marsad.doc.Event bannon = RuleSentences.first("وهاجم بانون، المدير السابق للموقع الإخباري، وسائل الإعلام قائلا إنها "
        + "تكذب.", "1");
    org.junit.jupiter.api.Assertions.assertEquals("111", bannon.cameo(), "an attack in words: " + bannon);
    org.marsad.doc.Event declined = RuleSentences.first("ورفض البيت الأبيض وممثلون عن نادر ومكتب التحقيق التابع لمولر "
        + "التعليق على هذه المعلومات.", "01");
    org.junit.jupiter.api.Assertions.assertEquals("011", declined.cameo(), "declined to comment: " + declined);
  }

  @Test
  void round43AnInternationalBodyAndACountryNextToEachOtherAreTwoParties() {
    Event called = RuleSentences.first("ودعت الأمم المتحدة الصين إلى إطلاق سراح المحتجزين.", "0");
    assertEquals("IGOUNO", called.source().code(), called.toString());
    assertEquals("CHN", called.target().code());
  }

  @Test
  void round43NationalSecurityIsTheGovernmentsAndAirlinesAreNoAirForce() {
    Event said = RuleSentences.first("وقال مستشار الأمن القومي الأمريكي إن العقوبات ستعود.", "01");
    assertEquals("USAGOV", said.source().code(), "an adviser of the government, not the police: " + said);
    Event asked = RuleSentences.first("وطلبت السلطات الفلبينية من شركات الطيران إجلاء مواطنيها.", "02");
    assertEquals("BUS", asked.target().code(), "airlines are companies: " + asked);
  }

  @Test
  void round43ASurnameTheTaggerCallsAnAdjectiveIsStillTheMan() {
    Event said = RuleSentences.first("وقال مراقبون إن ماكرون انتقد سياسة ترامب التجارية.", "11");
    assertEquals("FRAGOV", said.source().code(), said.toString());
  }

  @Test
  void round44TwoPeopleSideBySideAndATitleBehindAPrepositionAreTwoParties() {
    Event met = RuleSentences.first("والتقت ميركل ترامب في زيارة عمل قصيرة إلى واشنطن.", "04");
    assertEquals("DEUGOV", met.source().code(), "the model tags both names as one: " + met);
    assertEquals("USAGOV", met.target().code());
    Event meets = RuleSentences.first("وسيلتقي ولي العهد السعودي بالرئيس الروسي في موسكو.", "04");
    assertEquals("RUSGOV", meets.target().code(), "behind ب, the one met: " + meets);
    Event official = RuleSentences.first("وأعلن مسؤول كبير بوزارة الدفاع الأفغانية أن الضربة وقعت.", "01");
    assertEquals("AFGGOV", official.source().code(), "an official of the ministry: " + official);
    Event tv = RuleSentences.first("كما أفاد التلفزيون الرسمي التركي نقلا عن وزارة الصحة بمقتل عشرة أشخاص.", "01");
    assertNull(tv.target(), "whom it is quoted from is no target: " + tv);
  }

  @Test
  void round45ASanctionsSystemIsNoRegime() {
    assertTrue(RuleSentences.events("ويمدد القرار نظام عقوبات مستهدفة متعلقا بالحرب في اليمن.").stream()
        .noneMatch(e -> e.source() != null && "GOV".equals(e.source().code())), "نظام عقوبات is a system");
  }

  @Test
  void round47ANounsOwnPronounIsItsAgentAndAffairsAreATopic() {
    Event backed = RuleSentences.first("وأعربت المنامة الخميس عن تأييدها للضربات الإسرائيلية في سوريا.", "05");
    assertEquals("BHRGOV", backed.source().code(), "the pronoun's owner backs, not the strikes' owner: " + backed);
    assertTrue(RuleSentences.events("وقال أندرو غاردنر الباحث في الشؤون التركية لدى منظمة العفو الدولية إن الطوارئ مهدت للانتهاكات.")
        .stream().noneMatch(e -> e.source() != null && "TUR".equals(e.source().country())),
        "Turkish affairs are his topic, not his country");
  }

  @Test
  void round47IDoOfADefectiveVerbIsTheSpeakers() {
    assertTrue(RuleSentences.events("وأضاف المبعوث: أدعو السلطات الإسرائيلية مجددا إلى وقف عمليات الهدم.").stream()
        .noneMatch(e -> e.source() != null && "ISRGOV".equals(e.source().code())), "أدعو: I call, Israel is called on");
  }

  @Test
  void round91ASpeakersOwnForcesAreOfItsCountry() {
    List<Event> said = RuleSentences.events("قال جيش الاحتلال الإسرائيلي، في بيان، إن جنوده قتلوا فلسطينياً بالرصاص.");
    assertTrue(said.stream().anyMatch(e -> e.root().equals("19") && e.source() != null
        && "ISRMIL".equals(e.source().code())), "his soldiers are the army's: " + said);
    List<Event> fighters = RuleSentences.events("قالت حركة الشباب الصومالية، الاثنين، إن مقاتليها هاجموا قاعدة عسكرية.");
    assertTrue(fighters.stream().anyMatch(e -> e.root().equals("19") && e.source() != null
        && "SOMREB".equals(e.source().code())), "a group's own fighters are the group: " + fighters);
  }

  @Test
  void round111OneOfThoseHoldingATitleIsWhatTheTitleSays() {
    Event lawyer = RuleSentences.first("وقال عادل محمد الإمام، أحد محامي الدفاع عن نورا، إن الزوج حاول اغتصابها.", "01");
    assertEquals("JUD", lawyer.source().code(), "a lawyer, as the agent lexicon codes lawyers: " + lawyer);
    Event adviser = RuleSentences.first("وقال عادل محمد الإمام، أحد مستشاري وزير الخارجية المصري، إن الوفد سيصل.", "01");
    assertEquals("EGYGOV", adviser.source().code(), adviser.toString());
  }

  @Test
  void round113AnOfficialOfAnInternationalBodyIsThatBody() {
    Event un = RuleSentences.first("وقال ينس لايركه، المسؤول بمكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، إن الموظفين باقون في اليمن.", "01");
    assertEquals("IGOUNO", un.source().code(), un.toString());
    Event icrc = RuleSentences.first("وقال إيف داكور، المدير العام للجنة الدولية للصليب الأحمر، إن الأفراد طردوا.", "01");
    assertEquals("NGOHLHIRC", icrc.source().code(), icrc.toString());
  }

  @Test
  void round114ABodyInConstructWithAPlaceOrAGenitiveAndANisbaIsOfThatCountry() {
    Event police = RuleSentences.first("وقالت شرطة دالاس إن رجالها يواجهون مشتبها به.", "01");
    assertEquals("USACOP", police.source().code(), "a city as the body's genitive: " + police);
    Event commission = RuleSentences.first("أعلنت لجنة الانتخابات التركية العليا، الأحد، أسماء المرشحين.", "01");
    assertEquals("TURGOV", commission.source().code(), commission.toString());
    assertNull(commission.target(), "the nisba is the commission's, no second actor: " + commission);
    Event court = RuleSentences.first("أيدت محكمة الاستئناف الفرنسية الحكم على المتهم.", "17");
    assertEquals("FRAJUD", court.source().code(), court.toString());
  }

  @Test
  void round115TitlesAndPostsAroundANameAreItsHolders() {
    Event senator = RuleSentences.first("وقال السناتور ماركو روبيو يوم السبت إن تقارير تثير أسئلة.", "01");
    assertEquals("USALEG", senator.source().code(), "a title, not a second party: " + senator);
    assertNull(senator.target(), senator.toString());
    Event veteran = RuleSentences.first("انتقد السيناتور الجمهوري المخضرم جون ماكين الرئيس ترامب.", "11");
    assertEquals("USALEG", veteran.source().code(), veteran.toString());
    assertEquals("USAGOV", veteran.target().code(), veteran.toString());
    Event spokesman = RuleSentences.first("وقال شين تشونج-تشي المتحدث باسم وزارة الدفاع التايوانية: إن قواتنا استعرضت قدراتها.", "01");
    assertEquals("TWN", spokesman.source().country(), "a post of five words after the name: " + spokesman);
    Event minister = RuleSentences.first("ذكرت وكالات روسية إن وزير الدفاع، سيرغي شويغو، قال إن الدرع الصاروخية مثقوبة.", "01");
    assertEquals("RUSGOV", minister.source().code(), "the title and the name between commas, then the verb: " + minister);
  }

  @Test
  void round116ASpeakerTheCoderCannotCodeIsStillTold() {
    Event kidnap = RuleSentences.first("قالت مصادر ليبية، الأربعاء، إن مليشيات اختطفت عضو المجلس فتحي المجبري.", "18");
    assertEquals("مصادر ليبية", kidnap.speaker().text(), kidnap.toString());
    assertNull(kidnap.speaker().code(), "no actor, only whose word it is: " + kidnap);
    Event strike = RuleSentences.first("قال شهود عيان إن طائرة إسرائيلية قصفت فجر الأحد سيارة مدنية.", "19");
    assertEquals("شهود عيان", strike.speaker().text(), strike.toString());
    Event dated = RuleSentences.first("وقال أيضا إن طائرة إسرائيلية قصفت سيارة.", "19");
    assertNull(dated.speaker(), "an adverb is no speaker: " + dated);
  }

  @Test
  void round116TheOutletAStatementIsToldToIsNoTarget() {
    Event told = RuleSentences.first("وقال المرصد السوري لحقوق الإنسان لرويترز إن القصف استمر.", "01");
    assertEquals("SYRHRI", told.source().code(), told.toString());
    assertNull(told.target(), "Reuters carries the words: " + told);
    Event un = RuleSentences.first("أكد الأمين العام للأمم المتحدة أنطونيو غوتيريس الاثنين أن السلام هدف القمة.", "01");
    assertEquals("IGOUNO", un.source().code(), un.toString());
    assertNull(un.target(), "the office and its holder are one actor: " + un);
  }

  @Test
  void round120AProsecutorByTitleAndABodyInARegionOfANamedCountry() {
    Event demand = RuleSentences.first("وكانت المدعية كريستينا فويغت قد طالبت بسجن آرنو ثلاث سنوات.", "10");
    assertEquals("JUD", demand.source().code(), demand.toString());
    Event police = RuleSentences.first("قالت الشرطة في إقليم فاليه جنوبي غرب سويسرا، إن 14 متجولا من فرنسا وألمانيا حوصروا.", "01");
    assertEquals("CHECOP", police.source().code(), "the region unknown, its country named: " + police);
  }

  @Test
  void round121OpponentsOfALeaderAreHisCountrysOpposition() {
    Event critics = RuleSentences.first("وانتقد معارضو بوتين الانتخابات ووصفوها بأنها غير عادلة.", "11");
    assertEquals("RUSOPP", critics.source().code(), critics.toString());
    Event arrested = RuleSentences.first("واعتقلت الشرطة معارضي أردوغان.", "17");
    assertEquals("TUROPP", arrested.target().code(), "his opponents, not Erdoğan: " + arrested);
  }

  @Test
  void round123KinCampaignsAndGeneralsBeforeTheirPosts() {
    Event fiancee = RuleSentences.first("قالت خطيبة خاشقجي، التي طلبت عدم نشر اسمها، إنها كانت أمام القنصلية السعودية.", "01");
    assertEquals("SAUCVL", fiancee.source().code(), "his fiancée, not the journalist: " + fiancee);
    Event campaign = RuleSentences.first("أعلنت حملة ترامب لانتخابات 2020 الثلاثاء أن ماكنتي سيخدم مستشارا.", "01");
    assertEquals("USAPTY", campaign.source().code(), campaign.toString());
    Event generals = RuleSentences.first("استقبل الفريق محمد فريد، رئيس أركان الجيش المصري، الفريق أول ركن فياض بن حامد الرويلي، رئيس هيئة الأركان العامة للجيش السعودي، والوفد المرافق له.", "04");
    assertEquals("EGYMIL", generals.source().code(), generals.toString());
    assertEquals("SAUMIL", generals.target().code(), generals.toString());
  }

  @Test
  void round128ATitledNameTakesItsPostsCountryWithoutACommaToo() {
    Event general = RuleSentences.first("وقال الجنرال كينيث ماكنزي مدير هيئة الأركان العسكرية الأمريكية المشتركة إنها كانت دقيقة.", "01");
    assertEquals("USAMIL", general.source().code(), "his rank's role, his post's country: " + general);
  }
}
