package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.doc.Document;
import org.marsad.doc.Event;
import org.marsad.doc.Event.Mode;

class EventStageTest {
  private static Marsad marsad;
  private static Document sample;

  @BeforeAll
  static void analyseSample() throws IOException {
    marsad = Marsad.load();
    Path path = Path.of("../samples/egypt-russia-2016.txt");
    sample = marsad.analyze(Files.readString(path, StandardCharsets.UTF_8), LocalDate.of(2016, 12, 27));
  }

  private static String country(Event.Actor a) {
    return a == null ? null : a.country();
  }

  private static List<Event> find(Document doc, String plover) {
    return doc.events().stream().filter(e -> plover.equals(e.plover())).collect(Collectors.toList());
  }

  @Test
  void russianFlightsToEgyptResumeInTheFuture() {
    assertTrue(sample.events().stream().anyMatch(e -> e.cameo().equals("081") && "RUS".equals(country(e.source()))
        && "EGY".equals(country(e.target())) && e.mode() == Mode.FUTURE), sample.events().toString());
  }

  @Test
  void egyptRequestsBukFromRussia() {
    List<Event> requests = find(sample, "REQUEST");
    assertTrue(requests.stream().anyMatch(e -> "EGY".equals(country(e.source())) && "RUS".equals(country(e.target()))
        && e.root().equals("02")), requests.toString());
    Event request = requests.get(0);
    assertEquals(Mode.REPORTED, request.mode());
    assertEquals("RUSMED", request.speaker().code()); // "ذكرت وسائل الإعلام الروسية أن مصر أرسلت طلبا"
  }

  @Test
  void egyptAndRussiaWillSignTheDabaaContract() {
    List<Event> agree = find(sample, "AGREE");
    assertTrue(agree.stream().anyMatch(e -> e.cameo().equals("057") && e.mode() == Mode.FUTURE
        && Set.of("EGY", "RUS").equals(Set.of(country(e.source()), country(e.target())))), agree.toString());
    // the dialogue partners "ومن بينها السعودية وقطر …" aim at "وقف القتال": they agree on nothing
    assertTrue(agree.stream().allMatch(e -> Set.of("EGY", "RUS").contains(country(e.source()))), agree.toString());
  }

  @Test
  void saudiArabiaAndQatarSupportArmedGroupsAsOneMention() {
    List<Event> support = sample.events().stream().filter(e -> e.trigger().text().equals("تساند")).toList();
    assertEquals(Set.of("SAU", "QAT"), support.stream().map(e -> country(e.source())).collect(Collectors.toSet()));
    assertEquals(1, support.stream().map(Event::mention).distinct().count(), "one mention, one event per actor");
    for (Event e : support) {
      assertEquals("SUPPORT", e.plover());
      assertEquals("UAF", e.target().code(), "the armed groups, not the Syrian president they fight");
    }
  }

  @Test
  void russiaConsultsFiveArabStates() {
    Set<String> targets = find(sample, "CONSULT").stream()
        .filter(e -> "RUS".equals(country(e.source()))).map(e -> country(e.target())).collect(Collectors.toSet());
    assertEquals(Set.of("SAU", "QAT", "EGY", "JOR", "ARE"), targets);
  }

  @Test
  void noEventHasAWrongParty() {
    // who may act on whom in this article: Egypt, Russia, the Gulf states, Jordan, Iran, Turkey, and the
    // armed groups, extremists and armed opposition of the Syrian war (role codes with no country)
    Set<String> parties = Set.of("EGY", "RUS", "SAU", "QAT", "JOR", "ARE", "IRN", "TUR");
    Set<String> stateless = Set.of("UAF", "IMG", "REB");
    for (Event e : sample.events()) {
      for (Event.Actor a : new Event.Actor[] {e.source(), e.target()}) {
        // (what Russia's foreign ministry wrote is about Obama's administration: "ذكرت فيها: لم تتمكن إدارة
        // الرئيس الأمريكي باراك أوباما", a statement's topic, RUS 010 USA)
        boolean topic = a != null && a == e.target() && e.root().equals("01") && "USA".equals(a.country())
            && "RUS".equals(country(e.source()));
        if (a != null && !topic) {
          assertTrue(a.country() == null ? stateless.contains(a.code()) : parties.contains(a.country()),
              "unexpected party " + a + " in " + e);
        }
      }
      assertFalse("USA".equals(country(e.source())), e.toString());
      assertFalse("SYR".equals(country(e.target())), "nobody in the article acts on Syria's government: " + e);
    }
  }

