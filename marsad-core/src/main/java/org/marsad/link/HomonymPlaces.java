package org.marsad.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.doc.Entity;

/**
 * A town that several countries have, in the country the document is about: "طرابلس" is Libya's capital in
 * news of Gaddafi's son and Lebanon's northern city in news of Beirut; "رفح" is Egyptian or Palestinian,
 * "الجوف" Saudi or Yemeni. A mention alone cannot tell them apart (the base lists one entry per town); as a
 * reader does, the document's other names decide: the town of the country they name most, when it leads
 * the one first chosen. A tie keeps the first choice.
 */
final class HomonymPlaces {
  private HomonymPlaces() {}

  /** The entities, with each homonym town linked to the one in the document's country. */
  static List<Entity> relink(KnowledgeBase kb, List<Entity> entities, LocalDate date, boolean explain) {
    Map<String, Integer> named = null;
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      List<KbEntry> towns = e.id() == null ? List.of() : namesakes(kb, e);
      if (towns.size() < 2) {
        out.add(e);
        continue;
      }
      named = named != null ? named : countries(kb, entities);
      KbEntry best = null;
      int most = named.getOrDefault(e.country(), 0);
      for (KbEntry t : towns) {
        int n = named.getOrDefault(t.country(), 0);
        if (n > most) {
          best = t;
          most = n;
        }
      }
      if (best == null) {
        out.add(e);
        continue;
      }
      String why = explain ? (e.explanation() == null ? "" : e.explanation() + "; ") + "homonym town → " + best.id()
          + " (the document names " + best.country() + " most)" : null;
      out.add(e.linked(best.id(), best.name(), best.country(), best.codeOn(date), e.confidence(), why));
    }
    return out;
  }

  /** The places of other countries the entity's linked town shares its name with, itself included. */
  private static List<KbEntry> namesakes(KnowledgeBase kb, Entity e) {
    KbEntry linked = kb.entry(e.id());
    if (linked == null || linked.kind() != KbEntry.Kind.PLACE) {
      return List.of();
    }
    List<KbEntry> towns = new ArrayList<>(2);
    for (KnowledgeBase.Alias a : kb.lookup(KnowledgeBase.key(linked.name()))) {
      if (a.kind() == KnowledgeBase.AliasKind.NAME && a.entry().kind() == KbEntry.Kind.PLACE
          && a.entry().country() != null && towns.stream().noneMatch(t -> t.country().equals(a.entry().country()))) {
        towns.add(a.entry());
      }
    }
    return towns;
  }

  /** How often the document names each country, by any name linked to it but a homonym town's. */
  private static Map<String, Integer> countries(KnowledgeBase kb, List<Entity> entities) {
    Map<String, Integer> counts = new HashMap<>();
    for (Entity e : entities) {
      if (e.country() != null && (e.id() == null || namesakes(kb, e).size() < 2)) {
        counts.merge(e.country(), 1, Integer::sum);
      }
    }
    return counts;
  }
}
