package org.marsad.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.marsad.doc.TokenKind;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.LexEntry;
import org.marsad.text.LexiconWriter;
import org.marsad.text.TokenSpan;
import org.marsad.text.Tokenizer;

/**
 * Builds the lexicon automaton ({@code lexicon.fsa}) that the clitic segmenter reads:
 * <ol>
 *   <li>every form of LanguageTool's Arabic dictionary (LGPL, from Arramooz), normalised, with its
 *       lemma and coarse tag;
 *   <li>proper nouns the dictionary lacks, from the ANERgazet gazetteers, the country and nationality
 *       lists and ICU's CLDR country names (tagged PROPN);
 *   <li>the count of every word form that occurs at least {@value #MIN_COUNT} times in the two news
 *       corpora (counts only: no text of the corpora is kept).
 * </ol>
 * Deterministic: the same data gives the same file.
 */
public final class LexiconBuilder {
  static final int MIN_COUNT = 3;
  private static final String LT_DICTIONARY = "/org/languagetool/resource/ar/arabic.dict";

  private final Path data;
  private final Consumer<String> log;
  private final ArabicNormalizer normalizer = new ArabicNormalizer(ArabicNormalizer.Options.LEXICON);

  public LexiconBuilder(Path data, Consumer<String> log) {
    this.data = data;
    this.log = log;
  }

  /** Summary of a build, for the command's report. */
  public record Report(int dictionaryForms, int properNouns, int countedForms, long corpusTokens, int paths) {}

  public Report build(OutputStream out) throws IOException {
    LexiconWriter writer = new LexiconWriter();
    Set<String> known = new HashSet<>();
    int forms = addDictionary(writer, known);
    log.accept("dictionary: " + forms + " forms");
    int names = addProperNouns(writer, known);
    log.accept("proper nouns: " + names);
    Map<String, int[]> counts = new HashMap<>();
    long tokens = 0;
    for (String corpus : List.of("ant-multisource-2018.jsonl.gz", "saudinewsnet-2015.jsonl.gz")) {
      tokens += countWords(data.resolve("corpus").resolve(corpus), counts);
      log.accept("counted " + corpus + ": " + tokens + " tokens so far");
    }
    int counted = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (e.getValue()[0] >= MIN_COUNT) {
        writer.addFrequency(e.getKey(), e.getValue()[0]);
        counted++;
      }
    }
    log.accept("frequencies: " + counted + " forms seen at least " + MIN_COUNT + " times");
    int paths = writer.size();
    writer.write(out);
    return new Report(forms, names, counted, tokens, paths);
  }

  private int addDictionary(LexiconWriter writer, Set<String> known) throws IOException {
    URL resource = LexiconBuilder.class.getResource(LT_DICTIONARY);
    if (resource == null) {
      throw new IOException("LanguageTool's Arabic dictionary " + LT_DICTIONARY + " is not on the classpath");
    }
    Dictionary dictionary = Dictionary.read(resource);
    Set<String> seen = new HashSet<>();
    for (WordData word : new DictionaryLookup(dictionary)) {
      String form = word.getWord().toString();
      if (form.isEmpty() || form.charAt(0) == '#' || word.getTag() == null || word.getStem() == null) {
        continue;
      }
      String lemma = stripMarks(word.getStem().toString());
      LexEntry entry = LanguageToolTags.toEntry(lemma, word.getTag().toString());
      if (entry == null) {
        continue;
      }
      String key = normalizer.normalize(form);
      if (seen.add(key + '\u0000' + lemma + '\u0000' + entry.pos() + entry.tense() + entry.thirdPerson() + entry.carrier())) {
        writer.add(key, entry);
      }
      if (!entry.carrier()) {
        known.add(key);
      }
    }
    return seen.size();
  }

  /** Single words of gazetteer names that the dictionary does not know (with or without ال). */
  private int addProperNouns(LexiconWriter writer, Set<String> known) throws IOException {
    Set<String> countries = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    Path gazetteers = data.resolve("lexicons").resolve("anergazet");
    for (String file : List.of("AlignedLocGazetteer.txt", "AlignedPersGazetteer.txt", "AlignedOrgGazetteer.txt")) {
      for (String line : Files.readAllLines(gazetteers.resolve(file), StandardCharsets.UTF_8)) {
        names.add(line.trim());
      }
    }
    for (String line : Files.readAllLines(data.resolve("lexicons/countries/country.csv"), StandardCharsets.UTF_8)) {
      int comma = line.indexOf(',');
      if (comma > 0) {
        countries.add(line.substring(comma + 1).trim());
      }
    }
    JsonNode nationalities = new ObjectMapper().readTree(data.resolve("lexicons/nationalities/nationalities.json").toFile());
    for (JsonNode n : nationalities) {
      countries.add(n.path("country_ar").asText(""));
    }
    for (String region : ULocale.getISOCountries()) {
      countries.add(new ULocale("und", region).getDisplayCountry(new ULocale("ar")));
    }
    int added = 0;
    Set<String> done = new HashSet<>();
    // one-word country names are proper nouns even where the dictionary has a common-noun homograph
    // (مصر، قطر، سوريا); gazetteer words only where the dictionary knows nothing (اليوم is a gazetteer "name")
    for (String country : countries) {
      String key = normalizer.normalize(country.trim());
      if (!country.isBlank() && !key.contains(" ") && isArabic(key) && done.add(key)) {
        writer.add(key, new LexEntry(stripMarks(country.trim()), "PROPN", (char) 0, false, false));
        added++;
      }
    }
    names.addAll(countries);
    for (String name : names) {
      for (String part : name.split("[\\s\\-()،,]+")) {
        String key = normalizer.normalize(part);
        if (key.length() < 3 || !isArabic(key) || !done.add(key)) {
          continue;
        }
        String base = key.startsWith("ال") ? key.substring(2) : key;
        if (known.contains(key) || known.contains(base)) {
          continue;
        }
        writer.add(key, new LexEntry(stripMarks(part), "PROPN", (char) 0, false, false));
        added++;
      }
    }
    return added;
  }

  private long countWords(Path corpus, Map<String, int[]> counts) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Tokenizer tokenizer = new Tokenizer();
    long tokens = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(corpus), 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      StringBuilder key = new StringBuilder();
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode article = json.readTree(line);
        for (String field : List.of("title", "text")) {
          String text = article.path(field).asText("");
          for (TokenSpan span : tokenizer.tokenize(text)) {
            if (span.kind() != TokenKind.ARABIC) {
              continue;
            }
            key.setLength(0);
            normalizer.normalize(text, span.start(), span.end(), key, null);
            counts.computeIfAbsent(key.toString(), k -> new int[1])[0]++;
            tokens++;
          }
        }
      }
    }
    return tokens;
  }

  private static boolean isArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '\u0621' || c > '\u064A') {
        return false;
      }
    }
    return true;
  }

  /** Removes diacritics and tatweel only: lemmas keep their hamzas. */
  static String stripMarks(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!ArabicNormalizer.isDroppedMark(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
