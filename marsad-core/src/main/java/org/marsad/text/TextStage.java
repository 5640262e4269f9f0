package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Document;
import org.marsad.doc.Sentence;
import org.marsad.doc.Token;
import org.marsad.doc.TokenKind;
import org.marsad.pipeline.Stage;

/**
 * The text layer: tokenises, normalises, segments clitics and splits sentences. Fills
 * {@link Document#tokens()} and {@link Document#sentences()}, and warns when the text is not Arabic.
 */
public final class TextStage implements Stage {
  /** Below this share of Arabic letters among all letters, the document gets a warning. */
  static final double MIN_ARABIC_SHARE = 0.5;

  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final ArabicNormalizer normalizer = new ArabicNormalizer(ArabicNormalizer.Options.DEFAULT);
  private final ArabicNormalizer lexiconForm = new ArabicNormalizer(ArabicNormalizer.Options.LEXICON);
  private final CliticSegmenter segmenter;

  private final Lexicon lexicon;

  public TextStage(Lexicon lexicon, CliticSegmenter segmenter) {
    this.lexicon = lexicon;
    this.segmenter = segmenter;
  }

  /** The text layer with the shipped lexicon. */
  public static TextStage load() {
    Lexicon lexicon = Lexicon.load();
    return new TextStage(lexicon, new CliticSegmenter(lexicon, FunctionWords.load()));
  }

  @Override
  public String name() {
    return "text";
  }

  @Override
  public Document apply(Document document) {
    String text = document.text();
    List<TokenSpan> spans = tokenizer.tokenize(text);
    List<Token> tokens = new ArrayList<>(spans.size());
    ArabicNormalizer.OffsetMap offsets = new ArabicNormalizer.OffsetMap();
    StringBuilder buffer = new StringBuilder(32);
    for (int i = 0; i < spans.size(); i++) {
      TokenSpan span = spans.get(i);
      boolean whole = span.kind() == TokenKind.ARABIC && i + 1 < spans.size()
          && readWhole(text, span, spans.get(i + 1));
      tokens.add(token(text, span, buffer, offsets, whole));
    }
    List<Sentence> sentences = splitter.split(text, spans);
    Document result = document.withTextLayer(tokens, sentences);
    String warning = languageWarning(text);
    return warning == null ? result : result.withWarning(warning);
  }

  /**
   * Words that the next word says are whole: "ولي" before "العهد" or "الأمر" is the noun (crown prince,
   * guardian), while alone the segmenter rightly prefers "و + لي" (and to me), as the treebank does.
   */
  private static final java.util.Map<String, java.util.Set<String>> WHOLE_BEFORE = java.util.Map.of(
      "ولي", java.util.Set.of("العهد", "عهد", "الامر", "امر")); // (normalised: hamza on alef folded)

  private static boolean readWhole(String text, TokenSpan span, TokenSpan next) {
    if (text.charAt(span.start()) != 'و' || span.end() - span.start() > 6) {
      return false; // (the one word so read starts with و: no string is built for any other)
    }
    java.util.Set<String> followers = WHOLE_BEFORE.get(ArabicNormalizer.normalizeDefault(
        text.substring(span.start(), span.end())));
    return followers != null && next.kind() == TokenKind.ARABIC
        && followers.contains(ArabicNormalizer.normalizeDefault(text.substring(next.start(), next.end())));
  }

  private Token token(String text, TokenSpan span, StringBuilder buffer, ArabicNormalizer.OffsetMap offsets,
      boolean whole) {
    buffer.setLength(0);
    offsets.clear();
    normalizer.normalize(text, span.start(), span.end(), buffer, offsets);
    String norm = buffer.toString();
    String surface = text.substring(span.start(), span.end());
    switch (span.kind()) {
      case ARABIC:
        return arabicWord(span, surface, norm, offsets, whole);
      case NUMBER:
        return Token.plain(span.start(), surface, span.kind(), norm, norm, "NUM", NumberWords.parseDigits(norm));
      case PUNCT:
        return Token.plain(span.start(), surface, span.kind(), norm, norm, "PUNCT", null);
      case SYMBOL:
        return Token.plain(span.start(), surface, span.kind(), norm, norm, "SYM", null);
      default:
        return Token.plain(span.start(), surface, span.kind(), norm, SearchKeys.fold(norm), "X", null);
    }
  }

