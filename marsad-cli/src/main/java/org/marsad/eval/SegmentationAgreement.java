package org.marsad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.marsad.text.ArabicNormalizer;
import org.marsad.doc.TokenKind;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.TokenSpan;
import org.marsad.text.Tokenizer;

/**
 * Compares Marsad's clitic segmentation with a reference segmentation in the Stanford Arabic
 * segmenter's notation ("و+ ب+ موسكو", "مدينة +ه", "ب+ +ها"), word by word.
 *
 * <p>Two segmentations agree when they cut the word at the same places. Cuts are compared on the
 * undiacritised word; the reference's orthographic restorations are undone first (Stanford writes
 * "للرئيس" as "ل+ الرئيس", "مدينته" as "مدينة +ه", "عليه" as "على +ه": same cuts, other letters).
 */
public final class SegmentationAgreement {
  private static final int MAX_EXAMPLES = 1000;

  private final CliticSegmenter segmenter;
  private final ArabicNormalizer normalizer = new ArabicNormalizer(ArabicNormalizer.Options.DEFAULT);
  private final Tokenizer tokenizer = new Tokenizer();
  private final ArabicNormalizer lexiconForm = new ArabicNormalizer(ArabicNormalizer.Options.LEXICON);

  private int arabicWords;
  private int arabicAgreed;
  private int otherWords;
  private int incomparable;
  private final Map<String, Integer> kinds = new TreeMap<>();
  private final Map<String, List<String>> examples = new TreeMap<>();

  public SegmentationAgreement(CliticSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  /** Adds one word with the reference segmentation. */
  public void add(String word, String reference) {
    String norm = normalizer.normalize(word);
    if (norm.isEmpty() || !isArabic(norm)) {
      otherWords++;
      return;
    }
    TreeSet<Integer> theirs = referenceCuts(norm, reference);
    if (theirs == null) {
      incomparable++;
      return;
    }
    TreeSet<Integer> ours = ourCuts(norm);
    arabicWords++;
    if (ours.equals(theirs)) {
      arabicAgreed++;
      return;
    }
    String kind = kind(norm, ours, theirs);
    kinds.merge(kind, 1, Integer::sum);
    List<String> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
    if (list.size() < MAX_EXAMPLES) {
      list.add(word + " ours=" + render(norm, ours) + " theirs=" + reference);
    }
  }

  /** Where Marsad cuts the word: between the tokens it finds in it, and at the clitics of each. */
  private TreeSet<Integer> ourCuts(String norm) {
    TreeSet<Integer> cuts = new TreeSet<>();
    for (TokenSpan token : tokenizer.tokenize(norm)) {
      if (token.start() > 0) {
        cuts.add(token.start());
      }
      if (token.end() < norm.length()) {
        cuts.add(token.end());
      }
      if (token.kind() != TokenKind.ARABIC) {
        continue;
      }
      int at = token.start();
      CliticSegmenter.Segmentation seg =
          segmenter.segment(lexiconForm.normalize(norm.substring(token.start(), token.end())));
      for (int i = 1; i <= seg.pre().size(); i++) {
        cuts.add(at + i);
      }
      if (seg.stemStart() > seg.pre().size()) {
        cuts.add(at + seg.stemStart());
      }
      if (!seg.post().isEmpty()) {
        cuts.add(at + seg.stemEnd());
      }
    }
    return cuts;
  }

  /** Cut positions in {@code norm} implied by the reference, or null when they cannot be aligned. */
  TreeSet<Integer> referenceCuts(String norm, String reference) {
    String[] pieces = reference.trim().split("\\s+");
    TreeSet<Integer> cuts = new TreeSet<>();
    int position = 0;
    String previous = null;
    for (int k = 0; k < pieces.length; k++) {
      String piece = normalizer.normalize(pieces[k].replace("+", ""));
      if (piece.isEmpty()) {
        return null;
      }
      int length = piece.length();
      if ("ل".equals(previous) && piece.startsWith("ال") && !norm.startsWith("ال", position)) {
        length--; // ل+ الرئيس is written للرئيس
      }
      position += length;
      if (k < pieces.length - 1) {
        cuts.add(position);
      }
      previous = piece;
    }
    return position == norm.length() ? cuts : null;
  }

  private static String kind(String norm, TreeSet<Integer> ours, TreeSet<Integer> theirs) {
    boolean prefixDiffers = !ours.headSet(2, true).equals(theirs.headSet(2, true));
    TreeSet<Integer> ourTail = new TreeSet<>(ours.tailSet(norm.length() - 3, false));
    TreeSet<Integer> theirTail = new TreeSet<>(theirs.tailSet(norm.length() - 3, false));
    boolean suffixDiffers = !ourTail.equals(theirTail);
    String direction = ours.size() > theirs.size() ? "we split more" : ours.size() < theirs.size() ? "we split less" : "different cuts";
    String where = prefixDiffers && suffixDiffers ? "both ends" : prefixDiffers ? "proclitic" : suffixDiffers ? "enclitic" : "middle";
    return where + ": " + direction;
  }

  private static String render(String norm, TreeSet<Integer> cuts) {
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (int cut : cuts) {
      out.append(norm, last, cut).append('+');
      last = cut;
    }
    return out.append(norm.substring(last)).toString();
  }

  private static boolean isArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0621' && c <= '\u064A') {
        return true;
      }
    }
    return false;
  }

  public int arabicWords() {
    return arabicWords;
  }

  public int arabicAgreed() {
    return arabicAgreed;
  }

  public int otherWords() {
    return otherWords;
  }

  public int incomparable() {
    return incomparable;
  }

  public double agreement() {
    return arabicWords == 0 ? 0 : (double) arabicAgreed / arabicWords;
  }

  /** Agreement over every token, counting tokens without Arabic letters as agreeing (neither splits them). */
  public double agreementAllTokens() {
    int all = arabicWords + otherWords;
    return all == 0 ? 0 : (double) (arabicAgreed + otherWords) / all;
  }

  public Map<String, Integer> disagreementKinds() {
    return kinds;
  }

  public Map<String, List<String>> examples() {
    return examples;
  }
}
