package org.marsad.train;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.event.CameoCodes;
import org.marsad.event.EventKeys;
import org.marsad.event.Trigger;
import org.marsad.text.LexEntry;
import org.marsad.text.Lexicon;

/**
 * Builds the event lexicons from the curated files in {@code lexicons/events/} and the Arabic CAMEO
 * dictionaries of UniversalPetrarch ({@code events/cameo-ar/} in the data folder).
 *
 * <p>What is taken from the CAMEO dictionary, and why not more: its Arabic was machine-translated from
 * the English dictionary, so a verb alone often carries the code of an unrelated English sense (وقع
 * "sign/happen" carries 152 "increase military alert" from "put"); those verb-only codes are dropped.
 * A pattern that names the verb's object ("- * مساعدة [073] # …,قدم,…") is specific enough to keep: it
 * becomes a trigger that fires only when the object follows the verb. The dictionary writes verbs as
 * roots or bare stems ("رسل", "سءل"); each is fitted to a lemma the lexicon knows as a verb (أرسل,
 * سأل) or dropped. Curated entries come first and win over converted ones of the same key and object;
 * a curated line with the code "-" keeps every converted pattern of its verb out (فصل "separate" is
 * coded there as fighting: "خط فصل القوات"), and only the codes listed in {@code converted-codes.tsv}
 * keep their converted patterns at all (the others were judged wrong more often than right).
 */
public final class EventLexiconBuilder {
  private static final Pattern PATTERN_LINE = Pattern.compile("^-\\s*\\*\\s*(.*?)\\s*\\[(\\d{2,4})\\]\\s*#\\s*(.*)$");
  private static final Set<String> PREPOSITIONS = Set.of("من", "الى", "إلى", "في", "على", "عن", "ل", "ب", "مع", "ضد", "بين");
  private final Path curated;
  private final Path cameoAr;
  private final Consumer<String> log;
  private final Lexicon lexicon;
  private final CameoCodes codes = CameoCodes.load();

  public EventLexiconBuilder(Path curated, Path dataFolder, Consumer<String> log) {
    this.curated = curated;
    this.cameoAr = dataFolder.resolve("events/cameo-ar");
    this.log = log;
    this.lexicon = Lexicon.load();
  }

  /** Report of a build. */
  public record Report(int curated, int converted, int patternsRead, int verbsUnfitted, int unknownCodes) {}