  private Token arabicWord(TokenSpan span, String surface, String norm, ArabicNormalizer.OffsetMap offsets,
      boolean whole) {
    if (norm.isEmpty()) { // a lone tatweel or diacritic
      return Token.plain(span.start(), surface, span.kind(), norm, norm, "PUNCT", null);
    }
    StringBuilder key = new StringBuilder(norm.length());
    for (int i = 0; i < norm.length(); i++) {
      key.append(lexiconForm.map(norm.charAt(i)));
    }
    CliticSegmenter.Segmentation seg = whole ? segmenter.unsplit(key.toString()) : segmenter.segment(key.toString());
    int stemStart = seg.stemStart() == 0 ? span.start() : offsets.get(seg.stemStart());
    int stemEnd = seg.stemEnd() >= norm.length() ? span.end() : offsets.get(seg.stemEnd());
    String stem = norm.substring(seg.stemStart(), seg.stemEnd());
    String lemma;
    String pos;
    if (seg.reading() != null) {
      pos = seg.reading().pos();
      lemma = feminineLemma(seg.reading().lemma(), stem, pos);
    } else {
      lemma = stem.startsWith("ال") && stem.length() >= 5 ? stem.substring(2) : stem;
      if (seg.definite() && !seg.pre().isEmpty() && "ل".equals(seg.pre().get(seg.pre().size() - 1))
          && stem.startsWith("ل") && stem.length() >= 4) {
        lemma = stem.substring(1); // "للميليشيات": ل + (ا)لميليشيات, the stem's ل is the article's
      }
      pos = null;
    }
    Double number = NumberWords.value(stem);
    if (number != null) {
      pos = "NUM";
    }
    int pre = seg.pre().size();
    String searchKey = SearchKeys.fold(pre == 0 || pre > norm.length() ? norm : norm.substring(pre));
    searchKey.hashCode(); // computed once here: every later stage looks the key up in a hash table
    return new Token(span.start(), span.end(), surface, span.kind(), norm, lemma, pos,
        new Token.Clitics(seg.pre(), seg.post()), stemStart, stemEnd, number, searchKey);
  }

  /**
   * The dictionary lemmatises feminine nouns to their masculine base (طائرة → طائر, غارات → غار);
   * a noun written with ة (or ت before a pronoun) keeps it, and a plural in ات takes it when the
   * corpus knows the ة form better than the bare one (دبابات → دبابة, but مفاعلات → مفاعل).
   */
  private String feminineLemma(String lemma, String stem, String pos) {
    if (!pos.equals("NOUN") && !pos.equals("ADJ")) {
      return lemma;
    }
    String base = stem.startsWith("ال") ? stem.substring(2) : stem;
    String plain = ArabicNormalizer.normalizeDefault(lemma);
    if (base.equals(plain + "ة") || base.equals(plain + "ت")) {
      return lemma + "ة";
    }
    if (base.equals(plain + "ات")) {
      String feminine = lexiconForm.normalize(plain + "ة");
      if (lexicon.lookup(feminine).frequency() > lexicon.lookup(lexiconForm.normalize(plain)).frequency()) {
        return lemma + "ة";
      }
    }
    return lemma;
  }

  /** A warning when fewer than half of the letters are Arabic ("no Arabic text" when there are none). */
  static String languageWarning(String text) {
    int arabic = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (CharClass.isArabicLetter(c)) {
        arabic++;
        letters++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    if (letters == 0) {
      return "no letters: the text has no words to analyse";
    }
    if (arabic == 0) {
      return "no Arabic text: the document was analysed, but Marsad's models are for Arabic";
    }
    double share = (double) arabic / letters;
    if (share < MIN_ARABIC_SHARE) {
      return String.format(java.util.Locale.ROOT,
          "mostly non-Arabic text: only %.0f%% of the letters are Arabic", share * 100);
    }
    return null;
  }
}