  @Test
  void aRepeatedEventIsCountedOnceWithBothMentions() {
    Document doc = marsad.analyze("اعتقلت الشرطة المصرية عشرات المتظاهرين. وقد اعتقلت الشرطة المصرية عشرات المتظاهرين.",
        LocalDate.of(2016, 1, 1));
    List<Event> arrests = doc.events().stream().filter(e -> e.cameo().equals("173")).toList();
    assertEquals(1, arrests.size(), doc.events().toString());
    assertEquals(2, arrests.get(0).mentions().size());
    assertEquals(Set.of(0, 1), arrests.get(0).mentions().stream().map(Event.Mention::sentence).collect(Collectors.toSet()));
  }

  @Test
  void modes() {
    Map<String, Mode> cases = Map.of(
        "لم تهاجم القوات الإسرائيلية مدينة غزة.", Mode.NEGATED,
        "ستهاجم القوات الإسرائيلية مدينة غزة.", Mode.FUTURE,
        "إذا هاجمت القوات الإسرائيلية مدينة غزة فإن الحرب ستتسع.", Mode.HYPOTHETICAL,
        "هاجمت القوات الإسرائيلية مدينة غزة.", Mode.ASSERTED,
        "قال مسؤول فلسطيني إن القوات الإسرائيلية هاجمت مدينة غزة.", Mode.REPORTED,
        "نفى متحدث إسرائيلي أن القوات الإسرائيلية هاجمت مدينة غزة.", Mode.NEGATED);
    assertAttackModes(cases);
  }

  /** Each sentence's attack (a form of هاجم) has the mode given, and Israel as its source. */
  private static void assertAttackModes(Map<String, Mode> cases) {
    for (Map.Entry<String, Mode> c : cases.entrySet()) {
      Document doc = marsad.analyze(c.getKey(), LocalDate.of(2016, 1, 1));
      List<Event> attacks = doc.events().stream().filter(e -> e.trigger().text().contains("هاجم")).toList();
      assertFalse(attacks.isEmpty(), c.getKey() + " → " + doc.events());
      assertEquals(c.getValue(), attacks.get(0).mode(), c.getKey());
      assertEquals("ISR", country(attacks.get(0).source()), c.getKey());
    }
  }

  @Test
  void wordsThatLookLikeNegationOrFutureButAreNot() {
    Map<String, Mode> cases = Map.of(
        // "لا تزال" is "still", "لما" before a perfective is "to what", not "not yet"
        "هاجمت القوات الإسرائيلية مدينة غزة فيما لا تزال الاشتباكات مستمرة.", Mode.ASSERTED,
        "هاجمت القوات الإسرائيلية مدينة غزة وفقا لما أعلن الجيش.", Mode.ASSERTED,
        // a perfective verb tells the past even beside a date after the publication date
        "وكانت القوات الإسرائيلية قد هاجمت مدينة غزة يوم 5 يناير.", Mode.ASSERTED,
        // a future marker before أن governs the clause after it
        "ومن المقرر أن تهاجم القوات الإسرائيلية مدينة غزة.", Mode.FUTURE);
    assertAttackModes(cases);
  }

  @Test
  void theSubjectBetweenKanaAndTheVerb() {
    Document doc = marsad.analyze("وكانت دمشق اتهمت إسرائيل بشن غارة على مطار التيفور.", LocalDate.of(2018, 4, 17));
    Event accusation = doc.events().stream().filter(e -> e.cameo().startsWith("11")).findFirst()
        .orElseThrow(() -> new AssertionError(doc.events()));
    assertEquals("SYR", country(accusation.source()));
    assertEquals("ISR", country(accusation.target()));
  }

  @Test
  void reportedSpeechKeepsTheSpeakerAndCodesTheStatement() {
    Document doc = marsad.analyze("قال وزير الخارجية الأمريكي إن بلاده ستفرض عقوبات على إيران.", LocalDate.of(2016, 1, 1));
    Event statement = doc.events().stream().filter(e -> e.cameo().equals("010")).findFirst().orElseThrow();
    assertEquals("USAGOV", statement.source().code());
  }

  @Test
  void vsoAndSvoWordOrder() {
    for (String text : List.of("أرسلت مصر طلبا إلى موسكو.", "مصر أرسلت طلبا إلى موسكو.")) {
      Document doc = marsad.analyze(text, LocalDate.of(2016, 1, 1));
      Event e = find(doc, "REQUEST").stream().findFirst().orElseThrow(() -> new AssertionError(text + " " + doc.events()));
      assertEquals("EGY", country(e.source()), text);
      assertEquals("RUS", country(e.target()), text);
    }
  }

  @Test
  void noCodableEventNoEvent() {
    Document doc = marsad.analyze("الطقس مشمس في القاهرة اليوم والحرارة معتدلة.", LocalDate.of(2016, 1, 1));
    assertTrue(doc.events().isEmpty(), doc.events().toString());
    Document noActor = marsad.analyze("ثم يلي ذلك توقيع عقود تفصيلية.", LocalDate.of(2016, 1, 1));
    assertTrue(noActor.events().isEmpty(), "a signing with no party is not coded: " + noActor.events());
  }
}
