package org.marsad.event;

import java.util.concurrent.ConcurrentHashMap;
import org.marsad.doc.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.SearchKeys;

/**
 * The keys the event lexicons are matched on. A word matches an entry by its lemma ("أرسلت" → أرسل), by
 * its written stem without the article ("الاحتجاجات" → احتجاجات: broken plurals and masdars the lemma
 * would collapse) or, for verbs, by its stem with the imperfective prefix and the subject suffix taken
 * off ("يوقعان" → وقع: the lemmatiser sometimes picks another verb of the same letters). Entries in the
 * resources are stored under {@link #of(String)}, so both sides go through the same normalisation.
 */
public final class EventKeys {
  /** Lemmas repeat a lot: their keys are computed once (the set of lemmas is finite). */
  private static final ConcurrentHashMap<String, String> LEMMA_KEYS = new ConcurrentHashMap<>();

  private EventKeys() {}

  /** The key of a dictionary word or phrase: normalised, search-folded, without the article. */
  public static String of(String word) {
    String[] parts = SearchKeys.fold(ArabicNormalizer.normalizeDefault(word.trim())).split("\\s+");
    StringBuilder key = new StringBuilder();
    for (String part : parts) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(bare(part));
    }
    return key.toString();
  }

  /** The keys of a word list, for membership tests against {@link SentenceWords}. */
  static java.util.Set<String> setOf(String... words) {
    java.util.Set<String> set = new java.util.HashSet<>();
    for (String w : words) {
      set.add(of(w));
    }
    return java.util.Set.copyOf(set);
  }

  static String lemma(Token token) {
    String lemma = token.lemma();
    if (lemma == null) {
      return bare(token);
    }
    return LEMMA_KEYS.computeIfAbsent(lemma, EventKeys::of);
  }

  /** The written stem's key without the article. */
  static String bare(Token token) {
    return bare(SearchKeys.stem(token));
  }

  static String bare(String key) {
    return key.length() > 3 && key.startsWith("ال") ? key.substring(2) : key;
  }

  /** A verb's stem without the imperfective prefix and the subject suffix: "يوقعان" → "وقع". */
  static String verbStem(Token token) {
    return verbStem(bare(token));
  }

  /** The verb stem of a written form already stripped of its clitics ("ينفذ" of "ينفذها"). */
  static String verbStem(String written) {
    String s = written;
    boolean perfective = false; // (ت ends only a perfective, which takes no person prefix: "توقعت" expected)
    if (s.length() >= 5 && (s.endsWith("ان") || s.endsWith("ون") || s.endsWith("وا") || s.endsWith("ين"))) {
      s = s.substring(0, s.length() - 2);
    } else if (s.length() >= 4 && (s.endsWith("ت") || s.endsWith("ا"))) {
      perfective = s.endsWith("ت");
      s = s.substring(0, s.length() - 1);
    }
    // (not a first-person أ: "أقالت" is أقال, dismissed, not قال; "أقول" is listed as it is)
    // (nor the ت of a perfective's own stem: "توقعت" is توقع, expected, not وقع, signed; seed 267)
    if (s.length() >= 4 && "يتن".indexOf(s.charAt(0)) >= 0 && !(perfective && s.charAt(0) == 'ت')) {
      s = s.substring(1);
    }
    return s;
  }
}
