package org.marsad.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.doc.ActorRef;
import org.marsad.doc.Document;
import org.marsad.doc.Entity;

/**
 * The country an article is about, and the state bodies its sentences name by their role alone: in a
 * report on Japan "واحتجز رجال الشرطة مطلقي النار" is Japan's police, in one on Yemen "وتقدمت القوات" the
 * Yemeni army. The judges of the coded news give such a body the article's country (half of the
 * role-only sources of docs/eval/wild-events-ant-seed56..70 were judged wrong for lacking it); a sentence
 * that names a country decides first ({@link PlaceCountry}).
 */
final class DocumentCountry {
  /** How often the article must name its country (by name, nisba or a coded actor of it). */
  private static final int MIN_MENTIONS = 3;
  /** How far it must lead the next country: an article on two states is about neither alone. */
  private static final double LEAD = 2;

  /** Who serves a state abroad, often another state than the one the article is about: "وقال الدبلوماسي". */
  static final java.util.Set<String> ABROAD = EventKeys.setOf("دبلوماسي", "الدبلوماسي", "دبلوماسيون",
      "الدبلوماسيون", "دبلوماسيين", "الدبلوماسيين", "سفير", "السفير", "سفارة", "السفارة", "مبعوث", "المبعوث", "وفد",
      "الوفد", "قنصلية", "القنصلية", "قنصل", "القنصل", "ملحق", "الملحق", "ملحقية", "الملحقية");

  private DocumentCountry() {}

  /** The country the article names most, by a clear lead and often enough; null otherwise. */
  static String of(Document doc) {
    Map<String, Integer> counts = new HashMap<>();
    for (Entity e : doc.entities()) {
      if (e.country() != null && e.code() != null) { // (a country or a coded actor, not a town alone)
        counts.merge(e.country(), 1, Integer::sum);
      }
    }
    for (ActorRef r : doc.actors()) {
      if (r.country() != null) {
        counts.merge(r.country(), 1, Integer::sum); // "الأمريكية", "الشرطة الهندية"
      }
    }
    return org.marsad.doc.MostNamed.of(counts, MIN_MENTIONS, LEAD);
  }

  /**
   * The mentions, each state body named by its role alone given the article's country, when the sentence
   * names no other country and the event's other side is not of it (the foreign ministry that expels
   * Russia's diplomats in a report on Russia is not Russia's).
   */
  static List<ActorMention> located(SentenceWords w, List<Entity> entities, List<ActorGroup> groups,
      List<ActorMention> mentions, List<ActorMention> otherSide, String country) {
    if (country == null || mentions.stream().noneMatch(PlaceCountry::stateRoleAlone)
        || namesAnother(w, entities, groups, country)
        || otherSide.stream().anyMatch(m -> country.equals(m.actor().country()) && !PlaceCountry.domesticOpponent(m))) {
      return mentions;
    }
    return PlaceCountry.ofCountry(mentions, m -> PlaceCountry.stateRoleAlone(m)
        && PlaceCountry.particular(w, entities, groups, m) && !w.is(m.first(), ABROAD), country);
  }

  /**
   * Whether the sentence names a place or an actor of a country other than the article's (not the press that
   * tells it: "وفقا لوكالة فرانس برس").
   */
  private static boolean namesAnother(SentenceWords w, List<Entity> entities, List<ActorGroup> groups,
      String country) {
    List<ActorMention> press = new java.util.ArrayList<>();
    for (ActorGroup g : groups) {
      for (ActorMention m : g.members()) {
        if (PlaceCountry.tellingPress(w, g, m)) {
          press.add(m);
        } else if (m.actor().country() != null && !m.actor().country().equals(country)) {
          return true;
        }
      }
    }
    for (Entity e : entities) {
      boolean told = press.stream().anyMatch(m -> m.actor().start() <= e.start() && e.end() <= m.actor().end());
      if (e.country() != null && !e.country().equals(country) && !told) {
        return true;
      }
    }
    return false;
  }
}
