package org.marsad.event;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.doc.Entity;

/**
 * The more specific code a trigger's lexicon code takes once its arguments are known: a killing in war
 * rather than a murder, an attack by air or in words, a court's accusation (173), a state's blockade (191), a
 * rejected comment (011) and so on. Each case asks one small class; this one only routes by code.
 */
final class CodeRefinements {
  private CodeRefinements() {}

  /** Words of cooperation, whose domain may make it material (06x). */
  private static final Set<String> COOPERATION = EventKeys.setOf("تعاون", "التعاون", "بالتعاون",
      "تتعاون", "يتعاون", "تعاونت", "للتعاون", "وتعاون", "يتعاونان", "تتعاونان", "تعاونا");

  /** Massing: of forces a show of force (150), not a rally ("احتشدت فيه قوات اضافية من الشرطة", seed 202). */
  private static final Set<String> MASSING = EventKeys.setOf("احتشد", "حشد");

  /** "منع", to bar: the way barred ({@link #of} 191). */
  private static final Set<String> BARRED = EventKeys.setOf("منع");

  /**
   * The refined code of the trigger {@code t}, coded {@code coded} with arguments {@code a}, or null to keep
   * its code; {@code purposeOf} is where a protest's purpose ("احتجاجا على") stands, or -1.
   */
  static String of(SentenceWords w, List<Entity> entities, TriggerMatch t, CameoCode coded, Arguments a,
      int purposeOf) {
    return switch (coded.code()) {
      case "1823" -> CombatDeaths.forceOf(w, t.first(), a.sources(), a.targets()); // killed in war, not murdered
      // an air or missile strike; "هاجمت وزارة الخارجية الإسرائيلية نادي ريال مدريد" is an attack in words
      case "190" -> AttackKinds.codeOf(w, t, a);
      case "111" -> AttackKinds.byArms(w, t, a) ? Objects.requireNonNullElse(AttackKinds.codeOf(w, t, a), "190")
          // "ادانتها المحكمة": a court's conviction, not a condemnation (a judge who criticises criticises)
          : LegalActions.judicial(a.sources()) && w.is(t.first(), Convictions.CONVICTS) || Convictions.of(w, t.first())
              || Convictions.ofAccused(w, t.first(), a) ? "173" : null;
      case "193" -> UnconventionalAttacks.shooting(w, t.first(), a) ? "180"
          : UnconventionalAttacks.gunmanKilling(w, t.first(), a) ? "1823" : CombatDeaths.aerialOf(w, t.first());
      case "194" -> CombatDeaths.aerialOf(w, t.first());
      // "ومنع المحتجون وصول الشاحنات": civilians barring the way block it in protest (forces restrict movement)
      case "191" -> w.is(t.first(), BARRED) && !a.sources().isEmpty()
          && a.sources().stream().allMatch(ActorMention::isCivilian) ? "144"
          : economicRestrictions(w, t) ? "163" : null; // "فرضت روسيا قيودا تجارية على أنقرة"
      // a state's formal protest (not "احتجاجا" giving the purpose of the protest before it)
      case "140", "141" -> w.is(t.first(), MASSING) && AttackKinds.armed(a.sources()) ? "150" // "احتشدت قوات"
          : purposeOf < 0 && OfficialProtests.of(w, t.first(), a.sources()) ? "114" : null;
      // leaving a deal, not a battlefield; or only offering to withdraw ("عرض الانسحاب": 0356)
      case "0874" -> Withdrawals.offered(w, t.first()) ? "0356" : Withdrawals.fromAgreement(w, t.first());
      case "120" -> Rejections.codeOf(w, t.first()); // "رفضت المتحدثة … التعليق" 011
      // "وجهت النيابة اتهامات", "أيدت المحكمة الحكم بالسجن": a court's charge or ruling is legal action
      case "112" -> LegalActions.codeOf(w, t, coded.code(), a);
      // "دعمت بالسلاح والتدريب جماعة الحوثي": backing with arms is military aid (072)
      case "051" -> {
        String aid = AidKinds.codeOf(w, t.last(), "051");
        yield aid != null ? aid : LegalActions.codeOf(w, t, coded.code(), a);
      }
      case "070" -> AidKinds.codeOf(w, t.last(), "070"); // "مساعدات عسكرية" 072, "مالية" 071, "إنسانية" 073
      case "130" -> ThreatKinds.codeOf(w, t.first()); // "هدد باستهداف" 138, "هدد بفرض رسوم" 1312
      // "تعهد ترامب بأن تفرض واشنطن أعلى مستوى من العقوبات": a pledge of sanctions is a threat of them
      // and what else is pledged is read as what is asked for: "تعهد بلقاء" 036, "بتقديم مساعدات" 033
      case "030" -> ThreatKinds.pledgeCode(w, t.first());
      case "163" -> LiftedSanctions.of(w, t.first()) ? "085" : null; // "عقب رفع الولايات المتحدة … عقوبات"
      case "0841" -> LiftedSanctions.releasesAssets(w, t) ? "085" : null; // "الإفراج عن أرصدة إيران المجمدة"
      // "قال إن الصعوبات … من أكثر الأوضاع المقلقة": 012
      case "010" -> StatementTone.codeOf(w, EventStage.complementStart(w, t.first()));
      case "020", "100" -> DemandKinds.codeOf(w, t.first(), coded.root()); // "طالب بالإفراج عن" 1053
      case "050" -> w.is(t.first(), COOPERATION) ? CooperationKinds.codeOf(w, t.first()) : null; // "التعاون الأمني" 062
      case "040" -> MeetingPlaces.codeOf(w, entities, t, a); // "يلتقي ترامب وكيم في سنغافورة" 044
      case "043" -> ObjectSenses.refugeesReceived(w, t.first()) ? "075" : null; // "استقبلت … 50 ألف لاجئ"
      case "046" -> HaltedTalks.of(w, t.first()) ? "164" : null; // "تأجيل المفاوضات": halted, not held
      // military exercises with another state's forces are military cooperation: "أجرت مصر مناورات مع قوات أميركية"
      case "150" -> a.targets().stream().anyMatch(m -> w.isKey(m.first() - 1, "مع")) ? "062" : null;
      // a state that stops passage imposes a blockade: "ومنعت إسرائيل وصول الوقود إلى القطاع"
      // (and "منعت الميليشيات السفينة")
      case "144" -> Rejections.visaRefused(w, t.first()) ? "120" // "ترفض منح تأشيرة الدخول"
          : ofState(a.sources()) || AttackKinds.armed(a.sources()) ? "191" : null;
      // "تم طرد الحوثيين وقوات صالح من معسكري لبوزة": armed men driven out by fighting, no deportation
      case "174" -> drivenOut(w, t, a.targets()) ? "190" : null;
      default -> null;
    };
  }

