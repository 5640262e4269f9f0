package org.marsad.event;

import java.util.List;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;

/**
 * Who uses force or coercion and who suffers it (CAMEO roots 17 to 20), once word order has given its
 * reading: counted civilians are the dead, not the attackers; an attack with no actor as target hit the
 * casualties a result verb names after it, or else the side that holds the place it struck, or else that
 * place; the media, business and rights groups tell of arrests and attacks but do not make
 * them; an authority that announces an arrest made it, and a force that announces militants killed killed them.
 */
final class ForceArguments {
  private ForceArguments() {}

  /** The arguments of a trigger of the given code, corrected for who can use force; others unchanged. */
  static Arguments adjust(SentenceWords w, List<Entity> entities, List<ActorGroup> groups, TriggerMatch t,
      boolean verb, CameoCode code, Arguments a, List<ActorMention> speakers) {
    boolean coercion = "17".equals(code.root());
    if (!code.isAttack() && !coercion) {
      return a;
    }
    // (not the subject of a verb of storming or attacking, no killing: "نحو ألف مستوطن اقتحموا الأقصى")
    boolean acting = verb && !Victims.verbForm(w, t.first()) && Agreement.pluralSuffix(w, t.first())
        && a.sources().size() == 1 && a.sources().get(0).last() < t.first();
    if (code.isAttack() && !acting && a.sources().size() == 1 && Victims.countedCivilians(w, a.sources().get(0))) {
      // "لقي 26 مدنيا، بينهم 11 طفلا، مصرعهم في قصف استهدف": counted civilians are the dead, not the attackers
      a = new Arguments(List.of(), a.targets().isEmpty() ? a.sources() : a.targets(), false, a.evidence());
    }
    if (a.targets().isEmpty() && code.isAttack()) {
      ActorGroup casualties = Victims.ofResult(w, groups, t.first(), t.last());
      if (casualties != null && !casualties.members().equals(a.sources())) {
        a = new Arguments(a.sources(), casualties.members(), false, a.evidence()); // "هجوم أسفر عن مقتل مدنيين"
      }
    }
    if (a.targets().isEmpty() && code.isAttack() && !verb) {
      ActorGroup wounded = Victims.woundedBefore(w, groups, t.first());
      if (wounded != null && !wounded.includesAnyOf(a.sources())) {
        a = new Arguments(a.sources(), wounded.members(), false, a.evidence()); // "جنديين أصيبا في انفجار"
      }
    }
    if (a.targets().isEmpty() && code.isAttack()) {
      ActorGroup ranks = Victims.inRanks(w, groups, t.first(), t.last());
      if (ranks != null && !ranks.includesAnyOf(a.sources())) {
        a = new Arguments(a.sources(), ranks.members(), false, a.evidence()); // "قتلى وجرحى في صفوف الميليشيات"
      }
    }
    // (when the sentence names no one opponent elsewhere: OpposingSide)
    if (code.isAttack() && a.targets().stream().allMatch(ActorMention::isPlace)
        && OpposingSide.of(groups, new Arguments(a.sources(), List.of(), false, 1), code.root()).targets().isEmpty()) {
      ActorGroup holder = HeldAreas.holder(w, groups, t.first(), t.last(), a.sources());
      if (holder != null) {
        a = new Arguments(a.sources(), holder.members(), false, a.evidence()); // "مناطق تسيطر عليها المعارضة"
      }
    }
    if (a.targets().isEmpty() && code.isAttack()) {
      ActorMention place = StruckPlaces.struck(w, entities, t.first(), t.last(), verb, a.sources());
      // (a place further on only when the sentence names no opponent: "غارات … على ميليشيات الحوثي في
      // محافظة صعدة" struck the Houthis, OpposingSide)
      if (place == null && OpposingSide.of(groups, a, code.root()).targets().isEmpty()) {
        place = StruckPlaces.struckFurther(w, entities, t.first(), t.last(), code, a.sources());
      }
      if (place != null && place.isCivilian() && place.actor().country() == null) {
        // homes struck: the town further on gives their residents' country ("مناطق سكنية في محافظتي عدن")
        ActorMention where = StruckPlaces.struckFurther(w, entities, t.first(), t.last(), code, a.sources());
        String country = where == null ? null : where.actor().country();
        place = country == null ? place : place.coded(null, country, country + "CVL");
      }
      if (place != null) {
        a = new Arguments(a.sources(), List.of(place), false, a.evidence()); // "قصفت الطائرات مدينة دوما"
      }
    }
    if (!a.sources().isEmpty() && a.sources().stream().allMatch(m -> unarmed(m, code))) {
      // "أسئلة CNN بشأن الاعتقالات", "منظمة العفو الدولية … الاعتقالات": a newsroom or a rights group
      // tells of arrests and attacks, it does not make them
      a = new Arguments(List.of(), a.targets(), false, a.evidence());
    }
    if (coercion && a.sources().isEmpty() && !speakers.isEmpty() && isAuthority(speakers.get(0).actor())
        && !DetentionTimes.tellsTime(w, t.first(), t.last())) {
      // "أعلنت السلطات التونسية اعتقال شخصين": the authority that tells of an arrest made it
      a = new Arguments(speakers, a.targets(), false, 0.7);
    }
    if (code.isAttack() && w.is(t.first(), CombatDeaths.KILLING) && a.sources().isEmpty() && !a.targets().isEmpty()
        && !speakers.isEmpty() && isForce(speakers.get(0).actor()) && !ActorFinder.unnamedSources(w, speakers.get(0))
        && !w.is(speakers.get(0).first(), OFFICIALS) && !w.is(speakers.get(0).first() - 1, OFFICIALS)
        && a.targets().stream().allMatch(m -> militant(m.actor().code()))) {
      // "أعلن الجيش المصري مقتل 52 إرهابيا": the force that tells of militants killed with no other killer named
      // killed them (not its own men, "أعلن الجيش مقتل جنديين"; nor what unnamed sources or one official tell of,
      // "أفاد مسؤول أمني بمقتل 18 من عناصر داعش"; nor other attacks)
      a = new Arguments(speakers, a.targets(), false, 0.7);
    }
    return a;
  }

