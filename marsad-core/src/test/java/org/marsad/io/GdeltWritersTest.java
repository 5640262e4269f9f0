package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.doc.Event;
import org.marsad.doc.Sentence;
import org.marsad.doc.Span;

/** The GDELT Events and Mentions writers on hand-built documents. */
class GdeltWritersTest {
  private static final Instant ADDED = Instant.parse("2016-12-27T10:37:12Z");
  private static final LocalDate DAY = LocalDate.of(2016, 12, 27);

  // "Russia condemned the attack. Egypt called on Russia to talk. Egypt renewed its call."
  private static final String TEXT =
      "أدانت روسيا الهجوم. ودعت مصر روسيا إلى الحوار. وجددت مصر دعوتها.";

  private static int at(String word, int from) {
    int i = TEXT.indexOf(word, from);
    assertTrue(i >= 0, word);
    return i;
  }

  private static Span span(String word, int from) {
    int i = at(word, from);
    return Span.of(TEXT, i, i + word.length());
  }

  private static Event.Actor actor(String word, int from, String country, String code) {
    int i = at(word, from);
    return new Event.Actor(i, i + word.length(), word, null, country, code);
  }

  private static final int SECOND = TEXT.indexOf("ودعت");
  private static final int THIRD = TEXT.indexOf("وجددت");

  /** Russia condemns (111), no target, sentence 1. */
  private static Event condemn() {
    return new Event(0, span("أدانت", 0), actor("روسيا", 0, "RUS", "RUSGOV"), null, "111", "111", "11",
        3, -2.0, "ACCUSE", Event.Mode.ASSERTED, null, 0.8, 0, List.of());
  }

  /** Egypt appeals to Russia (020), future mode, in sentence 2; reported again in sentence 3. */
  private static Event appeal() {
    Span trigger = span("ودعت", 0);
    return new Event(1, trigger, actor("مصر", SECOND, "EGY", "EGYGOV"), actor("روسيا", SECOND, "RUS", "RUS"),
        "020", "020", "02", 1, 3.0, "REQUEST", Event.Mode.FUTURE, null, 0.654, 1,
        List.of(new Event.Mention(1, trigger), new Event.Mention(2, span("وجددت", 0))));
  }

  private static Document document(String id, String url, String source, LocalDate date, List<Event> events) {
    return Document.of(id, TEXT, date, source, url, Map.of())
        .withTextLayer(List.of(), List.of(new Sentence(0, SECOND - 1, 0, 0), new Sentence(SECOND, THIRD - 1, 0, 0),
            new Sentence(THIRD, TEXT.length(), 0, 0)))
        .withEvents(events);
  }

  private static List<String[]> rows(String tsv) {
    List<String[]> rows = new ArrayList<>();
    if (tsv.isEmpty()) {
      return rows;
    }
    assertTrue(tsv.endsWith("\n"), "rows end with a newline");
    for (String line : tsv.substring(0, tsv.length() - 1).split("\n", -1)) {
      rows.add(line.split("\t", -1));
    }
    return rows;
  }

  private static String events(boolean header, Document... documents) throws IOException {
    StringWriter out = new StringWriter();
    try (GdeltEventsWriter writer = new GdeltEventsWriter(out, ADDED, header)) {
      for (Document d : documents) {
        writer.write(d);
      }
      assertEquals("", out.toString(), "nothing is written before close");
    }
    return out.toString();
  }

  private static String mentions(Document... documents) throws IOException {
    StringWriter out = new StringWriter();
    try (GdeltMentionsWriter writer = new GdeltMentionsWriter(out, ADDED)) {
      for (Document d : documents) {
        writer.write(d);
      }
    }
    return out.toString();
  }

  private static String col(String[] row, String name, List<String> columns) {
    int i = columns.indexOf(name);
    assertTrue(i >= 0, name);
    return row[i];
  }

  private static String ev(String[] row, String name) {
    return col(row, name, GdeltEventsWriter.COLUMNS);
  }

  private static String mn(String[] row, String name) {
    return col(row, name, GdeltMentionsWriter.COLUMNS);
  }

  @Test
  void columnListsAreGdelts() {
    assertEquals(61, GdeltEventsWriter.COLUMNS.size());
    assertEquals(16, GdeltMentionsWriter.COLUMNS.size());
    assertEquals("GlobalEventID", GdeltEventsWriter.COLUMNS.get(0));
    assertEquals("IsRootEvent", GdeltEventsWriter.COLUMNS.get(25));
    assertEquals("NumMentions", GdeltEventsWriter.COLUMNS.get(31));
    assertEquals("DATEADDED", GdeltEventsWriter.COLUMNS.get(59));
    assertEquals("SOURCEURL", GdeltEventsWriter.COLUMNS.get(60));
    assertEquals("ActionCharOffset", GdeltMentionsWriter.COLUMNS.get(9));
    assertEquals("Extras", GdeltMentionsWriter.COLUMNS.get(15));
  }

