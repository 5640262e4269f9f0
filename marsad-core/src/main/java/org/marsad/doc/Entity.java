package org.marsad.doc;

/**
 * A named-entity mention (filled by the NER and linking stages).
 *
 * @param type PER, LOC, ORG or MISC
 * @param id knowledge-base id, or {@code null} when the mention is not linked
 * @param name canonical Arabic name of the linked entry
 * @param country ISO 3166 alpha-3 code, or {@code null}
 * @param code CAMEO actor code valid on the document date, or {@code null}
 */
public record Entity(
    int start, int end, String text, String type, String id, String name, String country, String code,
    double confidence) {}
