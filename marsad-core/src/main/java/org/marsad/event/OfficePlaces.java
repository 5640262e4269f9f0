package org.marsad.event;

import java.util.List;
import org.marsad.doc.Entity;

/**
 * The place an office's own name ends with: "مدير عام التعليم بمنطقة نجران", "إدارة طب الأسنان بتبوك",
 * "اللجنة المحلية للانتخابات البلدية في محافظة الطائف". A state's local office is named by its region or
 * town, not by its country, and both judges of SaudiNewsNet seed 292 marked such a body wrong without the
 * country its town is in. The place must close the office's genitive chain (definite words, ل-phrases and
 * construct nouns), so that where an office acts ("عقدت الوزارة اجتماعا بمدينة جدة") gives it no country.
 */
final class OfficePlaces {
  /** How many words the office's name may run past the mention before its place. */
  private static final int CHAIN_WORDS = 6;
  /** An emirate or a municipality before the region's name: "بإمارة منطقة مكة المكرمة", "في أمانة منطقة حائل". */
  private static final java.util.Set<String> SEATS = EventKeys.setOf("إمارة", "امارة", "أمانة", "امانة", "منطقة");

  /** Envoys and their sources, whose words are not all in {@link DocumentCountry#ABROAD}. */
  private static final java.util.Set<String> ENVOYS = EventKeys.setOf("دبلوماسية", "وفود");

  /** Tags of words no office's name runs through: "أي دولة أوروبية أو آلاسكا" names two places, no office's. */
  private static final java.util.Set<String> NOT_NOUNS = java.util.Set.of("CCONJ", "SCONJ", "ADP", "PART", "PRON",
      "VERB", "AUX");

  private OfficePlaces() {}

  /** Whether word k belongs to an actor the sentence names. */
  private static boolean inGroup(List<ActorGroup> groups, int k) {
    return groups.stream().anyMatch(g -> g.first() <= k && k <= g.last());
  }

  /** The country of the known place that ends the office's name after the mention, or null. */
  static String countryOf(SentenceWords w, List<Entity> entities, List<ActorGroup> groups, ActorMention m) {
    for (int k = m.first(); k <= m.last(); k++) {
      if (w.is(k, DocumentCountry.ABROAD) || w.is(k, ENVOYS)) {
        return null; // (envoys serve abroad: "مصادر دبلوماسية عربية عاملة في بيروت", "أعضاء من وفد")
      }
    }
    boolean definite = w.isDefinite(m.last());
    for (int k = m.last() + 1; k < w.size() && k <= m.last() + CHAIN_WORDS; k++) {
      if (!w.token(k).isWord() || Clauses.isBoundary(w, k) || w.isVerb(k) || w.isNumber(k)
          || w.hasProclitic(k, "و") || w.hasProclitic(k, "ف") || w.is(k, DocumentCountry.ABROAD)) {
        return null; // (an embassy's place is another state's: "بالملحقية الثقافية بأمريكا")
      }
      if (w.is(k, PlaceCountry.PHRASE_ENDS) || w.is(k, PlaceCountry.WHERE_WORDS) || inGroup(groups, k)) {
        return null; // (from where, or of another body or nation: "وفود من مختلف انحاء العالم في هيروشيما",
                     // "المكتب الإعلامي للأمم المتحدة بالقاهرة", "مصادر عربية في بيروت")
      }
      if (w.hasProclitic(k, "ب") && w.token(k).clitics().pre().size() == 1) {
        return placeFrom(w, entities, k, true);
      }
      if (w.isKey(k, Adjuncts.IN) && w.token(k).clitics().pre().isEmpty()) {
        return placeFrom(w, entities, k + 1, false);
      }
      String genitive = k > m.last() + 1 && w.token(k).clitics().pre().isEmpty() && !definite
          ? PlaceCountry.placeAt(w, entities, k) : null;
      if (genitive != null) {
        return genitive; // the place is the chain's last genitive: "رئيس اللجنة الإعلامية لانتخابات الجوف"
      }
      if (w.token(k).pos() != null && NOT_NOUNS.contains(w.token(k).pos())) {
        return null;
      }
      // (past a definite word only its adjective or a ل-phrase is the office's: "الجيش مواقع" is an object)
      boolean own = w.isDefinite(k) || w.hasProclitic(k, "ل") || !definite && w.token(k).clitics().pre().isEmpty();
      if (!own) {
        return null;
      }
      definite = w.isDefinite(k);
    }
    return null;
  }

  /**
   * The country of the known place at word i (behind ب on i itself when {@code behindBi}), past a seat and a
   * kind of place: "بمنطقة نجران", "بتبوك", "بإمارة منطقة مكة المكرمة".
   */
  private static String placeFrom(SentenceWords w, List<Entity> entities, int i, boolean behindBi) {
    if (i >= w.size()) {
      return null;
    }
    String country = behindBi ? PlaceCountry.linkedPlace(w, entities, i, w.token(i).stemStart())
        : PlaceCountry.placeAt(w, entities, i);
    if (country != null) {
      return country;
    }
    int k = i;
    if (w.is(k, SEATS) && !w.isDefinite(k) && k + 1 < w.size() && w.token(k + 1).clitics().pre().isEmpty()) {
      k++;
      if (w.is(k, SEATS) && !w.isDefinite(k) && k + 1 < w.size() && w.token(k + 1).clitics().pre().isEmpty()) {
        k++; // "إمارة منطقة"
      }
      return PlaceCountry.placeAt(w, entities, k);
    }
    return w.is(k, PlaceCountry.DIVISIONS) && !w.isDefinite(k) && k + 1 < w.size()
        && w.token(k + 1).clitics().pre().isEmpty() ? PlaceCountry.placeAt(w, entities, k + 1) : null;
  }
}