  @Test
  void eventsRowsHaveGdeltsColumnsAndValues() throws IOException {
    Document doc = document("a.txt", "https://www.example.com/news/1", "مثال", DAY, List.of(condemn(), appeal()));
    List<String[]> rows = rows(events(false, doc));
    assertEquals(2, rows.size());
    for (String[] row : rows) {
      assertEquals(61, row.length);
    }
    String[] condemn = rows.get(0);
    assertEquals("1", ev(condemn, "GlobalEventID"));
    assertEquals("20161227", ev(condemn, "Day"));
    assertEquals("201612", ev(condemn, "MonthYear"));
    assertEquals("2016", ev(condemn, "Year"));
    assertEquals("2016.9781", ev(condemn, "FractionDate")); // 2016 + (11 * 30 + 27) / 365
    assertEquals("RUSGOV", ev(condemn, "Actor1Code"));
    assertEquals("روسيا", ev(condemn, "Actor1Name"));
    assertEquals("RUS", ev(condemn, "Actor1CountryCode"));
    assertEquals("GOV", ev(condemn, "Actor1Type1Code"));
    assertEquals("", ev(condemn, "Actor2Code"));
    assertEquals("", ev(condemn, "Actor2Name"));
    assertEquals("1", ev(condemn, "IsRootEvent"));
    assertEquals("111", ev(condemn, "EventCode"));
    assertEquals("111", ev(condemn, "EventBaseCode"));
    assertEquals("11", ev(condemn, "EventRootCode"));
    assertEquals("3", ev(condemn, "QuadClass"));
    assertEquals("-2.0", ev(condemn, "GoldsteinScale"));
    assertEquals("1", ev(condemn, "NumMentions"));
    assertEquals("1", ev(condemn, "NumSources"));
    assertEquals("1", ev(condemn, "NumArticles"));
    assertEquals("", ev(condemn, "AvgTone"));
    assertEquals("0", ev(condemn, "ActionGeo_Type"));
    assertEquals("", ev(condemn, "ActionGeo_Lat"));
    assertEquals("20161227103000", ev(condemn, "DATEADDED"));
    assertEquals("https://www.example.com/news/1", ev(condemn, "SOURCEURL"));

    String[] appeal = rows.get(1);
    assertEquals("2", ev(appeal, "GlobalEventID"));
    assertEquals("EGYGOV", ev(appeal, "Actor1Code"));
    assertEquals("RUS", ev(appeal, "Actor2Code"));
    assertEquals("RUS", ev(appeal, "Actor2CountryCode"));
    assertEquals("", ev(appeal, "Actor2Type1Code"), "a bare country has no role");
    assertEquals("0", ev(appeal, "IsRootEvent"), "second sentence");
    assertEquals("02", ev(appeal, "EventRootCode"));
    assertEquals("1", ev(appeal, "QuadClass"));
    assertEquals("2", ev(appeal, "NumMentions"), "reported twice in the article");
    assertEquals("1", ev(appeal, "NumArticles"));
  }

  @Test
  void mentionsRowsCarryOffsetsConfidenceAndExtras() throws IOException {
    Document doc = document("a.txt", "https://www.example.com/news/1", "مثال", DAY, List.of(condemn(), appeal()));
    List<String[]> rows = rows(mentions(doc));
    assertEquals(3, rows.size(), "one row per report: 1 + 2");
    for (String[] row : rows) {
      assertEquals(16, row.length);
    }
    String[] condemn = rows.get(0);
    assertEquals("1", mn(condemn, "GLOBALEVENTID"));
    assertEquals("20161227103000", mn(condemn, "EventTimeDate"));
    assertEquals("20161227103000", mn(condemn, "MentionTimeDate"));
    assertEquals("1", mn(condemn, "MentionType"));
    assertEquals("example.com", mn(condemn, "MentionSourceName"));
    assertEquals("https://www.example.com/news/1", mn(condemn, "MentionIdentifier"));
    assertEquals("1", mn(condemn, "SentenceID"));
    assertEquals(String.valueOf(TEXT.indexOf("روسيا")), mn(condemn, "Actor1CharOffset"));
    assertEquals("-1", mn(condemn, "Actor2CharOffset"), "no target");
    assertEquals("0", mn(condemn, "ActionCharOffset"));
    assertEquals("1", mn(condemn, "InRawText"));
    assertEquals("80", mn(condemn, "Confidence"));
    assertEquals(String.valueOf(TEXT.length()), mn(condemn, "MentionDocLen"));
    assertEquals("", mn(condemn, "MentionDocTone"));
    assertEquals("", mn(condemn, "MentionDocTranslationInfo"));
    assertEquals("<MODE>asserted</MODE><PLOVER>ACCUSE</PLOVER>", mn(condemn, "Extras"));

    String[] appeal = rows.get(1);
    assertEquals("2", mn(appeal, "GLOBALEVENTID"));
    assertEquals("2", mn(appeal, "SentenceID"));
    assertEquals(String.valueOf(TEXT.indexOf("مصر", SECOND)), mn(appeal, "Actor1CharOffset"));
    assertEquals(String.valueOf(TEXT.indexOf("روسيا", SECOND)), mn(appeal, "Actor2CharOffset"));
    assertEquals(String.valueOf(SECOND), mn(appeal, "ActionCharOffset"));
    assertEquals("65", mn(appeal, "Confidence"));
    assertEquals("<MODE>future</MODE><PLOVER>REQUEST</PLOVER>", mn(appeal, "Extras"));

    String[] repeat = rows.get(2);
    assertEquals("2", mn(repeat, "GLOBALEVENTID"));
    assertEquals("3", mn(repeat, "SentenceID"));
    assertEquals(String.valueOf(THIRD), mn(repeat, "ActionCharOffset"));
    assertEquals("-1", mn(repeat, "Actor1CharOffset"), "actors are located in the first report only");
  }

