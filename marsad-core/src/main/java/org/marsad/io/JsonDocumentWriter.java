package org.marsad.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.marsad.doc.Document;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;
import org.marsad.doc.Sentence;
import org.marsad.doc.Token;

/**
 * Writes the JSON form of a document described in {@code docs/FORMAT.md}: one pretty-printed object
 * per document ({@code json}) or one object per line ({@code jsonl}). Streams with Jackson's
 * generator: no tree of the document is built in memory.
 */
public final class JsonDocumentWriter implements DocumentWriter {
  /** Version of the output contract; bumped when a field changes meaning or goes away. */
  public static final String SCHEMA = "marsad/1";

  private final Writer out;
  private final boolean pretty;
  private final JsonFactory factory;

  public JsonDocumentWriter(Writer out, boolean pretty) {
    this.out = out;
    this.pretty = pretty;
    this.factory = new ObjectMapper().getFactory();
  }

  @Override
  public void write(Document document) throws IOException {
    JsonGenerator json = factory.createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (pretty) {
      json.setPrettyPrinter(new DefaultPrettyPrinter());
    }
    json.writeStartObject();
    json.writeStringField("schema", SCHEMA);
    json.writeStringField("id", document.id());
    json.writeStringField("date", document.date() == null ? null : document.date().toString());
    json.writeStringField("source", document.source());
    json.writeStringField("url", document.url());
    json.writeObjectFieldStart("metadata");
    for (Map.Entry<String, String> e : document.metadata().entrySet()) {
      json.writeStringField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
    json.writeStringField("text", document.text());
    json.writeArrayFieldStart("warnings");
    for (String warning : document.warnings()) {
      json.writeString(warning);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("sentences");
    for (Sentence s : document.sentences()) {
      json.writeStartObject();
      json.writeNumberField("start", s.start());
      json.writeNumberField("end", s.end());
      json.writeNumberField("firstToken", s.firstToken());
      json.writeNumberField("endToken", s.endToken());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("tokens");
    for (Token t : document.tokens()) {
      writeToken(json, t);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("entities");
    for (Entity e : document.entities()) {
      writeEntity(json, e);
    }
    json.writeEndArray();
    writeLayer(json, "actors", document.actors());
    writeLayer(json, "times", document.times());
    writeLayer(json, "quantities", document.quantities());
    json.writeArrayFieldStart("events");
    for (Event e : document.events()) {
      writeEvent(json, e);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write('\n');
    out.flush();
  }

  private static void writeToken(JsonGenerator json, Token t) throws IOException {
    json.writeStartObject();
    json.writeNumberField("start", t.start());
    json.writeNumberField("end", t.end());
    json.writeStringField("text", t.text());
    json.writeStringField("kind", t.kind().name());
    json.writeStringField("norm", t.norm());
    json.writeStringField("lemma", t.lemma());
    json.writeStringField("pos", t.pos());
    json.writeObjectFieldStart("clitics");
    writeStrings(json, "pre", t.clitics().pre());
    writeStrings(json, "post", t.clitics().post());
    json.writeEndObject();
    json.writeObjectFieldStart("stem");
    json.writeNumberField("start", t.stemStart());
    json.writeNumberField("end", t.stemEnd());
    json.writeEndObject();
    if (t.number() != null) {
      double v = t.number();
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        json.writeNumberField("number", (long) v);
      } else {
        json.writeNumberField("number", v);
      }
    }
    json.writeEndObject();
  }

  private static void writeEntity(JsonGenerator json, Entity e) throws IOException {
    json.writeStartObject();
    json.writeNumberField("start", e.start());
    json.writeNumberField("end", e.end());
    json.writeStringField("text", e.text());
    json.writeStringField("type", e.type());
    json.writeStringField("id", e.id());
    json.writeStringField("name", e.name());
    json.writeStringField("country", e.country());
    json.writeStringField("code", e.code());
    json.writeNumberField("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    if (e.explanation() != null) {
      json.writeStringField("explain", e.explanation());
    }
    json.writeEndObject();
  }

  private static void writeEvent(JsonGenerator json, Event e) throws IOException {
    json.writeStartObject();
    json.writeNumberField("sentence", e.sentence());
    writeSpan(json, "trigger", e.trigger());
    writeActor(json, "source", e.source());
    writeActor(json, "target", e.target());
    json.writeStringField("cameo", e.cameo());
    json.writeStringField("base", e.base());
    json.writeStringField("root", e.root());
    json.writeNumberField("quadClass", e.quadClass());
    json.writeNumberField("goldstein", e.goldstein());
    json.writeStringField("plover", e.plover());
    json.writeStringField("mode", e.mode().label());
    if (e.speaker() != null) {
      writeActor(json, "speaker", e.speaker());
    }
    json.writeNumberField("confidence", e.confidence());
    json.writeNumberField("mention", e.mention());
    json.writeArrayFieldStart("mentions");
    for (Event.Mention m : e.mentions()) {
      json.writeStartObject();
      json.writeNumberField("sentence", m.sentence());
      writeSpan(json, "trigger", m.trigger());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeSpan(JsonGenerator json, String field, org.marsad.doc.Span span) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeNumberField("start", span.start());
    json.writeNumberField("end", span.end());
    json.writeStringField("text", span.text());
    json.writeEndObject();
  }

  private static void writeActor(JsonGenerator json, String field, Event.Actor a) throws IOException {
    if (a == null) {
      json.writeNullField(field);
      return;
    }
    json.writeObjectFieldStart(field);
    json.writeNumberField("start", a.start());
    json.writeNumberField("end", a.end());
    json.writeStringField("text", a.text());
    json.writeStringField("id", a.id());
    json.writeStringField("country", a.country());
    json.writeStringField("code", a.code());
    json.writeEndObject();
  }

  private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }

  /** Later layers are records: Jackson writes their components as fields. */
  private static void writeLayer(JsonGenerator json, String name, List<?> layer) throws IOException {
    json.writeFieldName(name);
    json.writeStartArray();
    for (Object item : layer) {
      json.writeObject(item);
    }
    json.writeEndArray();
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
