package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.marsad.Marsad;
import org.marsad.doc.Document;
import org.marsad.doc.Event;

/**
 * Scores the event stage on the PLOVER gold folder (see {@link EventGold}), one sentence at a time:
 * each sentence is analysed alone, with no date, and only counts are kept.
 *
 * <p><b>Detection</b>, per type, on the labels files: gold positive = label "yes", gold negative =
 * "easy no" or "difficult no", "ambiguous" rows are left out; predicted positive = the sentence has at
 * least one event whose PLOVER type is the file's type. Precision, recall and F1 as usual (0 when
 * undefined). As a reference, the expected scores of one annotator of the pool on the same rows, from the
 * files' accept / total counts ({@link Detection#annotator()}).
 *
 * <p><b>Actors</b>, on the spans files (all of whose sentences report an event of the type): the gold
 * source country is the majority {@code source_role.main} over the annotators' spans (ties: the value
 * given first), where "None", null, a missing field and "UNKNOWN" all mean "no country", itself a gold
 * value. The predicted one is the source country of the event of that type that represents the sentence
 * ({@link #isRepresentative}: the first that happened, else the first of any mode); an actor with no
 * country but an international CAMEO code (IGO…, NGO…, IMG…, INT…, MNC…) counts as that code, as the
 * gold does, and no source actor means "no country". With no event of the type the prediction is
 * missing: wrong in the strict accuracy, "no country" in the lenient one. Same for the target. Role accuracy: over the sentences whose gold majority role is a
 * real role (not None), the share whose predicted actor has that {@link Event.Actor#role()} (no event:
 * wrong).
 *
 * <p>{@link Half}: only the rows whose 0-based index within their file is even (the half the event rules
 * may be tuned on) or odd (held out).
 */
public final class EventEvaluation {
  /** Which rows of each file to score. */
  public enum Half {
    all, even, odd;

    boolean keeps(int index) {
      return this == all || (index % 2 == 0) == (this == even);
    }
  }

