package org.marsad.text;

/**
 * One reading of a word form in the {@link Lexicon}.
 *
 * @param lemma dictionary form, undiacritised, hamzas as the dictionary writes them
 * @param pos Universal Dependencies coarse tag (NOUN, ADJ, PROPN, NUM, VERB, ADP, PRON, …)
 * @param tense for verbs: 'p' perfective, 'f' imperfective, 'i' imperative; for nouns 'm' marks a
 *     verbal noun (masdar); else 0
 * @param thirdPerson for verbs: the subject is third person
 * @param carrier the form is the dictionary's stand-in for "stem + any pronoun suffix": it is written
 *     with ه ("كتابه" stands for كتابه، كتابها، كتابهم …) and is not a word on its own
 */
public record LexEntry(String lemma, String pos, char tense, boolean thirdPerson, boolean carrier) {

  public boolean isNominal() {
    return pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("PROPN") || pos.equals("NUM");
  }

  public boolean isImperfectiveVerb() {
    return pos.equals("VERB") && tense == 'f';
  }

  /** The compact tag stored in the lexicon file: {@code POS[:tense[3]][+H]}. */
  String tag() {
    StringBuilder tag = new StringBuilder(pos);
    if (tense != 0) {
      tag.append(':').append(tense);
      if (thirdPerson) {
        tag.append('3');
      }
    }
    if (carrier) {
      tag.append("+H");
    }
    return tag.toString();
  }

  static LexEntry parse(String lemma, String tag) {
    boolean carrier = tag.endsWith("+H");
    String body = carrier ? tag.substring(0, tag.length() - 2) : tag;
    int colon = body.indexOf(':');
    if (colon < 0) {
      return new LexEntry(lemma, body, (char) 0, false, carrier);
    }
    char tense = body.charAt(colon + 1);
    boolean third = body.length() > colon + 2 && body.charAt(colon + 2) == '3';
    return new LexEntry(lemma, body.substring(0, colon), tense, third, carrier);
  }
}
