package org.marsad.text;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits the clitics off an Arabic word, following the Penn Arabic Treebank convention: conjunctions
 * (و ف), prepositions (ب ل ك), the future particle (س) and pronoun suffixes (ه ها هم هما هن ك كم كما كن
 * ي ني نا) are split; the article ال stays on the word (it is dropped from the lemma); "لل" is ل + ال.
 *
 * <p>Every way of reading the word as proclitics + stem + enclitic is scored, and the best wins:
 * <pre>
 *   score = log(1 + corpus count of the stem as a word of its own)
 *         + K               if the lexicon knows the stem in a reading the clitics allow
 *         + cost(proclitics) + cost(enclitic)      (negative: each split must earn its place)
 * </pre>
 * The reading with no split scores the count of the whole word, + K when the lexicon knows it. So
 * "وقال" splits (قال is known and frequent; وقال is not a dictionary word), while "وزير", "بوتين",
 * "لبنان" and "كندا" stay whole (زير، وتين، بنان، ندا are rare next to the whole word). Allowed readings:
 * ب ك and لل need a nominal stem, س an imperfective verb, ل either; an article and a pronoun suffix
 * never go together.
 *
 * <p>Results are cached per word form: news text repeats its words, so most tokens cost one hash
 * look-up.
 */
public final class CliticSegmenter {

  /**
   * How a word splits.
   *
   * @param pre proclitics in reading order ("و", "ب")
   * @param post pronoun suffixes (zero or one)
   * @param stemStart index of the stem's first char in the word
   * @param stemEnd index after the stem's last char
   * @param reading the lexicon reading chosen for the stem, or {@code null} when the stem is unknown
   * @param definite the stem carries the article (ال, or the ل of "لل")
   */
  public record Segmentation(
      List<String> pre, List<String> post, int stemStart, int stemEnd, LexEntry reading, boolean definite) {

    public boolean isSplit() {
      return !pre.isEmpty() || !post.isEmpty();
    }
  }

  /** The knobs of the scoring; {@link #DEFAULT} is what ships. */
  public record Weights(double known, double function, double conj, double prep, double kaf, double future,
      double pronoun, double rarePronoun, int minUnknownStemCount, double unknownWord, double article,
      double fa, double firstPersonFuture) {
    public static final Weights DEFAULT = new Weights(5.0, 3.0, 1.0, 1.5, 2.5, 1.5, 1.5, 4.0, 20, 1.0, 3.0, 2.5, 2.0);

    /** Parses the components in order, comma-separated. */
    public static Weights parse(String csv) {
      String[] v = csv.split(",");
      return new Weights(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
          Double.parseDouble(v[3]), Double.parseDouble(v[4]), Double.parseDouble(v[5]),
          Double.parseDouble(v[6]), Double.parseDouble(v[7]), Integer.parseInt(v[8]), Double.parseDouble(v[9]),
          Double.parseDouble(v[10]), Double.parseDouble(v[11]), Double.parseDouble(v[12]));
    }
  }

  /** Words after which ATB splits the relative ما: عندما → عند + ما. */
  private static final java.util.Set<String> MA_HOSTS = java.util.Set.of("عند", "بعد", "مثل", "حسب");

  /** A preposition whose ن merged into a following م: مما = من + ما, عما = عن + ما. */
  private static final Map<String, String> ASSIMILATED = Map.of("مما", "من", "عما", "عن", "ممن", "من", "عمن", "عن");

  private enum Needs { ANY, NOMINAL, NOMINAL_OR_IMPERFECTIVE, IMPERFECTIVE }

  private record Prefix(String surface, List<String> parts, Needs needs, boolean lamLam, double cost) {}

  private record Suffix(String surface, double cost) {}

  private static final int MAX_CACHE = 200_000;

  private final Lexicon lexicon;
  private final FunctionWords functionWords;
  private final Weights weights;
  private final List<Prefix> prefixes;
  private final List<Suffix> suffixes;
  private final Map<String, Segmentation> cache = new ConcurrentHashMap<>();

  public CliticSegmenter(Lexicon lexicon, FunctionWords functionWords) {
    this(lexicon, functionWords, Weights.DEFAULT);
  }

  public CliticSegmenter(Lexicon lexicon, FunctionWords functionWords, Weights weights) {
    this.lexicon = lexicon;
    this.functionWords = functionWords;
    this.weights = weights;
    this.prefixes = prefixes(weights);
    this.suffixes = suffixes(weights);
  }

