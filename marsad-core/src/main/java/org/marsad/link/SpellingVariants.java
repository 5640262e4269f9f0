package org.marsad.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Foreign names spelled with other long vowels: "زخاروفا" is ماريا زاخاروفا, "ريكس تليرسون" is Tillerson,
 * "تشاوش أوغلو" is Çavuşoğlu. Arabic transliterations of one name differ mostly in which long vowels (ا و ي)
 * they write inside a word; the consonants, and the letters a word starts and ends with, stay. So a person's
 * name the base does not list is read as a known person's when, word by word, the two agree once the inner
 * long vowels are dropped, and only one person in the base fits.
 *
 * <p>Written here because no library maps Arabic transliteration variants; an edit distance alone would
 * also join names that differ in a consonant ("نواف" / "نايف" differ only in vowels, and are two people: a
 * word behind "بن" or "أبو" is a father's or a kunya's given name, which is left as written).
 */
final class SpellingVariants {
  /** A name this short is too often another name: "ماركل" (Meghan Markle) is not "ميركل". */
  private static final int MIN_LETTERS_ONE_WORD = 5;
  private static final int MIN_LETTERS = 6;

  /** Words after which a name is a given name, not a transliterated surname. */
  private static final Set<String> PATRONYMIC = Set.of(KnowledgeBase.wordKey("بن"), KnowledgeBase.wordKey("ابن"),
      KnowledgeBase.wordKey("بنت"), KnowledgeBase.wordKey("أبو"), KnowledgeBase.wordKey("أبي"));

  private final KnowledgeBase kb;
  private final Map<String, List<KnowledgeBase.Alias>> bySkeleton = new HashMap<>();

  SpellingVariants(KnowledgeBase kb) {
    this.kb = kb;
    for (KnowledgeBase.Alias a : kb.aliases()) {
      if (a.entry().kind() == KbEntry.Kind.PERSON
          && (a.kind() == KnowledgeBase.AliasKind.NAME || a.kind() == KnowledgeBase.AliasKind.SURNAME)) {
        bySkeleton.computeIfAbsent(skeleton(a.key()), k -> new ArrayList<>()).add(a);
      }
    }
  }

  /**
   * The aliases of the one person whose name this key (words of {@link KnowledgeBase#key}) is another
   * spelling of, or an empty list.
   */
  List<KnowledgeBase.Alias> lookup(String key) {
    String skeleton = skeleton(key);
    int letters = skeleton.replace(" ", "").length();
    if (letters < (skeleton.indexOf(' ') < 0 ? MIN_LETTERS_ONE_WORD : MIN_LETTERS)) {
      return List.of();
    }
    List<KnowledgeBase.Alias> found = bySkeleton.getOrDefault(skeleton, List.of());
    if (found.isEmpty() || found.stream().map(a -> a.entry().id()).distinct().count() > 1) {
      return List.of();
    }
    String[] words = key.split(" ");
    for (KnowledgeBase.Alias a : found) {
      String[] known = a.key().split(" ");
      for (int i = 0; i < words.length; i++) {
        boolean respelled = !words[i].equals(known[i]);
        if (respelled && (kb.isGivenName(words[i]) || i > 0 && PATRONYMIC.contains(words[i - 1]))) {
          return List.of();
        }
      }
    }
    return found;
  }

  /** The key with each word's inner long vowels dropped: "زاخاروفا" → "زخرفا". */
  static String skeleton(String key) {
    StringBuilder out = new StringBuilder(key.length());
    for (String word : key.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word.charAt(0));
      for (int i = 1; i < word.length() - 1; i++) {
        char c = word.charAt(i);
        if (c != 'ا' && c != 'و' && c != 'ي') {
          out.append(c);
        }
      }
      if (word.length() > 1) {
        out.append(word.charAt(word.length() - 1));
      }
    }
    return out.toString();
  }
}
