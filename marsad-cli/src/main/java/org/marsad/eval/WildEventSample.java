package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.marsad.Marsad;
import org.marsad.doc.Document;
import org.marsad.doc.Event;
import org.marsad.doc.Sentence;
import org.marsad.event.CameoCodes;

/**
 * Draws a random sample of the events Marsad codes in unlabelled news, as a sheet for people to judge
 * (GDELT's accuracy is measured this way: coded events, checked by hand). Articles of the chosen
 * categories are shuffled by a seed, the first {@code articles} are analysed, and events are drawn at
 * random from all the events they yield, in two strata: statements (CAMEO root 01, the bulk and the easy
 * part) and every other event. {@link JudgedEvents} scores the filled sheet and weights each stratum by
 * its share of the pool, which the sheet's header records.
 *
 * <p>The sheet holds the sentence, so judges need nothing else; the corpus texts belong to their outlets,
 * so a sheet kept in the repository drops that column (the keys find the sentence again).
 */
public final class WildEventSample {
  /** Columns of the sheet; the last five are the judges'. */
  public static final List<String> COLUMNS = List.of("article", "date", "stratum", "sentence_start", "trigger_start",
      "trigger", "cameo", "cameo_name", "source", "source_code", "target", "target_code", "mode", "speaker",
      "sentence", "code_ok", "source_ok", "target_ok", "mode_ok", "note");

  private final ObjectMapper json = new ObjectMapper();
  private final CameoCodes codes = CameoCodes.load();

  record Article(String id, LocalDate date, String text) {}

  record Drawn(Article article, Document doc, Event event) {
    boolean statement() {
      return "01".equals(event.root());
    }
  }

  /**
   * Writes the sheet: {@code others} events that are not statements and {@code statements} that are,
   * drawn from the events of {@code articles} random articles of {@code categories}.
   */
  public void write(Path corpus, Set<String> categories, int articles, int others, int statements, long seed,
      Writer out, PrintStream log) throws IOException {
    write(corpus, categories, Set.of(), articles, others, statements, seed, out, log);
  }

  /** The same, leaving out the articles whose ids are in {@code excluded} (those rules were tuned on). */
  public void write(Path corpus, Set<String> categories, Set<String> excluded, int articles, int others,
      int statements, long seed, Writer out, PrintStream log) throws IOException {
    List<Article> pool = read(corpus, categories, log);
    pool.removeIf(a -> excluded.contains(a.id()));
    Random random = new Random(seed);
    Collections.shuffle(pool, random);
    Marsad marsad = Marsad.load();
    List<Drawn> statementPool = new ArrayList<>();
    List<Drawn> otherPool = new ArrayList<>();
    for (Article a : pool.subList(0, Math.min(articles, pool.size()))) {
      Document doc;
      try {
        doc = marsad.analyze(Document.of(a.id(), a.text(), a.date()));
      } catch (RuntimeException | StackOverflowError e) {
        // (as analyze does: a bug in one article is reported, and the sample is drawn from the rest)
        log.printf(Locale.ROOT, "%s: skipped, internal error: %s%n", a.id(), e);
        continue;
      }
      for (Event e : doc.events()) {
        Drawn d = new Drawn(a, doc, e);
        (d.statement() ? statementPool : otherPool).add(d);
      }
    }
    Collections.shuffle(statementPool, random);
    Collections.shuffle(otherPool, random);
    out.write(String.format(Locale.ROOT, "# Marsad events in the wild: %s, categories %s, %d articles (seed %d%s);"
        + " pool: other %d, statement %d%n", corpus.getFileName(), String.join(",", categories),
        Math.min(articles, pool.size()), seed, excluded.isEmpty() ? "" : ", " + excluded.size() + " ids excluded",
        otherPool.size(), statementPool.size()));
    out.write("# judges: code_ok y (right code, or a defensible one under the same 3-digit base) / r (root right,"
        + " base wrong) / n (no such event); source_ok, target_ok, mode_ok y / n, or - when code_ok is n\n");
    out.write(String.join("\t", COLUMNS) + '\n');
    for (Drawn d : otherPool.subList(0, Math.min(others, otherPool.size()))) {
      out.write(row(d, "other"));
    }
    for (Drawn d : statementPool.subList(0, Math.min(statements, statementPool.size()))) {
      out.write(row(d, "statement"));
    }
    out.flush();
  }

  private String row(Drawn d, String stratum) {
    Event e = d.event();
    Sentence s = d.doc().sentences().get(e.sentence());
    List<String> cells = List.of(d.article().id(), d.article().date().toString(), stratum, Integer.toString(s.start()),
        Integer.toString(e.trigger().start()), e.trigger().text(), e.cameo(),
        codes.get(e.cameo()).map(c -> c.name()).orElse(""), actorText(e.source()), actorCode(e.source()),
        actorText(e.target()), actorCode(e.target()), e.mode().label(), actorText(e.speaker()),
        d.doc().cover(s.start(), s.end()), "", "", "", "", "");
    StringBuilder line = new StringBuilder();
    for (String c : cells) {
      if (line.length() > 0) {
        line.append('\t');
      }
      line.append(c.replaceAll("[\\t\\r\\n]+", " "));
    }
    return line.append('\n').toString();
  }

  private static String actorText(Event.Actor a) {
    return a == null ? "" : a.text();
  }

  private static String actorCode(Event.Actor a) {
    return a == null ? "" : a.code() != null ? a.code() : a.country() != null ? a.country() : "?";
  }

  /**
   * Article ids listed in files: the first tab-separated column of a sheet, or the "id" of a JSON Lines
   * line (the articles a developer read while tuning rules, to keep out of a held-out sample).
   */
  public Set<String> idsIn(List<Path> files) throws IOException {
    Set<String> ids = new HashSet<>();
    for (Path f : files) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.startsWith("{")) {
          ids.add(json.readTree(line).path("id").asText());
        } else if (!line.startsWith("#") && !line.isBlank()) {
          ids.add(line.split("\t", 2)[0]);
        }
      }
    }
    ids.remove("");
    return ids;
  }

  /** The articles of the categories, each text once (ANT repeats some under two categories or sources). */
  List<Article> read(Path corpus, Set<String> categories, PrintStream log) throws IOException {
    List<Article> articles = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    JsonLinesCorpus.read(corpus, log, (node, lineNumber) -> {
      String text = node.path("text").asText("");
      String date = node.path("date").asText("");
      if (text.isBlank() || date.length() < 10) {
        JsonLinesCorpus.skip(log, corpus, lineNumber, "no text or no date");
      } else if (categories.contains(node.path("category").asText()) && seen.add(text)) {
        try {
          articles.add(new Article(node.path("id").asText("line" + lineNumber), LocalDate.parse(date.substring(0, 10)),
              text));
        } catch (DateTimeParseException e) {
          JsonLinesCorpus.skip(log, corpus, lineNumber, "bad date " + date);
        }
      }
      return true;
    });
    return articles;
  }
}