  private static List<Prefix> prefixes(Weights w) {
    double b = w.prep();
    double k = w.kaf();
    double s = w.future();
    double c = w.conj();
    double f = w.conj() + w.fa();
    return List.of(
        new Prefix("و", List.of("و"), Needs.ANY, false, c),
        new Prefix("ف", List.of("ف"), Needs.ANY, false, f),
        new Prefix("ب", List.of("ب"), Needs.NOMINAL, false, b),
        new Prefix("ك", List.of("ك"), Needs.NOMINAL, false, k),
        new Prefix("ل", List.of("ل"), Needs.NOMINAL_OR_IMPERFECTIVE, false, b),
        new Prefix("س", List.of("س"), Needs.IMPERFECTIVE, false, s),
        new Prefix("لل", List.of("ل"), Needs.NOMINAL, true, b),
        new Prefix("وب", List.of("و", "ب"), Needs.NOMINAL, false, c + b),
        new Prefix("فب", List.of("ف", "ب"), Needs.NOMINAL, false, f + b),
        new Prefix("وك", List.of("و", "ك"), Needs.NOMINAL, false, c + k),
        new Prefix("فك", List.of("ف", "ك"), Needs.NOMINAL, false, f + k),
        new Prefix("ول", List.of("و", "ل"), Needs.NOMINAL_OR_IMPERFECTIVE, false, c + b),
        new Prefix("فل", List.of("ف", "ل"), Needs.NOMINAL_OR_IMPERFECTIVE, false, f + b),
        new Prefix("وس", List.of("و", "س"), Needs.IMPERFECTIVE, false, c + s),
        new Prefix("فس", List.of("ف", "س"), Needs.IMPERFECTIVE, false, f + s),
        new Prefix("ولل", List.of("و", "ل"), Needs.NOMINAL, true, c + b),
        new Prefix("فلل", List.of("ف", "ل"), Needs.NOMINAL, true, f + b));
  }

  private static List<Suffix> suffixes(Weights w) {
    double p = w.pronoun();
    double r = w.rarePronoun();
    return List.of(
        new Suffix("هما", p + 1), new Suffix("كما", r + 0.5), new Suffix("هم", p), new Suffix("هن", r),
        new Suffix("كم", r), new Suffix("كن", r + 0.5), new Suffix("ها", p), new Suffix("نا", p + 0.5),
        new Suffix("ني", r), new Suffix("ه", p), new Suffix("ك", r), new Suffix("ي", r),
        new Suffix("ما", p));
  }

  /** Segments a word given in lexicon-normalised form ({@link ArabicNormalizer.Options#LEXICON}). */
  public Segmentation segment(String word) {
    Segmentation cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    Segmentation result = analyse(word);
    if (cache.size() >= MAX_CACHE) {
      cache.clear();
    }
    cache.put(word, result);
    return result;
  }

  /**
   * The word read whole, with no clitic: for the few forms whose split the next word rules out, which a
   * segmenter of single words cannot see ("ولي العهد" is the crown prince, not "and to me").
   */
  public Segmentation unsplit(String word) {
    Candidate whole = bareStem(word, 0, word.length(), null);
    return new Segmentation(List.of(), List.of(), 0, word.length(), best(whole.readings(), Needs.ANY), whole.definite());
  }