  @Test
  void theSameEventInTwoArticlesIsOneRowAndBothWritersAgreeOnItsId() throws IOException {
    Document first = document("a.txt", "https://www.example.com/news/1", null, DAY, List.of(appeal()));
    // the second article reports the condemnation first, then the same appeal once
    Event appealOnce = new Event(1, span("ودعت", 0), actor("مصر", SECOND, "EGY", "EGYGOV"),
        actor("روسيا", SECOND, "RUS", "RUS"), "020", "020", "02", 1, 3.0, "REQUEST", Event.Mode.FUTURE, null,
        0.5, 1, List.of());
    Document second = document("b.txt", "https://other.org/x", null, DAY, List.of(condemn(), appealOnce));

    List<String[]> events = rows(events(false, first, second));
    assertEquals(2, events.size());
    String[] appeal = events.get(0);
    assertEquals("1", ev(appeal, "GlobalEventID"), "numbered in order of first appearance");
    assertEquals("020", ev(appeal, "EventCode"));
    assertEquals("3", ev(appeal, "NumMentions"), "2 reports in the first article, 1 in the second");
    assertEquals("2", ev(appeal, "NumArticles"));
    assertEquals("2", ev(appeal, "NumSources"), "example.com and other.org");
    assertEquals("https://www.example.com/news/1", ev(appeal, "SOURCEURL"), "the first report's article");
    assertEquals("2", ev(events.get(1), "GlobalEventID"));
    assertEquals("111", ev(events.get(1), "EventCode"));

    List<String[]> mentions = rows(mentions(first, second));
    assertEquals(4, mentions.size());
    List<String> ids = mentions.stream().map(r -> mn(r, "GLOBALEVENTID")).toList();
    assertEquals(List.of("1", "1", "2", "1"), ids);
    assertEquals("https://other.org/x", mn(mentions.get(3), "MentionIdentifier"));
    // every event's mention rows add up to its NumMentions
    for (String[] event : events) {
      long count = ids.stream().filter(ev(event, "GlobalEventID")::equals).count();
      assertEquals(Long.parseLong(ev(event, "NumMentions")), count);
    }
  }

  @Test
  void aDifferentModeOrDayIsADifferentEvent() throws IOException {
    Event negated = new Event(0, span("أدانت", 0), actor("روسيا", 0, "RUS", "RUSGOV"), null, "111", "111", "11",
        3, -2.0, "ACCUSE", Event.Mode.NEGATED, null, 0.8, 0, List.of());
    Document a = document("a.txt", null, null, DAY, List.of(condemn()));
    Document b = document("b.txt", null, null, DAY, List.of(negated));
    Document c = document("c.txt", null, null, DAY.plusDays(1), List.of(condemn()));
    List<String[]> rows = rows(events(false, a, b, c));
    assertEquals(3, rows.size());
    assertEquals("20161228", ev(rows.get(2), "Day"));
    for (String[] row : rows) {
      assertEquals("1", ev(row, "NumArticles"));
    }
  }