  public Report writeTriggers(OutputStream out) throws IOException {
    Map<String, Trigger> entries = new LinkedHashMap<>();
    Set<String> notTriggers = new java.util.HashSet<>();
    int curatedCount = 0;
    for (String line : Files.readAllLines(curated.resolve("triggers.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("word\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 7) {
        throw new IOException("triggers.tsv: too few columns: " + line);
      }
      if (f[2].equals("-")) {
        notTriggers.add(EventKeys.of(f[0])); // a verb whose converted CAMEO patterns mistranslate it
        continue;
      }
      if (codes.get(f[2]).isEmpty()) {
        throw new IOException("triggers.tsv: unknown CAMEO code " + f[2] + " in: " + line);
      }
      Trigger t = new Trigger(EventKeys.of(f[0]), f[1].equals("V"), f[2], keys(f[3]), keys(f[4]),
          f[5].isEmpty() ? null : f[5], f[6].isEmpty() ? null : f[6], "marsad");
      entries.putIfAbsent(identity(t), t);
      curatedCount++;
    }
    // a curated word's vetoes hold for its converted patterns too ("يطلق سراحه" is a release, whatever
    // the pattern "أطلق … إطلاق" says)
    Map<String, List<String>> vetoes = new HashMap<>();
    for (Trigger t : entries.values()) {
      if (t.verb() && !t.unless().isEmpty()) {
        vetoes.computeIfAbsent(t.key(), k -> new ArrayList<>()).addAll(t.unless());
      }
    }
    int[] counts = new int[3]; // patterns read, verbs not fitted, unknown codes
    Map<String, List<String>> synsets = new HashMap<>();
    Set<String> keptCodes = keptConvertedCodes();
    int converted = 0;
    for (Trigger c : convertCameo(synsets, counts)) {
      List<String> veto = vetoes.get(c.key());
      Trigger t = veto == null ? c : new Trigger(c.key(), c.verb(), c.cameo(), c.needs(),
          veto.stream().distinct().toList(), c.agent(), c.plover(), c.origin());
      boolean kept = keptCodes.contains(t.cameo()) || keptCodes.contains(t.cameo().substring(0, 2));
      if (kept && !notTriggers.contains(t.key()) && entries.putIfAbsent(identity(t), t) == null) {
        converted++;
      }
    }
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("# Marsad event lexicon, built by `marsad train events` from lexicons/events/triggers.tsv (curated)\n");
    w.write("# and the verb patterns of the Arabic CAMEO dictionary (UniversalPetrarch, MIT): see EventLexiconBuilder.\n");
    w.write("# key\tV|N\tcameo\tneeds\tunless\tagent\tplover\torigin\n");
    for (Trigger t : entries.values()) {
      w.write(t.toLine());
      w.write('\n');
    }
    w.flush();
    log.accept(String.format("%d curated triggers, %d converted CAMEO patterns (%d read, %d verbs not fitted to a lemma, %d unknown codes)",
        curatedCount, converted, counts[0], counts[1], counts[2]));
    return new Report(curatedCount, converted, counts[0], counts[1], counts[2]);
  }

  /**
   * The CAMEO codes whose converted patterns are kept ({@code converted-codes.tsv}): the others were judged
   * wrong more often than right on the samples of coded news, and only curated triggers code them.
   */
  private Set<String> keptConvertedCodes() throws IOException {
    Set<String> kept = new java.util.HashSet<>();
    for (String line : Files.readAllLines(curated.resolve("converted-codes.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String code = line.split("\t", -1)[0];
      if (code.length() != 2 && codes.get(code).isEmpty()) { // (two digits: a whole root)
        throw new IOException("converted-codes.tsv: unknown CAMEO code " + code);
      }
      kept.add(code);
    }
    return kept;
  }

  private static String identity(Trigger t) {
    return t.key() + '|' + t.verb() + '|' + t.needs();
  }

  private static List<String> keys(String field) {
    List<String> out = new ArrayList<>();
    if (!field.isEmpty()) {
      for (String w : field.split("\\|")) {
        out.add(EventKeys.of(w));
      }
    }
    return out;
  }

  private List<Trigger> convertCameo(Map<String, List<String>> synsets, int[] counts) throws IOException {
    List<String> lines = Files.readAllLines(cameoAr.resolve("CAMEO.ar.0.5.txt"), StandardCharsets.UTF_8);
    String set = null;
    for (String line : lines) {
      if (line.startsWith("&")) {
        set = line.trim();
        synsets.put(set, new ArrayList<>());
      } else if (set != null && line.startsWith("+")) {
        String word = line.substring(1).replace('_', ' ').trim();
        if (!word.isEmpty() && !word.contains(" ")) {
          synsets.get(set).add(EventKeys.of(word));
        }
      } else if (line.startsWith("####### VERB")) {
        break;
      }
    }
    List<Trigger> out = new ArrayList<>();
    Map<String, String> fitted = new HashMap<>();
    for (String line : lines) {
      Matcher m = PATTERN_LINE.matcher(line.trim());
      if (!m.matches()) {
        continue;
      }
      counts[0]++;
      String code = m.group(2);
      if (codes.get(code).isEmpty()) {
        counts[2]++;
        continue;
      }
      List<String> objects = objectKeys(m.group(1), synsets);
      if (objects.isEmpty()) {
        continue;
      }
      Set<String> verbs = new LinkedHashSet<>();
      for (String v : m.group(3).split(",")) {
        String head = v.trim().split("[+_ ]")[0];
        if (head.isEmpty()) {
          continue;
        }
        String lemma = fitted.computeIfAbsent(head, this::fitVerb);
        if (lemma.isEmpty()) {
          counts[1]++;
        } else {
          verbs.add(lemma);
        }
      }
      for (String verb : verbs) {
        out.add(new Trigger(verb, true, code, objects, List.of(), null, ploverOverride(code), "cameo-ar"));
      }
    }
    return out;
  }

  /**
   * The PLOVER type where PLOVER's own definitions file a code differently from the crosswalk (the same
   * rule the curated lexicon's plover column follows): requests and appeals (CAMEO 02, which the
   * crosswalk leaves untyped) are REQUEST, and signing a formal agreement (057) is AGREE.
   */
  static String ploverOverride(String code) {
    if (code.startsWith("02")) {
      return "REQUEST";
    }
    return code.equals("057") ? "AGREE" : null;
  }

  /** The object words of a pattern: its last content word ("(إلى بيان)" → بيان), or a synonym set's words. */
  private static List<String> objectKeys(String phrase, Map<String, List<String>> synsets) {
    String cleaned = phrase.replaceAll("[(){}]", " ").trim();
    if (cleaned.isEmpty()) {
      return List.of();
    }
    String[] words = cleaned.split("\\s+");
    for (String w : words) {
      if (w.startsWith("&")) {
        return synsets.getOrDefault(w, List.of());
      }
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (!PREPOSITIONS.contains(w) && !w.equals("*") && w.length() >= 3 && !w.startsWith("$")) {
        return List.of(EventKeys.of(w));
      }
    }
    return List.of();
  }

  /**
   * The lemma key of a dictionary verb: the word itself when the lexicon knows it as a verb lemma, else
   * the first of its augmented forms that is one (رسل → أرسل, سءل → سأل, عجل → أعجل …); empty if none.
   */
  private String fitVerb(String raw) {
    String form = raw.replace('ء', 'أ');
    for (String candidate : List.of(raw, form, "أ" + raw, "ا" + raw, "ت" + raw, "است" + raw, "ان" + raw)) {
      String norm = org.marsad.text.ArabicNormalizer.normalizeDefault(candidate);
      for (LexEntry e : lexicon.lookup(norm).readings()) {
        if ("VERB".equals(e.pos()) && EventKeys.of(e.lemma()).equals(EventKeys.of(candidate))) {
          return EventKeys.of(e.lemma());
        }
      }
    }
    return "";
  }

  private boolean isNoun(String word) {
    List<LexEntry> readings = lexicon.lookup(org.marsad.text.ArabicNormalizer.normalizeDefault(word)).readings();
    return !readings.isEmpty() && readings.stream().allMatch(e -> "NOUN".equals(e.pos()));
  }

  /** The agent lexicon: curated role nouns, then the CAMEO agents of one or two words. */
  public int writeAgents(OutputStream out) throws IOException {
    Map<String, String> roles = new LinkedHashMap<>();
    for (String line : Files.readAllLines(curated.resolve("agents.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      roles.putIfAbsent(EventKeys.of(f[0]), f[1]);
    }
    int curatedCount = roles.size();
    Pattern agent = Pattern.compile("^(\\S+)\\s*\\[~([A-Z]{3})[A-Z]*\\]");
    for (String line : Files.readAllLines(cameoAr.resolve("agents.all.ar_v3.txt"), StandardCharsets.UTF_8)) {
      Matcher m = agent.matcher(line.trim());
      if (!m.find()) {
        continue;
      }
      String words = m.group(1).replace('_', ' ').trim();
      if (words.isEmpty() || words.split(" ").length > 2 || (!words.contains(" ") && !isNoun(words))) {
        continue; // the machine translation left adjectives and verbs among the one-word agents (رئيسية → BUS)
      }
      roles.putIfAbsent(EventKeys.of(words), m.group(2));
    }
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("# Marsad agents (role nouns), built by `marsad train events` from lexicons/events/agents.tsv (curated)\n");
    w.write("# and agents.all.ar_v3.txt of the Arabic CAMEO dictionaries (UniversalPetrarch, MIT).\n");
    roles.values().removeIf("-"::equals); // a curated "-" keeps a mistranslated CAMEO agent out ("سيادة")
    for (Map.Entry<String, String> e : roles.entrySet()) {
      w.write(e.getKey() + '\t' + e.getValue() + '\n');
    }
    w.flush();
    log.accept(String.format("%d agents (%d curated)", roles.size(), curatedCount));
    return roles.size();
  }
}
