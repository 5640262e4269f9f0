package org.marsad.bench.stanford;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.international.arabic.process.ArabicTokenizer;
import edu.stanford.nlp.international.arabic.process.IOBUtils;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

/**
 * Stanford CoreNLP's Arabic segmenter (ATB model), one classifier call per sentence, its output cut
 * back into one segmentation per input word ("و+ قال", "مدينة +ه"). It repeats the steps of
 * {@code ArabicSegmenter.segmentString} with public API so that words stay aligned. The tokeniser
 * options are ArabicSegmenter's defaults minus {@code removeLengthening}, which collapses runs of three
 * equal characters ("2000" → "20").
 */
final class StanfordSegmenter {
  static final String MODEL = "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz";

  private final CRFClassifier<CoreLabel> classifier;
  private final TokenizerFactory<CoreLabel> tokenizers;

  StanfordSegmenter() throws Exception {
    classifier = CRFClassifier.getClassifier(MODEL);
    tokenizers = ArabicTokenizer.factory();
    tokenizers.setOptions("normArDigits,normArPunc,normAlif,removeDiacritics,removeTatweel,removeQuranChars,"
        + "removeProMarker,removeMorphMarker");
  }

  String[] segment(List<String> words) {
    StringBuilder line = new StringBuilder();
    int[] starts = new int[words.size()];
    for (int w = 0; w < words.size(); w++) {
      if (w > 0) {
        line.append(' ');
      }
      starts[w] = line.length();
      line.append(words.get(w));
    }
    String text = line.toString();
    List<CoreLabel> tokens = tokenizers.getTokenizer(new StringReader(text)).tokenize();
    List<CoreLabel> iob = IOBUtils.StringToIOB(tokens, null, false, tokenizers, text);
    IOBUtils.labelDomain(iob, "atb");
    iob = classifier.classify(iob);
    int[] first = new int[words.size()];
    int[] end = new int[words.size()];
    Arrays.fill(first, -1);
    String boundary = IOBUtils.getBoundaryCharacter();
    for (int i = 0; i < iob.size(); i++) {
      CoreLabel c = iob.get(i);
      if (boundary.equals(c.get(CoreAnnotations.CharAnnotation.class))) {
        continue;
      }
      int w = Arrays.binarySearch(starts, c.beginPosition());
      if (w < 0) {
        w = -w - 2;
      }
      if (first[w] < 0) {
        first[w] = i;
      }
      end[w] = i + 1;
    }
    String[] out = new String[words.size()];
    for (int w = 0; w < out.length; w++) {
      out[w] = first[w] < 0 ? words.get(w) : IOBUtils.IOBToString(iob, "+", "+", first[w], end[w]);
    }
    return out;
  }
}
