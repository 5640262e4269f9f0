package org.marsad.io;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.doc.Document;
import org.marsad.doc.Event;

/**
 * Writes the events layer as a GDELT 2.0 Events table: one tab-separated row per distinct event of
 * the run, 61 columns in GDELT's order, no header unless asked for. An event reported by several
 * articles is one row whose {@code NumMentions}, {@code NumSources} and {@code NumArticles} count
 * all of them, so rows can only be written once every document has been seen: {@link #write}
 * collects (events are small) and {@link #close} writes, in {@code GlobalEventID} order. The
 * descriptive columns come from the first report, as GDELT's do. The column mapping is in
 * {@code docs/FORMAT.md}.
 */
public final class GdeltEventsWriter implements DocumentWriter {
  /** The columns of a GDELT 2.0 Events row, in order. */
  public static final List<String> COLUMNS = List.of(
      "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
      "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
      "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
      "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  /** GDELT's {@code Geo_Type} for "no location matched". */
  private static final int NO_GEO = 0;

  private final Writer out;
  private final String batch;
  private final boolean header;
  private final GdeltEventIds ids = new GdeltEventIds();
  private final Map<Long, Seen> events = new LinkedHashMap<>();
  private int documents;

  /** An event as first reported, and who reported it since. */
  private static final class Seen {
    final Event first;
    final LocalDate day;
    final String sourceUrl;
    final Set<String> articles = new HashSet<>();
    // null stands for every document whose outlet is unknown: together they count as one source
    final Set<String> sources = new HashSet<>();
    int mentions;

    Seen(Event first, LocalDate day, String sourceUrl) {
      this.first = first;
      this.day = day;
      this.sourceUrl = sourceUrl;
    }
  }

  /**
   * @param added when the run happened: {@code DATEADDED}
   * @param header whether to start with a line of column names (GDELT's files have none)
   */
  public GdeltEventsWriter(Writer out, Instant added, boolean header) {
    this.out = out;
    this.batch = GdeltDates.batch(added);
    this.header = header;
  }

  public GdeltEventsWriter(Writer out, Instant added) {
    this(out, added, false);
  }

  @Override
  public void write(Document document) {
    documents++;
    GdeltSource source = GdeltSource.of(document);
    // the same URL read twice is one article; documents without one are told apart by position
    String article = document.url() != null ? "url:" + document.url() : "#" + documents;
    for (Event event : document.events()) {
      long id = ids.id(document, event);
      Seen seen = events.computeIfAbsent(id, k -> new Seen(event, document.date(), source.identifier()));
      seen.articles.add(article);
      seen.sources.add(source.name());
      seen.mentions += GdeltMentionsWriter.reports(event).size();
    }
  }

  @Override
  public void close() throws IOException {
    if (header) {
      out.write(String.join("\t", COLUMNS) + "\n");
    }
    for (Map.Entry<Long, Seen> e : events.entrySet()) {
      out.write(row(e.getKey(), e.getValue()));
    }
    events.clear();
    out.flush();
  }

  private String row(long id, Seen seen) {
    Event event = seen.first;
    GdeltRow row = new GdeltRow().number(id);
    if (seen.day == null) {
      row.empty(4);
    } else {
      row.text(GdeltDates.day(seen.day))
          .text(GdeltDates.monthYear(seen.day))
          .text(GdeltDates.year(seen.day))
          .text(GdeltDates.fractionDate(seen.day));
    }
    actor(row, event.source());
    actor(row, event.target());
    row.number(event.sentence() == 0 ? 1 : 0) // IsRootEvent: first sentence stands in for the lead
        .text(event.cameo())
        .text(event.base() != null ? event.base() : prefix(event.cameo(), 3))
        .text(event.root() != null ? event.root() : prefix(event.cameo(), 2));
    if (event.quadClass() >= 1 && event.quadClass() <= 4) {
      row.number(event.quadClass());
    } else {
      row.empty(1);
    }
    row.text(goldstein(event.goldstein()))
        .number(seen.mentions)
        .number(seen.sources.size())
        .number(seen.articles.size())
        .empty(1); // AvgTone: Marsad measures no tone
    for (int geo = 0; geo < 3; geo++) {
      // Actor1, Actor2, Action: Marsad does not geocode (no coordinates, FIPS or GAUL codes)
      row.number(NO_GEO).empty(7);
    }
    return row.text(batch).text(seen.sourceUrl).end(COLUMNS.size());
  }

  /** The ten columns of one actor, all empty when the event has none. */
  private static void actor(GdeltRow row, Event.Actor actor) {
    if (actor == null) {
      row.empty(10);
      return;
    }
    row.text(GdeltEventIds.actorCode(actor))
        .text(actor.text())
        .text(actor.country())
        // KnownGroup, Ethnic, Religion1, Religion2: reading them off a layered code (IGOEUREEC)
        // takes CAMEO's tables; the whole code is in ActorCode
        .empty(4)
        .text(actor.role())
        .empty(2); // Type2, Type3: the coder gives one role
  }

  private static String prefix(String code, int length) {
    return code.length() >= length ? code.substring(0, length) : code;
  }

  /** GDELT writes one decimal: 3.4, -10.0, 0.0. */
  static String goldstein(double value) {
    if (Double.isNaN(value)) {
      return null;
    }
    return String.valueOf(Math.round(value * 10) / 10.0);
  }
}