  @Test
  void undatedDocumentsLeaveTheDateEmptyAndDoNotMerge() throws IOException {
    Document a = document("a.txt", null, null, null, List.of(condemn()));
    Document b = document("b.txt", null, null, null, List.of(condemn()));
    List<String[]> rows = rows(events(false, a, b));
    assertEquals(2, rows.size());
    for (String col : List.of("Day", "MonthYear", "Year", "FractionDate")) {
      assertEquals("", ev(rows.get(0), col), col);
    }
    assertEquals("a.txt", ev(rows.get(0), "SOURCEURL"), "no URL: the document id");
    List<String[]> mentions = rows(mentions(a, b));
    assertEquals("2", mn(mentions.get(0), "MentionType"), "an id is a citation, not a URL");
    assertEquals("a.txt", mn(mentions.get(0), "MentionIdentifier"));
    assertEquals(List.of("1", "2"), mentions.stream().map(r -> mn(r, "GLOBALEVENTID")).toList());
  }

  @Test
  void articlesWithoutOutletCountAsOneSource() throws IOException {
    Document a = document("a.txt", null, null, DAY, List.of(condemn()));
    Document b = document("b.txt", null, null, DAY, List.of(condemn()));
    Document c = document("c.txt", null, "الأهرام", DAY, List.of(condemn()));
    String[] row = rows(events(false, a, b, c)).get(0);
    assertEquals("3", ev(row, "NumArticles"));
    assertEquals("2", ev(row, "NumSources"));
  }

  @Test
  void tabsAndLineBreaksInValuesCannotBreakARow() throws IOException {
    String text = "أدانت روسيا\tالاتحادية\nالهجوم";
    int start = text.indexOf("روسيا");
    int end = text.indexOf("\nالهجوم");
    String name = text.substring(start, end);
    Event event = new Event(0, Span.of(text, 0, 5), new Event.Actor(start, end, name, null, "RUS", "RUS"), null,
        "111", "111", "11", 3, -2.0, "ACCUSE", Event.Mode.ASSERTED, null, 0.8, 0, List.of());
    Document doc = Document.of("odd\tname\r\n.txt", text, DAY, null, null, Map.of()).withEvents(List.of(event));

    String events = events(false, doc);
    List<String[]> rows = rows(events);
    assertEquals(1, rows.size());
    assertEquals(61, rows.get(0).length);
    assertEquals("روسيا الاتحادية", ev(rows.get(0), "Actor1Name"));
    assertEquals("odd name  .txt", ev(rows.get(0), "SOURCEURL"));

    List<String[]> mentions = rows(mentions(doc));
    assertEquals(1, mentions.size());
    assertEquals(16, mentions.get(0).length);
    assertEquals("odd name  .txt", mn(mentions.get(0), "MentionIdentifier"));
  }

  @Test
  void headerOnlyWhenAskedFor() throws IOException {
    Document doc = document("a.txt", null, null, DAY, List.of(condemn()));
    assertFalse(events(false, doc).startsWith("GlobalEventID"));
    String withHeader = events(true, doc);
    assertTrue(withHeader.startsWith(String.join("\t", GdeltEventsWriter.COLUMNS) + "\n"));
    assertEquals(2, rows(withHeader).size());
    StringWriter out = new StringWriter();
    new GdeltMentionsWriter(out, ADDED, true).close();
    assertEquals(String.join("\t", GdeltMentionsWriter.COLUMNS) + "\n", out.toString());
  }

  @Test
  void formatsAreFoundByName() throws IOException {
    StringWriter out = new StringWriter();
    assertTrue(DocumentWriter.forFormat("gdelt-events", out) instanceof GdeltEventsWriter);
    assertTrue(DocumentWriter.forFormat("gdelt-mentions", out) instanceof GdeltMentionsWriter);
    assertThrows(IllegalArgumentException.class, () -> DocumentWriter.forFormat("gdelt", out));
  }

  @Test
  void dateColumnsFollowGdeltsFormulas() {
    // values seen in GDELT's own rows
    assertEquals("2004.8932", GdeltDates.fractionDate(LocalDate.of(2004, 11, 26)));
    assertEquals("2013.8877", GdeltDates.fractionDate(LocalDate.of(2013, 11, 24)));
    assertEquals("2016.0027", GdeltDates.fractionDate(LocalDate.of(2016, 1, 1)));
    assertEquals("20160101", GdeltDates.day(LocalDate.of(2016, 1, 1)));
    assertEquals("201601", GdeltDates.monthYear(LocalDate.of(2016, 1, 1)));
    assertEquals("20161227101500", GdeltDates.batch(Instant.parse("2016-12-27T10:29:59Z")));
    assertEquals("20161227103000", GdeltDates.batch(Instant.parse("2016-12-27T10:30:00Z")));
  }

  @Test
  void rowsWithTheWrongCellCountAreRefused() {
    GdeltRow row = new GdeltRow().text("a").empty(2);
    assertThrows(IllegalStateException.class, () -> row.end(4));
    assertEquals("a\t\t\n", new GdeltRow().text("a").empty(2).end(3));
  }
}