  /** Restrictions on trade or money, not on movement: "قيودا تجارية", "قيودا على حركة الأموال". */
  private static final Set<String> RESTRICTIONS = EventKeys.setOf("قيود", "قيودا", "قيودها");
  private static final Set<String> ECONOMIC = EventKeys.setOf("تجارية", "رأسمالية", "مالية", "اقتصادية",
      "أموال", "صادرات", "واردات", "سحب", "التحويلات", "الاستيراد", "التصدير"); // (keys fold the article)
  /** How far after the restrictions their economic object may stand: "قيودا مشددة على سحب الأموال". */
  private static final int ECONOMIC_REACH = 4;

  /** Whether the restrictions the trigger imposes are on trade or money (163), not on movement (191). */
  private static boolean economicRestrictions(SentenceWords w, TriggerMatch t) {
    for (int i = t.first() + 1; i <= t.last() + 1 && i < w.size(); i++) {
      if (w.is(i, RESTRICTIONS)) {
        for (int k = i + 1; k <= i + ECONOMIC_REACH && k < w.size() && !Clauses.isBoundary(w, k); k++) {
          if (w.is(k, ECONOMIC)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** Driving out: "طرد", "أبعد" (not "ترحيل", a transfer agreed or a deportation by a court). */
  private static final java.util.Set<String> DRIVING_OUT = EventKeys.setOf("طرد", "أبعد");

  /**
   * Whether the expelled, right after the verb of driving out, are all armed forces, rebels, militants or
   * gunmen, driven from a place ("من" after them): not police, and not a military attaché sent home.
   */
  private static boolean drivenOut(SentenceWords w, TriggerMatch t, List<ActorMention> targets) {
    if (!w.is(t.first(), DRIVING_OUT) && !DRIVING_OUT.contains(EventKeys.verbStem(w.token(t.first())))) {
      return false;
    }
    int end = targets.stream().mapToInt(ActorMention::last).max().orElse(-1);
    // (the last of them may be a name in construct: "طرد الحوثيين وقوات صالح من معسكري لبوزة")
    boolean fromPlace = w.isKey(end + 1, "من") || w.isKey(end + 2, "من");
    // (a man the coder cannot code may be named among them: "طردت … أنصار الحوثي وصالح منها", seed 206)
    return fromPlace && targets.stream().anyMatch(m -> armed(m.actor().code())) && targets.stream().allMatch(m ->
        m.first() > t.first() // (the match may run over its needed word: "طرد" … "قوات")
            && (m.actor().code() == null || armed(m.actor().code()) || outOfRole(m.actor())));
  }

  /** A person the base knows but who holds no role on the date (coded by country alone): Saleh in 2018. */
  private static boolean outOfRole(org.marsad.doc.Event.Actor a) {
    return a.id() != null && a.id().startsWith("person:") && a.code().equals(a.country());
  }

  private static boolean armed(String c) {
    return c != null && (c.endsWith("MIL") || c.endsWith("REB") || c.startsWith("IMG") || c.equals("UAF"));
  }

  /** Whether the actors are all a state: a country by name, or its government, forces, police or courts. */
  private static boolean ofState(List<ActorMention> actors) {
    return !actors.isEmpty() && actors.stream().allMatch(m -> {
      String country = m.actor().country();
      String code = m.actor().code();
      return country != null && code != null && code.startsWith(country)
          && (code.equals(country) || PlaceCountry.STATE_ROLES.contains(code.substring(country.length())));
    });
  }
}
