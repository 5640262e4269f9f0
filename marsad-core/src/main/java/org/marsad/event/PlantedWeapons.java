package org.marsad.event;

import java.util.List;

/**
 * The one who planted, threw or fired the weapon an attack is told by: "انفجار ألغام زرعها الحوثيون",
 * "بانفجار قنبلة يدوية ألقاها مسلحون مجهولون", "قذيفة هاون أطلقتها ميليشيات الحوثي". The verb has the weapon
 * for its pronoun and the doer for its subject, who is the attack's source where word order found no one
 * armed (seeds 216–218: the blast itself had stood as the source). So is the armed owner of fired weapons
 * behind ل: "قذائف مدفعية عشوائية للحوثيين".
 */
final class PlantedWeapons {
  private PlantedWeapons() {}

  /** Weapons an attack is told by ("لغم" and its plural, a charge, a bomb, a shell, a rocket). */
  private static final java.util.Set<String> WEAPONS = EventKeys.setOf("لغم", "ألغام", "الغام", "عبوة", "عبوات",
      "قنبلة", "قنابل", "قذيفة", "قذائف", "صاروخ", "صواريخ", "مفخخة", "سيارة");
  /** Verbs of planting, throwing, firing or setting off, with the weapon as their pronoun: "زرعها", "أطلقته". */
  private static final java.util.Set<String> PLACED = EventKeys.setOf("زرع", "يزرع", "تزرع", "وضع", "يضع", "تضع",
      "ألقى", "القى", "ألقت", "القت", "يلقي", "تلقي", "أطلق", "اطلق", "أطلقت", "اطلقت", "يطلق", "تطلق", "فجر",
      "فجرت", "يفجر", "زرعت", "وضعت", "زرعوا", "وضعوا", "ألقوا", "أطلقوا", "زرعو", "وضعو", "ألقو", "أطلقو", "اطلقو");
  /** The same verbs written with the pronoun, which the lemmatiser may not split ("ألقاها" as a noun). */
  private static final java.util.Set<String> PLACED_FORMS = EventKeys.setOf("زرعها", "زرعته", "زرعتها", "زرعوها",
      "وضعها", "وضعته", "وضعتها", "وضعوها", "ألقاها", "القاها", "ألقته", "ألقتها", "ألقوها", "أطلقها", "أطلقته",
      "أطلقتها", "أطلقوها", "اطلقها", "اطلقته", "اطلقتها", "فجرها", "فجرته", "فجرتها");
  /** Fired weapons, whose genitive behind ل is whoever fired them (not "سيارة", which may be anyone's). */
  private static final java.util.Set<String> FIRED = EventKeys.setOf("قذيفة", "قذائف", "صاروخ", "صواريخ");
  /** How many adjectives may stand between the weapon and its owner: "قذائف مدفعية عشوائية". */
  private static final int WEAPON_ADJECTIVES = 3;

  /** The armed group behind ل right after a fired weapon and its adjectives, or null. */
  private static ActorGroup ownerBehindLam(SentenceWords w, List<ActorGroup> groups, TriggerMatch t) {
    if (!w.is(t.first(), FIRED)) {
      return null;
    }
    for (int i = t.last() + 1; i < w.size() && i <= t.last() + 1 + WEAPON_ADJECTIVES; i++) {
      ActorGroup g = ActorGroup.startingAt(groups, i);
      if (g != null) {
        return w.hasProclitic(i, "ل") && AgentPhrase.armed(g) ? g : null;
      }
      if (!"ADJ".equals(w.token(i).pos()) || !w.token(i).clitics().pre().isEmpty()) {
        return null;
      }
    }
    return null;
  }

  /** How far past the trigger the verb may stand: the weapon and its adjectives, a relative pronoun. */
  private static final int REACH = 6;

  /** The attack's arguments with the weapon's planter as source; a unchanged when there is none to name. */
  static Arguments of(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, Arguments a) {
    if (!a.sources().stream().allMatch(m -> "UAF".equals(m.actor().code()))) {
      return a; // (a source word order found stays: "قصفت الميليشيات … بقذائف أطلقتها")
    }
    boolean weapon = w.is(t.first(), WEAPONS);
    ActorGroup owner = weapon ? ownerBehindLam(w, groups, t) : null;
    if (owner != null) {
      // "سقوط قذائف مدفعية عشوائية للحوثيين وقوات صالح على شارع العواضي": the shells are theirs (seed 218)
      return a.withDoers(owner.members());
    }
    for (int i = t.last() + 1; i < w.size() && i <= t.last() + REACH; i++) {
      if (w.isWithPronoun(i, PLACED) || w.is(i, PLACED_FORMS)) {
        ActorGroup doer = weapon ? ActorGroup.startingAt(groups, i + 1) : null;
        if (doer == null || doer.members().stream().anyMatch(m -> m.actor().code() == null)) {
          return a;
        }
        return a.withDoers(doer.members());
      }
      weapon |= w.is(i, WEAPONS);
      ActorGroup between = ActorGroup.startingAt(groups, i);
      if (w.isComma(i) || Clauses.isBoundary(w, i) && !w.is(i, ActorPositions.RELATIVES) || w.isVerb(i)
          || between != null && !a.targets().containsAll(between.members())) {
        return a; // (another clause, or a party between that is not the victim: "قذائف على المدنيين")
      }
      if (between != null) {
        i = between.last(); // "قتل طفل بانفجار عبوة ناسفة زرعتها": past the victim
      }
    }
    return a;
  }
}
