package org.marsad.quantity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Document;
import org.marsad.doc.Quantity;
import org.marsad.doc.Sentence;
import org.marsad.doc.TimeExpression;
import org.marsad.doc.Token;
import org.marsad.doc.TokenKind;
import org.marsad.pipeline.Stage;
import java.util.Map;
import org.marsad.text.NumberWords;
import org.marsad.text.SearchKeys;

/**
 * Fills {@link Document#quantities()}: every number (digits in any script, or words: "ثلاثة آلاف",
 * "نصف مليون", "1.5 مليار") with what it measures or counts:
 * <ul>
 *   <li>a percentage: "15%", "15 في المئة", "15 بالمئة" → unit {@code percent};
 *   <li>money: "1.5 مليار دولار" → currency {@code USD} (ISO 4217);
 *   <li>a measure: "70 كم" → unit {@code km} ({@link QuantityWords} lists the units);
 *   <li>a count, as GDELT counts: "4 مفاعلات نووية" → object {@code مفاعل} (the noun's lemma);
 *   <li>otherwise the bare number.
 * </ul>
 * Numbers inside time expressions (dates, years, durations) are left to the time stage, which must
 * run first; numbers that identify something ("القرار 2254", "المادة 3") and phone-like digit strings
 * are not quantities.
 */
public final class QuantityStage implements Stage {

  @Override
  public String name() {
    return "quantity";
  }

