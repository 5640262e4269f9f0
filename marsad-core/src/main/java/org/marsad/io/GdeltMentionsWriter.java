package org.marsad.io;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.marsad.doc.Document;
import org.marsad.doc.Event;

/**
 * Writes the events layer as a GDELT 2.0 Mentions table: one tab-separated row per report of an
 * event, 16 columns in GDELT's order, no header unless asked for. Rows are written as documents
 * arrive; each carries the {@code GLOBALEVENTID} that {@link GdeltEventsWriter} gives the event
 * when it reads the same documents in the same order. The column mapping is in
 * {@code docs/FORMAT.md}.
 */
public final class GdeltMentionsWriter implements DocumentWriter {
  /** The columns of a GDELT 2.0 Mentions row, in order. */
  public static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
      "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
      "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras");

  /** GDELT's offset for an actor it did not find. */
  static final int NOT_FOUND = -1;

  private final Writer out;
  private final String batch;
  private final GdeltEventIds ids = new GdeltEventIds();

  /**
   * @param added when the run happened: {@code EventTimeDate} and {@code MentionTimeDate}
   * @param header whether to start with a line of column names (GDELT's files have none)
   */
  public GdeltMentionsWriter(Writer out, Instant added, boolean header) throws IOException {
    this.out = out;
    this.batch = GdeltDates.batch(added);
    if (header) {
      out.write(String.join("\t", COLUMNS) + "\n");
    }
  }

  public GdeltMentionsWriter(Writer out, Instant added) throws IOException {
    this(out, added, false);
  }

  @Override
  public void write(Document document) throws IOException {
    GdeltSource source = GdeltSource.of(document);
    for (Event event : document.events()) {
      long id = ids.id(document, event);
      for (Event.Mention report : reports(event)) {
        out.write(row(id, document, source, event, report));
      }
    }
    out.flush();
  }

  private String row(long id, Document document, GdeltSource source, Event event, Event.Mention report) {
    // the actors' places are known for the first report only; a repeat names its trigger alone
    boolean first = report.sentence() == event.sentence() && report.trigger().equals(event.trigger());
    return new GdeltRow()
        .number(id)
        .text(batch)
        .text(batch)
        .number(source.type())
        .text(source.name())
        .text(source.identifier())
        .number(report.sentence() + 1L)
        .number(first ? offset(event.source()) : NOT_FOUND)
        .number(first ? offset(event.target()) : NOT_FOUND)
        .number(report.trigger().start())
        .number(1) // InRawText: coded from the article as written, nothing rewritten
        .number(percent(event.confidence()))
        .number(document.text().length())
        .empty(1) // MentionDocTone: Marsad measures no tone
        .empty(1) // MentionDocTranslationInfo: the Arabic is coded natively, not translated
        .text(extras(event))
        .end(COLUMNS.size());
  }

  /**
   * Every report of the event: its {@code mentions}, or the event's own sentence and trigger when
   * the list is empty. {@link GdeltEventsWriter} counts {@code NumMentions} with the same list, so
   * an event's mention rows always add up to its count.
   */
  static List<Event.Mention> reports(Event event) {
    return event.mentions().isEmpty()
        ? List.of(new Event.Mention(event.sentence(), event.trigger()))
        : event.mentions();
  }

  private static int offset(Event.Actor actor) {
    return actor == null ? NOT_FOUND : actor.start();
  }

  /** GDELT's {@code Confidence} is a percentage. */
  static int percent(double confidence) {
    return (int) Math.round(Math.max(0, Math.min(1, confidence)) * 100);
  }

  /** What GDELT has no column for, in its {@code Extras} field's XML-like style. */
  static String extras(Event event) {
    StringBuilder s = new StringBuilder();
    s.append("<MODE>").append(event.mode().label()).append("</MODE>");
    if (event.plover() != null) {
      s.append("<PLOVER>").append(escape(event.plover())).append("</PLOVER>");
    }
    return s.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
