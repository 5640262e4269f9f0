package org.marsad.link;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the knowledge base: a country, a place, an organisation, a person or a product.
 *
 * @param id stable identifier ("EGY", "place:aleppo", "org:igo-un", "person:putin")
 * @param kind what it is
 * @param name canonical Arabic name
 * @param country ISO 3166 alpha-3 code, or {@code null}
 * @param code CAMEO actor code that holds at any date (countries, organisations), or {@code null}
 * @param roles dated CAMEO codes (people: EGYGOV from 2014-06-08)
 */
public record KbEntry(String id, Kind kind, String name, String country, String code, List<Role> roles) {

  public enum Kind { COUNTRY, PLACE, ORG, PERSON, PRODUCT }

  /** A CAMEO code held from {@code from} to {@code to} (inclusive; {@code null} = open). */
  public record Role(String code, LocalDate from, LocalDate to) {
    boolean holdsOn(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  public KbEntry {
    roles = List.copyOf(roles);
  }

  /** The CAMEO code valid on a date: a dated role holding then, else the fixed code; null when none holds. */
  public Role roleOn(LocalDate date) {
    if (date != null) {
      for (Role r : roles) {
        if (r.holdsOn(date)) {
          return r;
        }
      }
    }
    return null;
  }

  public String codeOn(LocalDate date) {
    Role role = roleOn(date);
    return role != null ? role.code() : code; // outside every dated role only a fixed code, if any, holds
  }
}
