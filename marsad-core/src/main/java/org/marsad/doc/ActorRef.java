package org.marsad.doc;

/**
 * A reference to a state actor that is not a named-entity mention in ANERcorp's scheme: a nisba
 * adjective ("الروسية"), a capital or seat of government used for its government ("موسكو",
 * "الكرملين"), or a role phrase ("وزير الخارجية الروسي", "الجيش السوري"). Events use these.
 *
 * @param country ISO 3166 alpha-3 code
 * @param code CAMEO actor code: the country, plus a role when the phrase names one (RUSGOV, SYRMIL)
 */
public record ActorRef(int start, int end, String text, String country, String code) {}
