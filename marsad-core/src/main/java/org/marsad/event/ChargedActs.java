package org.marsad.event;

import java.util.List;
import org.marsad.doc.Event;

/**
 * An act named as the charge of an accusation was done, if at all, by the accused, and it is told as the
 * accuser's claim: "وكانت دمشق قد اتهمت إسرائيل بشن غارة جوية على مطار التيفور" is Israel's air strike,
 * reported by Damascus. Word order alone gives such an act no agent but its own noun (the implied
 * unidentified force) and tells it as asserted. The judged samples counted both as errors.
 */
final class ChargedActs {
  /** How far after the accused the charge may begin (words): "اتهم … إسرائيل في التاسع من نيسان بشن غارة". */
  private static final int REACH = 8;

  private ChargedActs() {}

  /** Gives each act that is the charge of an accusation of its sentence the accused as its source. */
  static void assign(SentenceWords w, List<Event> sentence) {
    for (Event accusation : List.copyOf(sentence)) {
      // (a verb of accusing with its object: the noun "الاتهامات الموجهة لها من …" orders its actors otherwise)
      if (!accusation.cameo().startsWith("112") || accusation.target() == null
          || !w.is(w.tokenAt(accusation.trigger().start()), Accusations.VERBS)) {
        continue;
      }
      int from = w.tokenAt(accusation.target().start());
      if (from < 0 || ActorPositions.behindPreposition(w, from)) {
        continue; // "الاتهامات الموجهة لها من الأمم المتحدة بالتورط": who accuses, not the accused
      }
      int accused = w.tokenAt(Math.max(accusation.target().start(), accusation.target().end() - 1));
      int charge = chargeAfter(w, accused);
      if (charge < 0) {
        continue;
      }
      for (int i = 0; i < sentence.size(); i++) {
        Event act = sentence.get(i);
        int at = w.tokenAt(act.trigger().start());
        boolean accusedAlready = act.source() != null && act.source().start() == accusation.target().start();
        if (act == accusation || at < charge || at > charge + 2 || !(unnamedAgent(act) || accusedAlready)
            || at > charge && w.hasProclitic(at, "و") && w.isVerb(at)) {
          continue; // (a verb joined after the charge is the accuser's next act: "وتوعدت بالانتقام")
        }
        Event.Mode mode = act.mode() == Event.Mode.ASSERTED ? Event.Mode.REPORTED : act.mode();
        Event.Actor speaker = act.speaker() != null ? act.speaker() : accusation.source();
        sentence.set(i, new Event(act.sentence(), act.trigger(), accusation.target(), act.target(), act.cameo(),
            act.base(), act.root(), act.quadClass(), act.goldstein(), act.plover(), mode, speaker, act.confidence(),
            act.mention(), act.mentions()));
      }
    }
  }

  /** Where the charge behind ب begins after the accused ("بشن", "بتنفيذ", "بقتل"), or -1. */
  private static int chargeAfter(SentenceWords w, int accused) {
    for (int k = accused + 1; k < w.size() && k <= accused + REACH; k++) {
      if (w.hasProclitic(k, "ب") || unsplitBa(w, k)) {
        return k;
      }
      boolean slash = "/".equals(w.token(k).text()); // ("نيسان/أبريل": a month in two calendars)
      if (!slash && Clauses.isBoundary(w, k)) {
        return -1;
      }
    }
    return -1;
  }

  /** Acts a charge names with ب written on them, which the segmenter may leave whole ("بشن"). */
  private static final java.util.Set<String> CHARGE_HEADS = EventKeys.setOf("شن", "تنفيذ", "قتل", "ارتكاب",
      "استهداف", "قصف", "اغتيال", "تفجير");

  private static boolean unsplitBa(SentenceWords w, int k) {
    String text = w.token(k).text();
    return text.length() > 2 && text.startsWith("ب") && w.token(k).clitics().pre().isEmpty()
        && CHARGE_HEADS.contains(EventKeys.of(text.substring(1)));
  }

  /** No source, or only the one the attack noun implies (an unidentified force standing at the trigger). */
  private static boolean unnamedAgent(Event e) {
    return e.source() == null || e.source().start() == e.trigger().start();
  }
}
