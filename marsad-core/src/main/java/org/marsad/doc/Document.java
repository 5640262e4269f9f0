package org.marsad.doc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One article and everything Marsad found in it. The document owns the original text; every
 * annotation layer refers to it by offsets, never by copies that could drift. Documents are
 * immutable: a pipeline stage returns a new document with its layer filled ({@code withTokens} …).
 *
 * @param id caller's identifier (file name, JSON Lines id, URL)
 * @param text the original text, unchanged
 * @param date publication date, the anchor for relative time expressions; {@code null} when unknown
 * @param source name of the outlet, or {@code null}
 * @param url where the article came from, or {@code null}
 * @param metadata anything else the reader found (title, category)
 * @param warnings problems noticed while reading or analysing (e.g. "no Arabic text")
 * @param actors references to state actors that are not entity mentions (nisbas, capitals, roles)
 */
public record Document(
    String id,
    String text,
    LocalDate date,
    String source,
    String url,
    Map<String, String> metadata,
    List<String> warnings,
    List<Sentence> sentences,
    List<Token> tokens,
    List<Entity> entities,
    List<ActorRef> actors,
    List<TimeExpression> times,
    List<Quantity> quantities,
    List<Event> events) {

  public Document {
    Objects.requireNonNull(text, "text");
    // (in the reader's order: Map.copyOf iterates in an order that changes from run to run)
    metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    warnings = List.copyOf(warnings);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    actors = List.copyOf(actors);
    times = List.copyOf(times);
    quantities = List.copyOf(quantities);
    events = List.copyOf(events);
  }

  /** A document with no annotation yet. */
  public static Document of(String id, String text, LocalDate date) {
    return of(id, text, date, null, null, Map.of());
  }

  public static Document of(
      String id, String text, LocalDate date, String source, String url, Map<String, String> metadata) {
    return new Document(
        id, text, date, source, url, metadata, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of());
  }

  /** The original text covered by a span. */
  public String cover(int start, int end) {
    return text.substring(start, end);
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  public Document withWarning(String warning) {
    List<String> all = new ArrayList<>(warnings);
    all.add(warning);
    return new Document(id, text, date, source, url, metadata, all, sentences, tokens, entities, actors,
        times, quantities, events);
  }

  public Document withTextLayer(List<Token> newTokens, List<Sentence> newSentences) {
    return new Document(id, text, date, source, url, metadata, warnings, newSentences, newTokens,
        entities, actors, times, quantities, events);
  }

  public Document withEntities(List<Entity> newEntities) {
    return new Document(id, text, date, source, url, metadata, warnings, sentences, tokens,
        newEntities, actors, times, quantities, events);
  }

  public Document withActors(List<ActorRef> newActors) {
    return new Document(id, text, date, source, url, metadata, warnings, sentences, tokens, entities,
        newActors, times, quantities, events);
  }

  public Document withTimes(List<TimeExpression> newTimes) {
    return new Document(id, text, date, source, url, metadata, warnings, sentences, tokens, entities,
        actors, newTimes, quantities, events);
  }

  public Document withQuantities(List<Quantity> newQuantities) {
    return new Document(id, text, date, source, url, metadata, warnings, sentences, tokens, entities,
        actors, times, newQuantities, events);
  }

  public Document withEvents(List<Event> newEvents) {
    return new Document(id, text, date, source, url, metadata, warnings, sentences, tokens, entities,
        actors, times, quantities, newEvents);
  }
}