  private Segmentation analyse(String word) {
    int n = word.length();
    Lexicon.Word whole = lexicon.lookup(word);
    Candidate unsplit = bareStem(word, 0, n, null);
    LexEntry wholeReading = best(unsplit.readings(), Needs.ANY);
    Segmentation best = new Segmentation(List.of(), List.of(), 0, n, wholeReading, unsplit.definite());
    double bestScore = Math.log1p(whole.frequency())
        + (wholeReading == null ? -weights.unknownWord() : knownBonus(wholeReading));
    if (n < 2 || !isArabicWord(word)) {
      return best;
    }
    for (String conj : new String[] {"", "و", "ف"}) {
      if (!word.startsWith(conj)) {
        continue;
      }
      int prep = conj.length();
      List<String> pre = conj.isEmpty() ? List.of() : List.of(conj);
      double conjCost = conj.isEmpty() ? 0 : weights.conj();
      String assimilated = ASSIMILATED.get(word.substring(prep));
      if (assimilated != null) {
        LexEntry reading = new LexEntry(assimilated, "ADP", (char) 0, false, false);
        return new Segmentation(pre, List.of("ما".equals(word.substring(prep + 1)) ? "ما" : "من"), prep, prep + 1,
            reading, false);
      }
      // a preposition standing alone with a pronoun or ما: به، لها، ولهم، بما
      for (Suffix suffix : suffixes) {
        if (n != prep + 1 + suffix.surface().length() || !word.endsWith(suffix.surface())) {
          continue;
        }
        char c = word.charAt(prep);
        if (c == 'ب' || c == 'ل' || c == 'ك') {
          // + 2.5: the dictionary lists some of these (لنا) as words; ATB always splits them
          double score = weights.known() + weights.function() + 2.5 + Math.log1p(whole.frequency())
              - suffix.cost() - conjCost;
          if (score > bestScore) {
            bestScore = score;
            best = new Segmentation(pre, List.of(suffix.surface()), prep, prep + 1,
                new LexEntry(String.valueOf(c), "ADP", (char) 0, false, false), false);
          }
        }
      }
    }
    for (int p = -1; p < prefixes.size(); p++) {
      Prefix prefix = p < 0 ? null : prefixes.get(p);
      String pre = prefix == null ? "" : prefix.surface();
      if (!word.startsWith(pre)) {
        continue;
      }
      for (int s = -1; s < suffixes.size(); s++) {
        Suffix suffix = s < 0 ? null : suffixes.get(s);
        if (prefix == null && suffix == null) {
          continue;
        }
        String post = suffix == null ? "" : suffix.surface();
        int stemEnd = n - post.length();
        int stemStart = prefix != null && prefix.lamLam() ? pre.length() - 1 : pre.length();
        int minStem = prefix != null && prefix.needs() == Needs.IMPERFECTIVE ? 3 : 2;
        if (stemEnd - pre.length() < minStem || !word.endsWith(post)) {
          continue;
        }
        Candidate candidate;
        if (suffix == null) {
          candidate = bareStem(word, stemStart, stemEnd, prefix);
        } else if (post.equals("ما")) {
          candidate = relativeHost(word.substring(stemStart, stemEnd));
        } else {
          candidate = stemWithPronoun(word.substring(stemStart, stemEnd));
        }
        if (candidate == null) {
          continue;
        }
        Needs needs = prefix == null ? Needs.ANY : prefix.needs();
        LexEntry reading = best(candidate.readings(), needs);
        boolean known = reading != null;
        if (!known && (suffix != null || needs == Needs.IMPERFECTIVE
            || candidate.frequency() < weights.minUnknownStemCount())) {
          continue;
        }
        // after a proclitic, a stem spelt with the article is a noun even when the dictionary lacks it
        boolean article = !known && suffix == null && (word.startsWith("ال", stemStart) || prefix.lamLam());
        // the future with a first-person verb (سأفعل) is rare in news; سا… is mostly a word (ساهم، سابق)
        boolean firstPerson = prefix != null && prefix.needs() == Needs.IMPERFECTIVE && word.charAt(stemStart) == 'ا'
            // and so is و/ف + a first-person verb (وأتمنى) outside quotes; names read so: وائل، وانغ
            || prefix != null && suffix == null && prefix.needs() == Needs.ANY && word.charAt(stemStart) == 'ا'
                && reading != null && reading.isImperfectiveVerb() && !reading.thirdPerson();
        double score = Math.log1p(candidate.frequency()) + knownBonus(reading) + (article ? weights.article() : 0)
            - (firstPerson ? weights.firstPersonFuture() : 0)
            - (prefix == null ? 0 : prefix.cost()) - (suffix == null ? 0 : suffix.cost());
        if (score > bestScore) {
          bestScore = score;
          best = new Segmentation(prefix == null ? List.of() : prefix.parts(),
              suffix == null ? List.of() : List.of(post), stemStart, stemEnd, reading, candidate.definite());
        }
      }
    }
    return best;
  }

  /** What lexicon knowledge of a reading is worth: more for function words, which are closed-class. */
  private double knownBonus(LexEntry reading) {
    if (reading == null) {
      return 0;
    }
    return weights.known() + (isFunctionPos(reading.pos()) ? weights.function() : 0);
  }

  private static boolean isFunctionPos(String pos) {
    switch (pos) {
      case "NOUN": case "ADJ": case "PROPN": case "NUM": case "VERB":
        return false;
      default:
        return true;
    }
  }

  private record Candidate(List<LexEntry> readings, int frequency, boolean definite) {}

  /** A stem with no pronoun after it: a word of its own, maybe with the article. */
  private Candidate bareStem(String word, int stemStart, int stemEnd, Prefix prefix) {
    if (prefix != null && prefix.lamLam()) {
      // للرئيس: ل + (ا)لرئيس — look the stem up with its article restored
      String base = word.substring(prefix.surface().length(), stemEnd);
      String withArticle = "ال" + base;
      Lexicon.Word article = lexicon.lookup(withArticle);
      List<LexEntry> readings = concat(standalone(withArticle, article), nominal(lexicon.lookup(base)));
      return new Candidate(readings, article.frequency(), true);
    }
    String stem = word.substring(stemStart, stemEnd);
    Lexicon.Word entry = lexicon.lookup(stem);
    List<LexEntry> readings = standalone(stem, entry);
    boolean definite = false;
    if (stem.startsWith("ال") && stem.length() >= 4) {
      List<LexEntry> base = nominal(lexicon.lookup(stem.substring(2)));
      if (!base.isEmpty()) {
        readings = concat(readings, base);
        definite = true;
      }
    }
    return new Candidate(readings, entry.frequency(), definite);
  }

