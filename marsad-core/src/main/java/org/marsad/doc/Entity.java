package org.marsad.doc;

/**
 * A named-entity mention (filled by the NER and linking stages).
 *
 * @param type PER, LOC, ORG or MISC
 * @param id knowledge-base id, or {@code null} when the mention is not linked
 * @param name canonical Arabic name of the linked entry
 * @param country ISO 3166 alpha-3 code, or {@code null}
 * @param code CAMEO actor code valid on the document date, or {@code null}
 * @param confidence how sure the tagger and linker are, 0–1
 * @param explanation why the linker chose the entry (matched alias, date rule), for debugging the
 *     knowledge base; {@code null} unless asked for
 */
public record Entity(
    int start, int end, String text, String type, String id, String name, String country, String code,
    double confidence, String explanation) {

  /** The same mention linked to a knowledge-base entry. */
  public Entity linked(String newId, String newName, String newCountry, String newCode, double newConfidence,
      String why) {
    return new Entity(start, end, text, type, newId, newName, newCountry, newCode, newConfidence, why);
  }
}