  /** One of a force's men, who speaks for himself, not for the force ("مسؤول أمني", "ضابط في الجيش"). */
  private static final java.util.Set<String> OFFICIALS = EventKeys.setOf("مسؤول", "مسؤولون", "مسؤولين", "ضابط",
      "ضباط");

  /** An army or police, which fight armed groups. */
  private static boolean isForce(Event.Actor a) {
    String code = a.code();
    return code != null && (code.endsWith("MIL") || code.endsWith("COP"));
  }

  /** An armed group or gunmen of no state: rebels, an international armed group, unidentified attackers. */
  private static boolean militant(String code) {
    return code != null && (code.endsWith("REB") || code.startsWith("IMG") || code.equals("UAF"));
  }

  /**
   * Whether an actor cannot be the agent of coercion or force: the media, business, schools, aid and rights
   * groups (and, for arrests and expulsions, civilians).
   */
  static boolean unarmed(ActorMention m, CameoCode code) {
    String c = m.actor().code();
    if (c == null) {
      return false;
    }
    return c.endsWith("MED") || c.endsWith("BUS") || c.endsWith("EDU") || c.startsWith("NGO") || c.contains("HRI")
        || (!code.isAttack() && m.isCivilian());
  }

  /** A state body that arrests, detains and expels: government, police, army, judiciary. */
  private static boolean isAuthority(Event.Actor a) {
    String code = a.code();
    return code != null && (code.endsWith("GOV") || code.endsWith("COP") || code.endsWith("MIL")
        || code.endsWith("JUD"));
  }
}