  /** A stem followed by a pronoun suffix: the dictionary lists such stems with ه as a stand-in. */
  private Candidate stemWithPronoun(String stem) {
    List<LexEntry> readings = List.of();
    FunctionWords.Entry function = functionWords.get(stem);
    if (function != null && function.takesPronoun()) {
      readings = List.of(functionReading(function));
    } else if (stem.startsWith("ال")) {
      return null; // an article and a pronoun suffix never go together (إليه is إلى + ه, a function word)
    }
    Lexicon.Word carrier = lexicon.lookup(stem + "ه");
    for (LexEntry r : carrier.readings()) {
      if (r.carrier()) {
        readings = concat(readings, List.of(r));
      }
    }
    int frequency = lexicon.lookup(stem).frequency();
    char last = stem.charAt(stem.length() - 1);
    if (last == 'ت' || last == 'ا') {
      // مدرستها → مدرسة + ها ; مستواه → مستوى + ه
      String restored = stem.substring(0, stem.length() - 1) + (last == 'ت' ? 'ة' : 'ي');
      Lexicon.Word entry = lexicon.lookup(restored);
      readings = concat(readings, nominal(entry));
      frequency = Math.max(frequency, entry.frequency());
    }
    return new Candidate(readings, frequency, false);
  }

  /** عندما، بعدما: a host word followed by the relative ما. */
  private Candidate relativeHost(String stem) {
    FunctionWords.Entry function = functionWords.get(stem);
    if (function == null || !MA_HOSTS.contains(stem)) {
      return null;
    }
    return new Candidate(List.of(functionReading(function)), lexicon.lookup(stem).frequency(), false);
  }

  private List<LexEntry> standalone(String form, Lexicon.Word entry) {
    FunctionWords.Entry function = functionWords.get(form);
    List<LexEntry> readings = function == null ? List.of() : List.of(functionReading(function));
    for (LexEntry r : entry.readings()) {
      if (!r.carrier()) {
        readings = concat(readings, List.of(r));
      }
    }
    return readings;
  }

  private static LexEntry functionReading(FunctionWords.Entry function) {
    return new LexEntry(function.form(), function.pos(), (char) 0, false, false);
  }

  private static List<LexEntry> nominal(Lexicon.Word entry) {
    List<LexEntry> out = List.of();
    for (LexEntry r : entry.readings()) {
      if (!r.carrier() && r.isNominal()) {
        out = concat(out, List.of(r));
      }
    }
    return out;
  }

  private static List<LexEntry> concat(List<LexEntry> a, List<LexEntry> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    LexEntry[] all = new LexEntry[a.size() + b.size()];
    for (int i = 0; i < a.size(); i++) {
      all[i] = a.get(i);
    }
    for (int i = 0; i < b.size(); i++) {
      all[a.size() + i] = b.get(i);
    }
    return List.of(all);
  }

  /** The most likely reading allowed after the given proclitics, or null when none is allowed. */
  private static LexEntry best(List<LexEntry> readings, Needs needs) {
    LexEntry best = null;
    int bestRank = Integer.MAX_VALUE;
    for (LexEntry r : readings) {
      if (!allowed(r, needs)) {
        continue;
      }
      int rank = rank(r);
      if (rank < bestRank) {
        best = r;
        bestRank = rank;
      }
    }
    return best;
  }

  private static boolean allowed(LexEntry r, Needs needs) {
    switch (needs) {
      case NOMINAL:
        return r.isNominal() || r.pos().equals("DET") || r.pos().equals("PRON") || r.pos().equals("SCONJ")
            || r.pos().equals("ADV") || r.pos().equals("ADP");
      case NOMINAL_OR_IMPERFECTIVE:
        return r.isNominal() || r.isImperfectiveVerb() || r.pos().equals("DET") || r.pos().equals("PRON")
            || r.pos().equals("SCONJ") || r.pos().equals("ADV") || r.pos().equals("ADP");
      case IMPERFECTIVE:
        return r.isImperfectiveVerb() || (r.pos().equals("AUX") && isImperfectiveAux(r.lemma()));
      default:
        return true;
    }
  }

  private static boolean isImperfectiveAux(String form) {
    char c = form.charAt(0);
    return c == 'ي' || c == 'ت' || c == 'ن' || c == 'أ';
  }

  /** Lower is likelier, for picking one reading of an ambiguous form without context. */
  private static int rank(LexEntry r) {
    switch (r.pos()) {
      case "PROPN":
        return 1;
      case "NOUN":
        return r.tense() == 'm' ? 5 : 2;
      case "NUM":
        return 2;
      case "VERB":
        return r.thirdPerson() ? 3 : 6;
      case "ADJ":
        return 4;
      default:
        return 0; // function words
    }
  }

  private static boolean isArabicWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!CharClass.isArabicLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