  /** Actor codes that stand for an international or non-state actor where the gold has no ISO code. */
  static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "INT", "MNC");

  private static final String NONE = "-";
  private static final String NO_EVENT = "(no event)";

  /** Detection counts of one event type over its judged rows, and the ambiguous rows left out. */
  public static final class Detection extends BinaryCounts {
    int ambiguous;
    int annotatorRows;
    double annotatorTp;
    double annotatorFp;
    double annotatorFn;

    /** "ambiguous" rows, left out. */
    public int ambiguous() {
      return ambiguous;
    }

    /**
     * The expected scores of one annotator of the pool, drawn at random for each row, against the gold:
     * on a row that {@code accept} of {@code total} annotators called yes, that annotator says yes with
     * probability accept / total. The gold says "yes" only when every annotator did, so this is what
     * human judgement scores on the same rows; empty when the file has no accept / total counts.
     */
    public java.util.Optional<Expected> annotator() {
      if (annotatorRows == 0 || annotatorRows < n()) {
        return java.util.Optional.empty();
      }
      double p = annotatorTp + annotatorFp == 0 ? 0 : annotatorTp / (annotatorTp + annotatorFp);
      double r = annotatorTp + annotatorFn == 0 ? 0 : annotatorTp / (annotatorTp + annotatorFn);
      return java.util.Optional.of(new Expected(p, r, SpanScore.f1(p, r)));
    }
  }

  /** Expected precision, recall and F1 (of one annotator of the pool: {@link Detection#annotator()}). */
  public record Expected(double precision, double recall, double f1) {}

  /** Actor counts over the span sentences of one type, or of all. */
  public static final class Actors {
    int items;
    int detected;
    int sourceStrict;
    int sourceLenient;
    int targetStrict;
    int targetLenient;
    int sourceRoleItems;
    int sourceRoleRight;
    int targetRoleItems;
    int targetRoleRight;

    /** Span sentences scored. */
    public int items() {
      return items;
    }

    /** Share of the span sentences with at least one event of their type (in any mode). */
    public double detectionRecall() {
      return share(detected, items);
    }

    public double sourceCountryAccuracy() {
      return share(sourceStrict, items);
    }

    /** A sentence with no event of the type counts as predicting "no country". */
    public double sourceCountryAccuracyLenient() {
      return share(sourceLenient, items);
    }

    public double targetCountryAccuracy() {
      return share(targetStrict, items);
    }

    public double targetCountryAccuracyLenient() {
      return share(targetLenient, items);
    }

    /** Sentences whose gold source has a role. */
    public int sourceRoleItems() {
      return sourceRoleItems;
    }

    public double sourceRoleAccuracy() {
      return share(sourceRoleRight, sourceRoleItems);
    }

    public int targetRoleItems() {
      return targetRoleItems;
    }

    public double targetRoleAccuracy() {
      return share(targetRoleRight, targetRoleItems);
    }

    private static double share(int part, int whole) {
      return whole == 0 ? 0 : (double) part / whole;
    }
  }

  private final Function<String, List<Event>> analyser;
  private final Half half;
  private final Writer errors;
  private final Map<String, Detection> detection = new LinkedHashMap<>();
  private final Map<String, Actors> actors = new LinkedHashMap<>();
  private final Actors allActors = new Actors();
  private int skippedItems;

  /**
   * @param analyser the events of one sentence (in the CLI: the shared {@link Marsad}'s)
   * @param half which rows to score
   * @param errors where to write the error TSV, or {@code null}
   */
  public EventEvaluation(Function<String, List<Event>> analyser, Half half, Writer errors) {
    this.analyser = analyser;
    this.half = half;
    this.errors = errors;
    for (String type : EventGold.TYPES) {
      detection.put(type, new Detection());
      actors.put(type, new Actors());
    }
  }

  /** The analyser the CLI uses: the whole pipeline, one sentence as a document with no date. */
  public static Function<String, List<Event>> analyser(Marsad marsad) {
    return text -> marsad.analyze(Document.of(null, text, null)).events();
  }

  /** Fails, naming what is missing, unless the folder has the four gold files. */
  public static void checkFolder(Path dir) throws IOException {
    EventGold.check(dir);
  }

  /** Scores every file of the folder. */
  public void run(Path dir) throws IOException {
    EventGold.check(dir);
    if (errors != null) {
      errors.write("kind\ttype\twhere\tgold\tpredicted\ttext\n");
    }
    for (String type : EventGold.TYPES) {
      EventGold.readLabels(EventGold.labels(dir, type), type, this::label);
    }
    for (String type : EventGold.TYPES) {
      EventGold.readSpans(EventGold.spans(dir, type), type, this::spans);
    }
    if (errors != null) {
      errors.flush();
    }
  }

  void label(EventGold.LabelRow row) throws IOException {
    if (!half.keeps(row.index())) {
      return;
    }
    Detection d = detection.get(row.type());
    if (row.label() == EventGold.Label.AMBIGUOUS) {
      d.ambiguous++;
      return;
    }
    List<Event> events = analyser.apply(row.text());
    boolean gold = row.label() == EventGold.Label.YES;
    boolean predicted = events.stream().anyMatch(e -> isOfType(e, row.type()));
    double share = row.acceptShare();
    if (share >= 0) {
      d.annotatorRows++;
      if (gold) {
        d.annotatorTp += share;
        d.annotatorFn += 1 - share;
      } else {
        d.annotatorFp += share;
      }
    }
    d.add(gold, predicted);
    if (gold != predicted) {
      error(gold ? "detection_fn" : "detection_fp", row.type(), row.where(), row.label().text, summary(events),
          row.text());
    }
  }

  void spans(EventGold.SpanItem item) throws IOException {
    if (!half.keeps(item.index())) {
      return;
    }
    if (item.spans().isEmpty()) {
      skippedItems++;
      return;
    }
    List<String> sourceCountries = new ArrayList<>();
    List<String> targetCountries = new ArrayList<>();
    List<String> sourceRoles = new ArrayList<>();
    List<String> targetRoles = new ArrayList<>();
    for (JsonNode span : item.spans()) {
      sourceCountries.add(EventGold.country(span.get("source_role")));
      targetCountries.add(EventGold.country(span.get("target_role")));
      sourceRoles.add(EventGold.role(span.get("source_role")));
      targetRoles.add(EventGold.role(span.get("target_role")));
    }
    List<Event> events = analyser.apply(item.text());
    Event best = null;
    for (Event e : events) {
      if (isRepresentative(e, best, item.type())) {
        best = e;
      }
    }
    for (Actors a : List.of(actors.get(item.type()), allActors)) {
      a.items++;
      if (best != null) {
        a.detected++;
      }
    }
    String summary = summary(events);
    Event.Actor source = best == null ? null : best.source();
    Event.Actor target = best == null ? null : best.target();
    country("source_country", item, EventGold.majority(sourceCountries), best, source, true, summary);
    country("target_country", item, EventGold.majority(targetCountries), best, target, false, summary);
    role("source_role", item, EventGold.majority(sourceRoles), best, source, true);
    role("target_role", item, EventGold.majority(targetRoles), best, target, false);
  }

  private void country(String kind, EventGold.SpanItem item, String gold, Event best, Event.Actor actor,
      boolean source, String summary) throws IOException {
    String predicted = best == null ? null : country(actor);
    boolean strict = best != null && java.util.Objects.equals(gold, predicted);
    boolean lenient = java.util.Objects.equals(gold, predicted);
    for (Actors a : List.of(actors.get(item.type()), allActors)) {
      if (source) {
        a.sourceStrict += strict ? 1 : 0;
        a.sourceLenient += lenient ? 1 : 0;
      } else {
        a.targetStrict += strict ? 1 : 0;
        a.targetLenient += lenient ? 1 : 0;
      }
    }
    if (!strict) {
      error(kind, item.type(), item.where(), gold == null ? NONE : gold,
          best == null ? NO_EVENT + "; " + summary : or(predicted) + " — " + summary, item.text());
    }
  }

  private void role(String kind, EventGold.SpanItem item, String gold, Event best, Event.Actor actor, boolean source)
      throws IOException {
    if (gold == null) {
      return;
    }
    String predicted = actor == null ? null : actor.role();
    boolean right = best != null && gold.equalsIgnoreCase(predicted == null ? "" : predicted);
    for (Actors a : List.of(actors.get(item.type()), allActors)) {
      if (source) {
        a.sourceRoleItems++;
        a.sourceRoleRight += right ? 1 : 0;
      } else {
        a.targetRoleItems++;
        a.targetRoleRight += right ? 1 : 0;
      }
    }
    if (!right) {
      error(kind, item.type(), item.where(), gold,
          best == null ? NO_EVENT : or(predicted) + " (" + or(actor == null ? null : actor.code()) + ")", item.text());
    }
  }

  /**
   * Whether {@code e} represents a span sentence better than {@code best}: an event of the type, one that
   * happened before one that did not, then the first in the text: the lead clause, which is what the
   * annotators mark ("ونفذ الجيش الباكستاني ضربة جوية … أعقبتها هجمات انتحارية" is the strike). The
   * spans name who acts also in an announced protest ("المتظاهرين سيعتصمون"), so any mode may stand for
   * the sentence.
   */
  private static boolean isRepresentative(Event e, Event best, String type) {
    if (!hasType(e, type)) {
      return false;
    }
    if (best == null) {
      return true;
    }
    boolean happened = isOfType(e, type);
    return happened != isOfType(best, type) ? happened : e.trigger().start() < best.trigger().start();
  }

  private static boolean hasType(Event e, String type) {
    return e.plover() != null && e.plover().strip().equalsIgnoreCase(type);
  }

  /**
   * Whether an event counts as one of the type in the sentence: the PLOVER type matches and the text
   * says it happened (asserted or reported). A negated, future or hypothetical event ("لن يسقط مبارك
   * بسبب المظاهرات") did not happen, and the gold marks such sentences "no".
   */
  private static boolean isOfType(Event e, String type) {
    return hasType(e, type) && (e.mode() == Event.Mode.ASSERTED || e.mode() == Event.Mode.REPORTED);
  }

  /** The country an event's actor stands for, as the gold writes it; {@code null} for none. */
  static String country(Event.Actor actor) {
    if (actor == null) {
      return null;
    }
    if (actor.country() != null && !actor.country().isBlank()) {
      return actor.country().strip().toUpperCase(Locale.ROOT);
    }
    String code = actor.code();
    if (code != null && code.length() >= 3) {
      String head = code.substring(0, 3).toUpperCase(Locale.ROOT);
      if (INTERNATIONAL.contains(head)) {
        return head;
      }
    }
    return null;
  }

  /** The events of a sentence in one cell: "PROTEST 1411 src=CVL tgt=EGYGOV 0.80 | …", or "-". */
  static String summary(List<Event> events) {
    if (events.isEmpty()) {
      return NONE;
    }
    StringBuilder out = new StringBuilder();
    for (Event e : events) {
      if (out.length() > 0) {
        out.append(" | ");
      }
      out.append(or(e.plover())).append(' ').append(e.cameo())
          .append(" src=").append(actor(e.source()))
          .append(" tgt=").append(actor(e.target()))
          .append(String.format(Locale.ROOT, " %.2f", e.confidence()));
    }
    return out.toString();
  }

  private static String actor(Event.Actor a) {
    if (a == null) {
      return NONE;
    }
    return or(a.code() != null ? a.code() : a.country()) + (a.text() == null ? "" : "«" + a.text() + "»");
  }

  private static String or(String value) {
    return value == null ? NONE : value;
  }

  private void error(String kind, String type, String where, String gold, String predicted, String text)
      throws IOException {
    if (errors == null) {
      return;
    }
    errors.write(String.join("\t", kind, type, where, cell(gold), cell(predicted), cell(text)));
    errors.write('\n');
  }

  private static String cell(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ");
  }

  public Detection detection(String type) {
    return detection.get(type);
  }

  /** Actor scores of one type's span sentences, or of both with {@code null}. */
  public Actors actors(String type) {
    return type == null ? allActors : actors.get(type);
  }

  /** Span items with no annotator span, left out. */
  public int skippedItems() {
    return skippedItems;
  }

  public Half half() {
    return half;
  }

  /**
   * The JSON report: the types' detection scores, then the source and target country accuracies (strict,
   * both types) at the top, then {@code half} and {@code details}.
   */
  public ObjectNode toJson() {
    ObjectNode out = new ObjectMapper().createObjectNode();
    for (Map.Entry<String, Detection> e : detection.entrySet()) {
      Detection d = e.getValue();
      ObjectNode node = out.putObject(e.getKey());
      node.put("p", d.precision());
      node.put("r", d.recall());
      node.put("f1", d.f1());
      node.put("tp", d.tp());
      node.put("fp", d.fp());
      node.put("fn", d.fn());
      node.put("tn", d.tn());
      node.put("n", d.n());
      node.put("ambiguous_left_out", d.ambiguous());
      d.annotator().ifPresent(a -> {
        ObjectNode human = node.putObject("one_annotator");
        human.put("p", a.precision());
        human.put("r", a.recall());
        human.put("f1", a.f1());
      });
    }
    out.put("source_country_acc", allActors.sourceCountryAccuracy());
    out.put("target_country_acc", allActors.targetCountryAccuracy());
    out.put("half", half.name());
    ObjectNode details = out.putObject("details");
    ObjectNode byType = details.putObject("actors");
    actorsJson(byType.putObject("all"), allActors);
    actors.forEach((type, a) -> actorsJson(byType.putObject(type), a));
    details.put("span_items_without_spans", skippedItems);
    return out;
  }

  private static void actorsJson(ObjectNode node, Actors a) {
    node.put("items", a.items());
    node.put("detection_recall", a.detectionRecall());
    node.put("source_country_acc", a.sourceCountryAccuracy());
    node.put("source_country_acc_lenient", a.sourceCountryAccuracyLenient());
    node.put("target_country_acc", a.targetCountryAccuracy());
    node.put("target_country_acc_lenient", a.targetCountryAccuracyLenient());
    node.put("source_role_items", a.sourceRoleItems());
    node.put("source_role_acc", a.sourceRoleAccuracy());
    node.put("target_role_items", a.targetRoleItems());
    node.put("target_role_acc", a.targetRoleAccuracy());
  }

  /** The plain report: two tables. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Event detection (labels files, half: %s; ambiguous rows left out)%n", half));
    out.append(String.format(Locale.ROOT, "%-8s %5s %5s %5s %5s %5s %6s %6s %6s %6s%n",
        "type", "n", "tp", "fp", "fn", "tn", "amb.", "P", "R", "F1"));
    detection.forEach((type, d) -> out.append(String.format(Locale.ROOT,
        "%-8s %5d %5d %5d %5d %5d %6d %6.3f %6.3f %6.3f%n",
        type, d.n(), d.tp(), d.fp(), d.fn(), d.tn(), d.ambiguous(), d.precision(), d.recall(), d.f1())));
    detection.forEach((type, d) -> d.annotator().ifPresent(a -> out.append(String.format(Locale.ROOT,
        "%-8s %-34s %6.3f %6.3f %6.3f%n", type, " one annotator, expected (reference)", a.precision(), a.recall(), a.f1()))));
    out.append(String.format(Locale.ROOT, "%nActors (spans files; strict: no event = wrong, lenient: no event = no country)%n"));
    out.append(String.format(Locale.ROOT, "%-8s %5s %8s %15s %15s %13s %13s%n",
        "type", "items", "detected", "source country", "target country", "source role", "target role"));
    out.append(String.format(Locale.ROOT, "%-8s %5s %8s %15s %15s %13s %13s%n",
        "", "", "(recall)", "strict/lenient", "strict/lenient", "acc (n)", "acc (n)"));
    Map<String, Actors> rows = new LinkedHashMap<>(actors);
    rows.put("all", allActors);
    rows.forEach((type, a) -> out.append(String.format(Locale.ROOT, "%-8s %5d %8.3f %15s %15s %13s %13s%n",
        type, a.items(), a.detectionRecall(),
        String.format(Locale.ROOT, "%.3f/%.3f", a.sourceCountryAccuracy(), a.sourceCountryAccuracyLenient()),
        String.format(Locale.ROOT, "%.3f/%.3f", a.targetCountryAccuracy(), a.targetCountryAccuracyLenient()),
        String.format(Locale.ROOT, "%.3f (%d)", a.sourceRoleAccuracy(), a.sourceRoleItems()),
        String.format(Locale.ROOT, "%.3f (%d)", a.targetRoleAccuracy(), a.targetRoleItems()))));
    if (skippedItems > 0) {
      out.append(String.format(Locale.ROOT, "(%d span items with no annotator span left out)%n", skippedItems));
    }
    return out.toString();
  }
}
