package org.marsad.train;

import org.marsad.text.LexEntry;

/**
 * Maps LanguageTool's Arabic tags ({@code "V41;M1H-pa-;--H"}: class; conjugation; affixes — see its
 * {@code arabic_tags_description.txt}) to Marsad's coarse {@link LexEntry}.
 */
final class LanguageToolTags {
  private LanguageToolTags() {}

  /** The entry for one dictionary line, or {@code null} for tags we do not use. */
  static LexEntry toEntry(String lemma, String tag) {
    String[] parts = tag.split(";", -1);
    if (parts.length < 3 || parts[0].length() < 2) {
      return null;
    }
    String wordClass = parts[0];
    boolean carrier = parts[2].endsWith("H");
    switch (wordClass.charAt(0)) {
      case 'N': {
        char sub = wordClass.charAt(1);
        boolean related = wordClass.length() > 2 && wordClass.charAt(2) == 'R';
        String pos;
        char kind = 0;
        if (sub == 'A' || sub == 'S' || related) {
          pos = "ADJ";
        } else if (sub == 'P') {
          pos = "PROPN";
        } else if (sub == 'N') {
          pos = "NUM";
        } else {
          pos = "NOUN";
          kind = sub == 'M' ? 'm' : 0;
        }
        return new LexEntry(lemma, pos, kind, false, carrier);
      }
      case 'V': {
        String conj = parts[1];
        if (conj.length() < 5) {
          return null;
        }
        char tense = conj.charAt(4);
        if (tense != 'p' && tense != 'f' && tense != 'i') {
          return null;
        }
        return new LexEntry(lemma, "VERB", tense, conj.charAt(2) == 'H', carrier);
      }
      case 'P':
        return new LexEntry(lemma, wordClass.charAt(1) == 'R' ? "ADP" : "PART", (char) 0, false, carrier);
      default:
        return null;
    }
  }
}