  @Override
  public Document apply(Document document) {
    boolean[] inTime = timeTokens(document);
    List<Quantity> quantities = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      List<Token> tokens = document.tokensOf(sentence);
      int offset = sentence.firstToken();
      int i = 0;
      while (i < tokens.size()) {
        Token t = tokens.get(i);
        // only numbers (digits, or words the text layer gave a value) can start a quantity
        Quantity q = inTime[offset + i] || t.number() == null ? null : quantityAt(document, tokens, inTime, offset, i);
        if (q == null) {
          i++;
          continue;
        }
        quantities.add(q);
        while (i < tokens.size() && tokens.get(i).start() < q.end()) {
          i++;
        }
      }
    }
    return document.withQuantities(quantities);
  }

  private static boolean[] timeTokens(Document document) {
    boolean[] covered = new boolean[document.tokens().size()];
    int t = 0;
    for (TimeExpression time : document.times()) {
      while (t < covered.length && document.tokens().get(t).end() <= time.start()) {
        t++;
      }
      for (int k = t; k < covered.length && document.tokens().get(k).start() < time.end(); k++) {
        covered[k] = true;
      }
    }
    return covered;
  }

  private Quantity quantityAt(Document doc, List<Token> tokens, boolean[] inTime, int offset, int i) {
    Keys keys = new Keys(tokens);
    Token first = tokens.get(i);
    boolean digits = first.kind() == TokenKind.NUMBER;
    if (!digits && !(first.kind() == TokenKind.ARABIC
        && startsNumberWord(doc.text().substring(first.stemStart(), first.end())))) {
      return null;
    }
    if (digits && !isAmount(tokens, i)) {
      return null;
    }
    if (i > 0 && QuantityWords.IDENTIFIER_WORDS.contains(keys.stem(i - 1))) {
      return null;
    }
    if (!digits && (keys.stem(i).startsWith("ال") || (i > 0 && isOrdinalUnit(keys.stem(i - 1))))) {
      return null; // السبع (Beersheba, the seven), الثامن عشر (an ordinal): not amounts
    }
    if (digits && i == 0 && tokens.size() > 1 && tokens.get(1).kind() == TokenKind.PUNCT
        && ".-)".indexOf(tokens.get(1).text().charAt(0)) >= 0) {
      return null; // "3. …", "6 - …": a list item's number
    }
    // the first word without its proclitics (وثلاثة → ثلاثة); the rest as written (و joins numbers)
    List<String> words = new ArrayList<>();
    words.add(doc.text().substring(first.stemStart(), first.end()));
    int limit = i + 1;
    while (limit < tokens.size() && !inTime[offset + limit] && limit - i < 8) {
      words.add(tokens.get(limit).norm());
      limit++;
    }
    NumberWords.Match number = NumberWords.read(words, 0);
    if (number == null) {
      return null;
    }
    int j = i + number.tokenCount();
    if (!digits && number.value() < 1 && j < tokens.size() && keys.stem(j).startsWith("ال")) {
      return null; // نصف النهائي (the semi-final), ربع الساعة: a fraction of a thing, not an amount
    }
    String unit = null;
    String currency = null;
    String object = null;
    int[] percent = phrase(keys, j, QuantityWords.PERCENT);
    int[] money = percent == null ? phrase(keys, j, QuantityWords.CURRENCIES) : null;
    int[] measure = percent == null && money == null ? phrase(keys, j, QuantityWords.UNITS) : null;
    int end = j;
    if (percent != null) {
      unit = "percent";
      end = j + percent[0];
    } else if (money != null) {
      currency = codeOf(keys, j, money[0], QuantityWords.CURRENCIES);
      end = j + money[0];
    } else if (measure != null) {
      unit = codeOf(keys, j, measure[0], QuantityWords.UNITS);
      end = j + measure[0];
    } else if (j < tokens.size() && !inTime[offset + j] && isCountedNoun(tokens.get(j))) {
      object = countedObject(tokens.get(j));
      end = j + 1;
    }
    int start = first.stemStart();
    int stop = tokens.get(end - 1).end();
    return new Quantity(start, stop, doc.text().substring(start, stop), number.value(), unit, currency, object);
  }

  /**
   * The counted noun's dictionary form. The dictionary gives nisba nouns the lemma of their base
   * (جندي → جند); the count wants the noun itself, so a singular nisba keeps its own form.
   */
  private static String countedObject(Token noun) {
    String lemma = noun.lemma();
    String form = noun.norm();
    if (lemma != null && form.equals(org.marsad.text.ArabicNormalizer.normalizeDefault(lemma) + "ي")) {
      return form;
    }
    return lemma;
  }

  private static boolean isOrdinalUnit(String key) {
    return org.marsad.text.OrdinalWords.read(List.of(key), 0) != null;
  }

  private static boolean startsNumberWord(String stem) {
    return NumberWords.read(List.of(stem), 0) != null;
  }

  /** Digits that are an amount, not part of a clock time, a date, a score or a phone number. */
  private static boolean isAmount(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.number() == null) {
      return false;
    }
    String digits = t.norm();
    if (digits.length() >= 7 && digits.indexOf('.') < 0 && digits.indexOf(',') < 0) {
      return false; // phone numbers, ids
    }
    if (digits.length() > 1 && digits.charAt(0) == '0' && digits.indexOf('.') != 1) {
      return false;
    }
    for (int k : new int[] {i - 1, i + 1}) {
      if (k >= 0 && k < tokens.size() && tokens.get(k).kind() == TokenKind.PUNCT) {
        char c = tokens.get(k).text().charAt(0);
        boolean glued = k < i ? tokens.get(k).end() == t.start() : tokens.get(k).start() == t.end();
        if (glued && (c == ':' || c == '/' || (c == '-' && k > i && i + 2 < tokens.size()
            && tokens.get(i + 2).kind() == TokenKind.NUMBER))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A noun right after a number: no proclitic (that would start a new phrase), not a function word.
   * A perfective verb reading is accepted too: without context the lexicon often prefers it for nouns
   * that are also verbs (دول، طالب، صوت).
   */
  private static boolean isCountedNoun(Token t) {
    if (t.kind() != TokenKind.ARABIC || !t.clitics().pre().isEmpty() || t.number() != null) {
      return false;
    }
    String pos = t.pos();
    if (pos == null || pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("PROPN")) {
      return true;
    }
    char first = t.norm().isEmpty() ? ' ' : t.norm().charAt(0);
    return pos.equals("VERB") && first != 'ي' && first != 'ت' && first != 'ن';
  }

  /** Search keys of a sentence's tokens, computed when first asked for. */
  private static final class Keys {
    private final List<Token> tokens;
    private final String[] whole;
    private final String[] stem;

    Keys(List<Token> tokens) {
      this.tokens = tokens;
      this.whole = new String[tokens.size()];
      this.stem = new String[tokens.size()];
    }

    String whole(int i) {
      if (whole[i] == null) {
        whole[i] = SearchKeys.whole(tokens.get(i));
      }
      return whole[i];
    }

    String stem(int i) {
      if (stem[i] == null) {
        stem[i] = SearchKeys.stem(tokens.get(i));
      }
      return stem[i];
    }

    int size() {
      return tokens.size();
    }
  }

  /** How many words (1–3) of a table entry stand at j, or null. */
  private static int[] phrase(Keys keys, int j, Map<List<String>, String> table) {
    if (j >= keys.size() || !QuantityWords.FIRST_WORDS.contains(keys.whole(j))) {
      return null; // no unit, currency or percent phrase starts with this word: no lists to build
    }
    for (int length = 3; length >= 1; length--) {
      if (j + length > keys.size()) {
        continue;
      }
      List<String> words = new ArrayList<>(length);
      for (int k = j; k < j + length; k++) {
        words.add(keys.whole(k));
      }
      if (table.containsKey(words)) {
        return new int[] {length};
      }
    }
    return null;
  }

  private static String codeOf(Keys keys, int j, int length, Map<List<String>, String> table) {
    List<String> words = new ArrayList<>(length);
    for (int k = j; k < j + length; k++) {
      words.add(keys.whole(k));
    }
    return table.get(words);
  }
}
