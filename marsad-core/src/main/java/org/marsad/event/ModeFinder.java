package org.marsad.event;

import java.time.LocalDate;
import java.util.List;
import org.marsad.doc.Event.Mode;
import org.marsad.doc.TimeExpression;

/**
 * Decides how the text presents an event (PLOVER's modes): negated ("لم", "لن", "نفى أن"; not "لا
 * تزال", still, nor "لما" before a perfective), hypothetical ("إذا", "في حال", and what is asked, sought
 * or offered: "طالب بالإفراج", "تسعى إلى عقد صفقة"), future ("س", "سوف", "من
 * المقرر أن", "تعتزم", a time expression after the publication date in the same clause, but never for a
 * perfective verb, which tells the past), reported (inside what someone said) or asserted. When several
 * hold, the stronger one wins: negated, then hypothetical, future, reported.
 */
final class ModeFinder {
  /** How many words before the trigger a negation or future particle may stand. */
  private static final int PARTICLE_REACH = 4;
  /** How far a pledge or plan may govern a masdar behind ب or على, its subject between them. */
  private static final int COMPLEMENT_REACH = 8;
  private static final java.util.Set<String> ANY = EventKeys.setOf("أي", "اي", "أية", "اية");

  Mode find(SentenceWords w, int trigger, List<TimeExpression> times, boolean reported, boolean denied,
      boolean conditionable, boolean refusable) {
    int clauseStart = Clauses.clauseStart(w, trigger);
    int from = Math.max(clauseStart, trigger - PARTICLE_REACH);
    if (denied) {
      return Mode.NEGATED;
    }
    for (int i = from; i < trigger; i++) {
      if (w.is(i, Clauses.NEGATIONS) && onlyConjunction(w.token(i).clitics().pre()) && negates(w, i)
          && !exceptAfter(w, trigger) && !exceptBetween(w, i, trigger) && !verbAfterNegatedNoun(w, i, trigger)
          && !talkedAbout(w, i, trigger)) {
        return Mode.NEGATED;
      }
    }
    if (refusable && refused(w, trigger, clauseStart)) {
      return Mode.NEGATED; // "رفضت برلين ترحيل أتباع غولن", "عارض ماكين ترحيل المعتقلين"
    }
    if (refusable && failedTo(w, trigger, clauseStart)) {
      return Mode.NEGATED; // "فشل روسيا وتركيا وإيران بالتوصل إلى هدنة": what they failed to reach
    }
    if (foiled(w, trigger, clauseStart)) {
      return Mode.NEGATED; // "أعلنت القوات العراقية إحباط هجوم شنه مسلحو تنظيم داعش": it did not take place
    }
    for (int i = Math.max(clauseStart, trigger - 8); i < trigger; i++) {
      // ("في حال", "في حالة": in case; not "حالة الاستنفار", a state of alert)
      boolean inCase = !w.is(i, CASE) || w.isKey(i - 1, FI) || w.hasProclitic(i, "ب");
      if (w.is(i, Clauses.CONDITIONS) && inCase) {
        return Mode.HYPOTHETICAL;
      }
    }
    for (int i = Math.max(0, trigger - PARTICLE_REACH); i < trigger; i++) {
      if (w.is(i, LIKELY)) {
        return Mode.HYPOTHETICAL; // "من المرجح أن ينسحب منه ترامب": likely, not yet done
      }
      if (w.is(i, POSSIBLE_THAT) && (w.isKey(i - 1, "من") || w.is(i - 1, POSSIBILITIES))) {
        return Mode.HYPOTHETICAL; // "من الممكن أن تهاجم إيران", "من الاحتمالات الوارد أن": possible
      }
    }
    if (asked(w, trigger, clauseStart)) {
      return Mode.HYPOTHETICAL; // "هل ينسحب الحوثيون من الحديدة؟": a question, nothing told as done
    }
    if (w.is(trigger - 1, CHANCES) && w.token(trigger).clitics().isEmpty()) {
      return Mode.HYPOTHETICAL; // "ثقته في فرص توصل اليونان إلى اتفاق": the chances of one (seed 267)
    }
    if (w.isKey(trigger - 1, QAD) && w.isImperfective(trigger)) {
      return Mode.HYPOTHETICAL; // "قد يهاجم": may attack ("قد هاجم" is: has attacked)
    }
    if (wouldLeadTo(w, trigger)) {
      return Mode.HYPOTHETICAL; // "لمن يدلي بمعلومات تؤدي إلى القبض على الصماد": what would follow, not done
    }
    for (int i = trigger + 1; i <= trigger + 2 && i < w.size(); i++) {
      if (w.is(i, POSSIBLE)) {
        return Mode.HYPOTHETICAL; // "هجوم محتمل"
      }
    }
    for (int i = trigger + 1; i <= trigger + POSSIBLE_REACH && i < w.size() && w.token(i).isWord(); i++) {
      if (w.is(i, THE_POSSIBLE) && w.isDefinite(trigger + 1)) {
        return Mode.HYPOTHETICAL; // "انسحاب الولايات المتحدة المحتمل": past its definite genitive
      }
      if (!w.isDefinite(i) || w.isVerb(i) || !w.token(i).clitics().pre().isEmpty()) {
        break;
      }
    }
    if (conditionable && conditionAfter(w, trigger)) {
      return Mode.HYPOTHETICAL; // "ستنسحب من الاتفاق إذا لم تحصل على مكاسب"
    }
    if (conditionable && unrealised(w, trigger, clauseStart)) {
      return Mode.HYPOTHETICAL; // "مطالبا الرياض بالتعاون", "تسعى إلى عقد صفقة", "مقابل تخفيف العقوبات"
    }
    if (trigger > 0 && (w.is(trigger - 1, ANY) || w.isKey(trigger - 1, OR) && w.is(trigger - 3, ANY))) {
      // "لردع أي هجوم", "قبل أن تنفذا أي هجوم", "أي حوارات أو محادثات": any such event, none in particular
      return Mode.HYPOTHETICAL;
    }
    if (isFuture(w, trigger, from, clauseStart, times)) {
      return Mode.FUTURE;
    }
    return reported ? Mode.REPORTED : Mode.ASSERTED;
  }

  /** Verbs of leading to a result: "تؤدي" (whose lemma the lemmatiser gives as أدا), "تقود", "تفضي". */
  private static final java.util.Set<String> LEADING = EventKeys.setOf("أدى", "ادى", "أدا", "قاد", "أفضى",
      "افضى");

  /**
   * Whether the event noun is the result a present-tense verb says something leads to ("معلومات تقود إلى توقيف
   * المسؤولين", "كادت تؤدي إلى مقتل الجريحين"): a result looked for or feared, not one told as done ("أدى إلى
   * مقتل" in the past is; "سيفضي إلى رفع العقوبات" is the future, left to it).
   */
  private static boolean wouldLeadTo(SentenceWords w, int trigger) {
    int verb = trigger - 2;
    return verb >= 0 && w.is(trigger - 1, ObjectFinder.TO) && w.is(verb, LEADING) && w.isImperfective(verb)
        && !w.hasProclitic(verb, "س");
  }

  private static final String OR = EventKeys.of("أو");
  private static final java.util.Set<String> WHETHER_ASKED = EventKeys.setOf("هل", "أهل");

  /** Whether the trigger is in a yes-no question: "هل" before it in its clause, "؟" after it. */
  private static boolean asked(SentenceWords w, int trigger, int clauseStart) {
    boolean opened = false;
    for (int i = clauseStart; i < trigger && !opened; i++) {
      opened = w.is(i, WHETHER_ASKED);
    }
    for (int i = trigger + 1; opened && i < w.size(); i++) {
      String t = w.token(i).text();
      if (t.equals("؟") || t.equals("?")) {
        return true;
      }
      if (t.equals(".") || t.equals("!")) {
        return false;
      }
    }
    return false;
  }

  /** "Except", which turns a negation into "only": "لم تطلق سوى ثمانية صواريخ", "لم يلتق إلا بوزير". */
  private static final java.util.Set<String> EXCEPT = EventKeys.setOf("سوى", "إلا", "الا");
  private static final int EXCEPT_REACH = 5;

  /** Whether "سوى" / "إلا" follows the negated trigger in its clause: the act happened, if only so much. */
  private static boolean exceptAfter(SentenceWords w, int trigger) {
    for (int i = trigger + 1; i <= trigger + EXCEPT_REACH && i < w.size(); i++) {
      if (w.is(i, EXCEPT) && w.token(i).clitics().pre().isEmpty()) {
        return true;
      }
      if (Clauses.isBoundary(w, i) && !w.is(i, EXCEPT)) {
        return false;
      }
    }
    return false;
  }

  /** Whether "سوى" / "إلا" stands between the negation and the trigger: "لم ينل سوى تأييد روسيا" got it. */
  private static boolean exceptBetween(SentenceWords w, int negation, int trigger) {
    for (int i = negation + 1; i < trigger; i++) {
      if (w.is(i, EXCEPT) && w.token(i).clitics().pre().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Bodies an adjective of opposing describes: "فصائل معارضة", "أحزاب معارضة" (no refusal). */
  private static final java.util.Set<String> BODIES = EventKeys.setOf("فصائل", "فصيل", "قوى", "أحزاب", "حزب",
      "جماعات", "جماعة", "حركات", "حركة", "شخصيات", "أصوات", "قوات", "مجموعات");
  /** Refusing outright (not calling off or putting off what was planned). */
  private static final java.util.Set<String> REFUSING = EventKeys.setOf("رفض", "رفضت", "يرفض", "ترفض", "رفضوا",
      "رفضه", "رفضها", "امتنع", "امتنعت", "يمتنع", "تمتنع");
  private static final java.util.Set<String> REFUSALS = java.util.stream.Stream.concat(REFUSING.stream(),
      EventKeys.setOf("عارض", "عارضت", "يعارض", "تعارض", "معارضة",
      // and what is called off: "ألغت لقاء بين الكوريتين", "قررت إلغاء الزيارة"
      "ألغى", "ألغت", "يلغي", "تلغي", "إلغاء", "الغاء", "ألغوا",
      // or put off: "تم تأجيل زيارة وزير الخارجية الايراني … الى تركيا" did not take place as planned (seed 212;
      // not the bare "أجل" of "من أجل", for the sake of)
      "تأجيل", "تاجيل", "أجلت", "اجلت", "أجلوا", "يؤجل", "تؤجل", "تأجلت", "إرجاء", "ارجاء", "أرجأ", "أرجأت",
      "ارجأ", "ارجأت", "يرجئ", "ترجئ").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());


  /**
   * Whether the trigger, a meeting, is what someone refuses a few words before it: "يرفض لقاء أوباما", "تمتنع عن
   * لقاء السفير" (seed 231) is a refusal to meet (125, coded on the refusal), no meeting at all.
   */
  static boolean refusedMeeting(SentenceWords w, int trigger) {
    return governedBy(w, trigger, Clauses.clauseStart(w, trigger), 4, REFUSING, java.util.Set.of());
  }

  /**
   * Whether the trigger, an act the refuser would do, is what is refused a few words before it in its
   * clause: a noun ("رفض ترحيل", "رفضت الإفراج عنه") or a subjunctive after أن ("رفض أن يستقيل").
   */
  private static boolean refused(SentenceWords w, int trigger, int clauseStart) {
    if (w.is(trigger, SANCTIONS) && !w.is(trigger - 1, IMPOSING)) {
      return false; // "رفضت روسيا عقوبات واشنطن الجديدة": sanctions rejected are in force (not "رفض فرض عقوبات")
    }
    return governedBy(w, trigger, clauseStart, 4, REFUSALS, java.util.Set.of());
  }

  /** Meetings, which one holds and fails in: "في اجتماعها". */
  private static final java.util.Set<String> MEETINGS = EventKeys.setOf("اجتماع", "جلسة", "لقاء", "قمة", "مؤتمر");

  /** Failing to do: what one failed to reach or do did not happen (not "فشل الهجوم": a failed attack took place). */
  private static final java.util.Set<String> FAILURES = EventKeys.setOf("فشل", "فشلت", "فشلوا", "يفشل", "تفشل",
      "إخفاق", "اخفاق", "أخفق", "أخفقت", "عجز", "عجزت", "يعجز", "تعجز");
  /** How far before the act a failure may stand: past its subjects ("فشل روسيا وتركيا وإيران بالتوصل إلى"). */
  private static final int FAILURE_REACH = 8;

  /**
   * Whether the act is what someone failed to do: a failure word before it, with the failing's complement
   * behind ب or في between ("فشل … بالتوصل إلى هدنة", "أخفقت في التوصل إلى اتفاق"). Not what itself failed
   * ("فشل المحادثات": the talks took place), nor after "الفشل" ("باءت بالفشل بعد انسحاب ترامب").
   */
  private static boolean failedTo(SentenceWords w, int trigger, int clauseStart) {
    if (w.is(trigger, MEETINGS) && !w.token(trigger).clitics().post().isEmpty()) {
      return false; // where one failed: "فشلت الحكومة اللبنانية في اجتماعها أمس في حل أزمة النفايات" (seed 228)
    }
    if ((w.is(trigger, MEETINGS) || w.is(trigger, TALKS)) && w.is(trigger + 1, TOOK_PLACE)) {
      return false; // "أخفقت روسيا والسعودية في محادثات جرت بينهما في التغلب على خلافاتهما": held (seed 273)
    }
    for (int i = trigger - 1; i >= Math.max(clauseStart, trigger - FAILURE_REACH); i--) {
      if (w.is(i, FAILURES) && !w.isDefinite(i)) {
        for (int j = i + 1; j < trigger; j++) {
          if (w.isKey(j, "في") || w.hasProclitic(j, "ب") && ActorPositions.isNoun(w, j)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  private static final java.util.Set<String> TALKS = EventKeys.setOf("محادثات", "مباحثات", "مفاوضات");
  /** Verbs saying a meeting was held: "محادثات جرت", "اجتماع عقد". */
  private static final java.util.Set<String> TOOK_PLACE = EventKeys.setOf("جرت", "جرى", "عقدت", "عقد", "دارت",
      "أجريت", "اجريت");

  /** Foiling, verb or masdar: "أحبطت الشرطة", "إحباط هجوم" (not "إحباطه", his frustration). */
  private static final java.util.Set<String> FOILING = EventKeys.setOf("إحباط", "احباط", "أحبط", "احبط", "أحبطت",
      "احبطت", "أحبطوا", "يحبط", "تحبط");
  /** What a foiling may name before the act itself: "إحباط محاولة لشن هجوم", "إحباط تنفيذ 7 عمليات". */
  private static final java.util.Set<String> PLOTS = EventKeys.setOf("محاولة", "محاولات", "مخطط", "مخططا",
      "مخططات", "تنفيذ", "مؤامرة", "عملية", "عمليات"); // ("إحباط تنفيذ 7 عمليات انتحارية")
  /** How far before the act its foiling may stand: "إحباط تنفيذ 7 عمليات انتحارية". */
  private static final int FOILING_REACH = 4;

  /** Whether the act was foiled: a foiling word before it, with only a plot, its launch or a count between. */
  private static boolean foiled(SentenceWords w, int trigger, int clauseStart) {
    for (int i = trigger - 1; i >= Math.max(clauseStart, trigger - FOILING_REACH); i--) {
      if (w.is(i, FOILING) && w.token(i).clitics().post().isEmpty() && !w.isKey(i + 1, "من")) {
        for (int j = i + 1; j < trigger; j++) {
          if (!w.is(j, PLOTS) && !w.isCount(j) && !w.is(j, LAUNCHING)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Launching an attack, between a foiling and the attack: "محاولة لشن هجوم". */
  private static final java.util.Set<String> LAUNCHING = EventKeys.setOf("شن", "لشن", "لتنفيذ");

  /** Sanctions named as such, which one rejects once they are imposed. */
  private static final java.util.Set<String> SANCTIONS = EventKeys.setOf("عقوبات", "العقوبات");
  private static final java.util.Set<String> IMPOSING = EventKeys.setOf("فرض", "بفرض");

  /**
   * Whether a word of {@code governors} stands within {@code reach} words before the trigger, an event noun
   * in its clause or a subjunctive verb after أن (whose أن opens a clause of its own: the search looks behind
   * it), with no word of {@code stoppers} between.
   */
  static boolean governedBy(SentenceWords w, int trigger, int clauseStart, int reach,
      java.util.Set<String> governors, java.util.Set<String> stoppers) {
    // (a "verb" behind a preposition is a masdar the tagger misread: "للمطالبة برفع الحصار")
    // (and a "verb" right after a governing noun in the construct state: "على ضرورة تعاون الحكومة", seed 239;
    // not a verb with its object pronoun, the noun's relative clause: "وهي دعوة عارضتها أنقرة")
    boolean noun = !w.isVerb(trigger) || w.hasProclitic(trigger, "ب") || w.hasProclitic(trigger, "ل")
        || w.is(trigger - 1, GOVERNING_NOUNS) && w.token(trigger).clitics().post().isEmpty();
    boolean subjunctive = !noun && w.isImperfective(trigger) && trigger > 0 && w.is(trigger - 1, THAT);
    if (!noun && !subjunctive) {
      return false;
    }
    int first = subjunctive ? trigger - 1 - reach : Math.max(clauseStart, trigger - reach);
    for (int i = subjunctive ? trigger - 2 : trigger - 1; i >= Math.max(0, first); i--) {
      if (w.is(i, stoppers)) {
        return false;
      }
      // (by its lemma, not as a name or an adjective: "طالبان" has the lemma طالب)
      String pos = w.token(i).pos();
      // (and "ودعا", which the segmenter reads whole as "ودع": the conjunction and the verb)
      String rest = w.afterJoinedWa(i);
      boolean joined = rest != null && governors.contains(rest);
      boolean governs = joined || w.is(i, governors)
          && (governors.contains(w.bare[i]) || !"ADJ".equals(pos) && !"PROPN".equals(pos));
      if (governs && !w.is(i - 1, BODIES)) { // (not "فصائل معارضة": opposition factions)
        return true;
      }
    }
    return false;
  }

  /** Words of what is asked, urged, sought, offered or bargained for: the act after them is not done. */
  private static final java.util.Set<String> UNREALISED = EventKeys.setOf("طالب", "يطالب", "تطالب", "يطالبون",
      "طالبت", "طالبوا", "مطالبا", "مطالبة", "مطالبين", "دعا", "دعت", "يدعو", "تدعو", "دعوا", "داعيا", "داعية", "دعوة",
      "دعوات", "حث", "حثت", "يحث", "تحث", "حثوا",
      "يحاول", "تحاول", "يحاولون", "ناشد", "ناشدت", "يناشد", "تناشد", "طلب", "طلبت", "يطلب", "تطلب",
      "سعى", "سعت", "يسعى", "تسعى", "مساع", "مساعي", "استعداد", "مستعد", "مستعدة", "مستعدون", "مستعدا", "مستعدين",
      "إقناع", "اقناع", "مقابل", "اقترح",
      "اقترحت", "يقترح", "اقتراح", "يريد", "تريد", "يريدون", "رغبة", "رغبته", "رغبتها",
      "رغبتهم", "رغبتهما", "ضرورة", "يجب", "ينبغي", "بد", "لابد", "بهدف", "يهدف", // ("لا بد من تنفيذ القرار والانسحاب")
      "تهدف", "يأمل", "تأمل", "يأملون", "أمل", "نأمل", "آمل", "يتمنى", "تتمنى", "نتمنى",
      "يتطلع", "تتطلع", "يتطلعون", "نتطلع", // ("وتتطلع موسكو لاستضافة جولة أخرى من المحادثات", seed 273)
      // and what an act is for or a way to: "من أجل عودة جميع الأطراف الى طاولة المفاوضات", "لإجبارهم على
      // الجلوس إلى طاولة المفاوضات", "للتحضير لمحادثات", "سبل تعزيز الحوار"
      "أجل", "إجبار", "إرغام", "تحضير", "تمهيدا", "تمهيد", "سبل",
      // and what is feared: "عبروا عن مخاوفهم من الاعتقال", "خشية تعرضهم لهجوم"
      "مخاوف", "خشية", "خوف", "خوفا", "يخشى", "تخشى", "يخشون", "تخوف", "تخوفات", "مخافة",
      // and what an order or a law allows, in the present ("أمرا تنفيذيا يسمح بفرض عقوبات"; the past,
      // "سمحت السلطات بدخول", may tell what was done)
      "يسمح", "تسمح", "يتيح", "تتيح", "يخول", "تخول", "يجيز", "تجيز",
      // and who is invited to an act: "حركة طالبان المدعوة إلى محادثات سلام" (seed 238)
      "المدعوة", "مدعوة", "المدعوين", "مدعوين", "المدعوون", "مدعوون");
  /** Nouns of need, call and wish, whose genitive is the act not yet done: "ضرورة تعاون", "دعوة". */
  private static final java.util.Set<String> GOVERNING_NOUNS = EventKeys.setOf("ضرورة", "دعوة", "مطالبة", "رغبة",
      "اقتراح");
  /** Words that stop an act already under way: "دعا إلى وقف الهجمات" asks to end attacks that happen. */
  static final java.util.Set<String> STOPPING = EventKeys.setOf("وقف", "إنهاء", "انهاء", "منع", "تجنب",
      "تفادي", "عدم");
  static final int UNREALISED_REACH = 6;

  /**
   * Whether the trigger is what someone asks, urges, seeks, offers or bargains for, a few words after such
   * a word in its clause: an event noun ("مطالبا الرياض بالتعاون", "حثوا الدول الغربية على رفع العقوبات")
   * or a verb in the subjunctive after أن ("طالب بأن تفرج").
   */
  static boolean unrealised(SentenceWords w, int trigger, int clauseStart) {
    // (a demand's complement behind ب follows its subject and object, however long their names: "طالبت محكمة
    // العدل الدولية الولايات المتحدة الأمريكية بتخفيف حدة العقوبات")
    return governedBy(w, trigger, clauseStart, UNREALISED_REACH, UNREALISED, STOPPING)
        || demandedComplement(w, trigger, clauseStart) || calledComplement(w, trigger, clauseStart)
        || attemptedTo(w, trigger) || invitedTo(w, trigger, clauseStart) || enabledTo(w, trigger, clauseStart)
        || UrgedActs.of(w, trigger, clauseStart);
  }

  /** Enabling, in the present, to an act behind من: "أن يمكّن … رجال الأمن … من القبض على هؤلاء المجرمين". */
  private static final java.util.Set<String> ENABLING = EventKeys.setOf("يمكن", "يتمكن", "تتمكن", "يتمكنوا",
      "تتمكنوا", "يتمكنون", "يمكنها", "يمكنه", "يمكنهم");
  /** How far before its act behind من the enabling may stand: past whom it enables, however long their names. */
  private static final int ENABLING_REACH = 14;

  /**
   * Whether the trigger is the act behind من of an enabling in the present (a prayer or a hope: "دعا المولى أن
   * يمكّن حكومة خادم الحرمين الشريفين ورجال الأمن البواسل في الجهات الأمنية من القبض"), not done yet. Not the
   * perfective "تمكن رجال الأمن من القبض" (managed to), which tells it done.
   */
  private static boolean enabledTo(SentenceWords w, int trigger, int clauseStart) {
    if (!w.isKey(trigger - 1, "من") || !w.token(trigger).clitics().pre().isEmpty()) {
      return false;
    }
    for (int i = trigger - 2; i >= Math.max(clauseStart, trigger - ENABLING_REACH); i--) {
      if (w.is(i, ENABLING)) {
        return true;
      }
      if (w.isVerb(i) && !w.isDefinite(i)) {
        return false; // (not "الأمن", which the tagger may read as a verb)
      }
    }
    return false;
  }

  /** Invitations, whose purpose behind ل lies ahead: "دعوة الحكومة إلى مبعوث الأمم المتحدة … لزيارة عدن". */
  private static final java.util.Set<String> INVITATIONS = EventKeys.setOf("دعوة", "دعوته", "دعوتها", "الدعوة");
  /** How far before its purpose an invitation may stand: past the invited and his title. */
  private static final int INVITATION_REACH = 14;

  /**
   * Whether the trigger is the purpose behind ل of an invitation earlier in its clause: "وجدد بادي دعوة
   * الحكومة إلى مبعوث الأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد لزيارة سريعة" (seed 239: the visit was
   * coded as made). Not one the invitation answers ("زيارة تلبية لدعوة"): the invitation stands after it.
   */
  private static boolean invitedTo(SentenceWords w, int trigger, int clauseStart) {
    if (!w.hasProclitic(trigger, "ل")) {
      return false;
    }
    for (int i = trigger - 1; i >= Math.max(clauseStart, trigger - INVITATION_REACH); i--) {
      if (w.is(i, INVITATIONS) && w.token(i).clitics().pre().isEmpty()) {
        return true;
      }
      if (w.isVerb(i) && !w.inEntity(i)) {
        return false; // (not "أحمد" inside the name "إسماعيل ولد الشيخ أحمد")
      }
    }
    return false;
  }

  /** Attempts and efforts, whose purpose behind ل is not yet done: "في محاولة لاقتحامه", "جهودهم للقبض". */
  private static final java.util.Set<String> ATTEMPTS = EventKeys.setOf("محاولة", "محاولات", "جهود", "جهودا",
      "جهد");

  /**
   * Whether the trigger is the purpose behind ل of an attempt or an effort, right after it or past one
   * adjective: "ويكثف رجال الأمن جهودهم للقبض على شركائه" (seed 221) did not arrest them. Not the attempt's
   * genitive, which names what was tried and may have been done ("محاولة تفجير"), nor "جهود الوساطة".
   */
  private static boolean attemptedTo(SentenceWords w, int trigger) {
    if (!w.hasProclitic(trigger, "ل") || trigger < 1) {
      return false;
    }
    int attempt = "ADJ".equals(w.token(trigger - 1).pos()) && !w.is(trigger - 1, ATTEMPTS) ? trigger - 2 : trigger - 1;
    // (or past whose efforts they are: "لمتابعة جهود الحكومة المصرية للإفراج عن الرهينة", seed 251)
    for (int i = attempt; i >= 0 && i > attempt - ATTEMPT_OWNER_WORDS && !w.is(i, ATTEMPTS); i--) {
      if (!w.token(i).isWord() || !w.token(i).clitics().pre().isEmpty() || w.isVerb(i)) {
        break;
      }
      attempt = i - 1;
    }
    return attempt >= 0 && w.is(attempt, ATTEMPTS)
        && w.token(attempt).clitics().pre().stream().noneMatch(c -> c.equals("ب"));
  }

  /** How many words the owner of an attempt may take between it and its purpose: "جهود الحكومة المصرية". */
  private static final int ATTEMPT_OWNER_WORDS = 3;

  /** Whether the trigger is the first ب-complement after a verb of demanding in its clause. */
  private static boolean demandedComplement(SentenceWords w, int trigger, int clauseStart) {
    if (!w.hasProclitic(trigger, "ب")) {
      return false;
    }
    for (int i = trigger - 1; i >= Math.max(clauseStart, trigger - DEMAND_REACH); i--) {
      if (DEMANDS.contains(w.bare[i])) { // (as written: the lemma of "طالبان" is طالب)
        return true;
      }
      if (w.hasProclitic(i, "ب") || w.is(i, STOPPING)) {
        return false; // (another complement first: "طالبت بريطانيا بتفسير عن سبب إلقائها باللوم")
      }
    }
    return false;
  }

  /** Verbs of demanding, whose complement is the act demanded behind ب. */
  private static final java.util.Set<String> DEMANDS = EventKeys.setOf("طالب", "يطالب", "تطالب", "يطالبون",
      "طالبت", "طالبوا", "مطالبا", "مطالبة", "مطالبين", "ناشد", "ناشدت", "يناشد", "تناشد",
      // and of binding to an act, which is owed, not done: "القرار 2216 … الذي يلزم جماعة الحوثي … بالانسحاب"
      "يلزم", "تلزم", "ألزم", "ألزمت", "الزم", "الزمت");
  private static final int DEMAND_REACH = 12;

  /**
   * Whether the trigger is the act a call asks for behind ل or إلى, past whom it calls on, however long their
   * names: "دعا والد الرهينة السلطات الفرنسية والرئيس فرنسوا هولاند للتعاون مع مصر" (seed 251: coded as done).
   */
  private static boolean calledComplement(SentenceWords w, int trigger, int clauseStart) {
    // the genitive of a beginning called for is called for too: "إلى وقف العنف وبدء مفاوضات"
    int act = trigger > 0 && w.is(trigger - 1, BEGINNINGS) && w.token(trigger).clitics().pre().isEmpty()
        ? trigger - 1 : trigger;
    boolean behindTo = act > 0 && w.is(act - 1, ObjectFinder.TO) && w.token(act).clitics().pre().isEmpty();
    // (or the second of the acts called for, joined by و: its first stands behind ل or إلى)
    boolean joined = w.token(act).clitics().pre().equals(List.of("و")) && !w.isVerb(act);
    if (!w.hasProclitic(act, "ل") && !behindTo && !joined) {
      return false;
    }
    for (int i = act - (behindTo ? 2 : 1); i >= Math.max(clauseStart, trigger - DEMAND_REACH); i--) {
      String rest = w.afterJoinedWa(i); // ("ودعا", read whole by the segmenter)
      if (w.is(i, CALLS) || rest != null && CALLS.contains(rest)) {
        return true;
      }
      if (joined && !w.isVerb(i) && (w.hasProclitic(i, "ل") || w.is(i, ObjectFinder.TO))) {
        joined = false; // the first act called for
        continue;
      }
      // (the stopping called for before the joined act stops something else: "إلى وقف العنف وبدء مفاوضات")
      if (w.hasProclitic(i, "ل") || w.hasProclitic(i, "ب") || w.is(i, ObjectFinder.TO)
          || w.is(i, STOPPING) && !joined || w.isVerb(i)) {
        return false; // (another complement or verb first: "دعا إلى وقف", "دعا الذين شاركوا")
      }
    }
    return false;
  }

  /** Beginnings, whose genitive is the act begun: "بدء مفاوضات", "استئناف المحادثات". */
  private static final java.util.Set<String> BEGINNINGS = EventKeys.setOf("بدء", "وبدء", "استئناف", "واستئناف");

  /** Verbs of calling on someone to act. */
  private static final java.util.Set<String> CALLS = EventKeys.setOf("دعا", "دعت", "يدعو", "تدعو", "دعوا", "يدعون",
      "داعيا", "داعية", "داعين");

  /** No proclitic but the conjunction: "ولم توقع", "ولن يلتقي" negate as "لم", "لن" do (not "بلا", "للا"). */
  private static boolean onlyConjunction(List<String> pre) {
    return pre.isEmpty() || pre.size() == 1 && (pre.get(0).equals("و") || pre.get(0).equals("ف"));
  }

  /**
   * Whether the negation word at i negates: "لا يزال" / "لا تزال" is "still", and "لما" before anything but
   * an imperfective is "when" or "to what" ("وفقا لما أعلن ماكرون"), not "not yet".
   */
  private static boolean negates(SentenceWords w, int i) {
    if (w.is(i + 1, STILL) || w.is(i + 1, ESPECIALLY) || w.is(i + 1, HESITATED) || w.is(i + 1, HIDDEN)) {
      // ("ولا سيما": especially; "لم يتردد في": did not hesitate to, so did; "ولا يخفى على أحد الاعتقالات": it
      // is no secret, so they took place)
      return false;
    }
    if (w.is(i + 1, PILOT)) {
      return false; // "طائرات من دون طيار", "بدون طيار": drones, no negation
    }
    if (w.isKey(i + 1, MUST)) {
      return false; // "لا بد من انسحاب الميليشيات": must, what is owed ({@link #UNREALISED})
    }
    return !w.isKey(i, LAMMA) || w.isImperfective(i + 1);
  }

  private static final String NOT_NOUN = EventKeys.of("عدم");
  private static final String MUST = EventKeys.of("بد");

  /**
   * Whether the trigger is a verb after the noun "عدم" negated: عدم negates its own noun, never a verb, so the
   * verb opens a clause of its own, joined ("شددت على عدم تورطها في القضية واتهمت بريطانيا") or not ("يدل على
   * عدم الإيمان عند هؤلاء يقتلون المصلين").
   */
  private static boolean verbAfterNegatedNoun(SentenceWords w, int negation, int trigger) {
    // (a perfective standing alone may be the tagger's reading of a masdar, "عدم إعلان البيت الأبيض رفضه لها",
    // unless what it says follows: "طلب عدم نشر اسمه قال إن")
    return w.isKey(negation, NOT_NOUN) && trigger > negation + 1 && w.isVerb(trigger)
        && (w.isImperfective(trigger) || w.hasProclitic(trigger, "و") || w.hasProclitic(trigger, "ف")
            || w.is(trigger + 1, SAID_THAT) && w.token(trigger).clitics().post().isEmpty());
  }

  private static final java.util.Set<String> SAID_THAT = EventKeys.setOf("إن", "أن", "بأن");

  /** Verbs of talking about or heeding something, which a negation may deny while what they name happened. */
  private static final java.util.Set<String> TALKING = EventKeys.setOf("تحدث", "يتحدث", "تتحدث", "يتحدثوا",
      "يتطرق", "تتطرق", "يشر", "تشر", "يركز", "تركز", "يعلق", "تعلق", "يلتفت", "تلتفت",
      "يرد", "ترد"); // ("لم ترد حكومته على تهديدات كيري": the threats were made, the answer not)
  private static final java.util.Set<String> ABOUT = EventKeys.setOf("عن", "إلى", "الى", "على");

  /**
   * Whether a negated verb of talking stands between the negation and the event noun it talks about: "لم تركز
   * ولم تتحدث عن زيارة رئيس الوزراء الإسرائيلي" (the visit took place; the media did not talk of it).
   */
  private static boolean talkedAbout(SentenceWords w, int negation, int trigger) {
    if (w.isVerb(trigger)) {
      return false;
    }
    // "ولم ترد تفاصيل عن القصف", "ولم يعرف سبب الانفجار": what is not known is about the act, which took place
    if (trigger - 1 > negation && w.is(trigger - 1, KNOWN_OF)) {
      return true;
    }
    // (the verb's one-word subject may stand between: "إذا لم ترد حكومته على تهديدات كيري")
    int verb = trigger - 3 > negation && !w.isVerb(trigger - 2) && w.is(trigger - 3, TALKING)
        ? trigger - 3 : trigger - 2;
    return verb > negation && (w.is(verb, TALKING) || w.is(verb, KNOWN_OF)) && w.is(trigger - 1, ABOUT);
  }

  /** What may be unknown of an act that happened: its details, its cause, its toll, its doers' identity. */
  private static final java.util.Set<String> KNOWN_OF = EventKeys.setOf("تفاصيل", "معلومات", "سبب", "أسباب",
      "اسباب", "ملابسات", "حصيلة", "هوية", "دوافع");

  private static final java.util.Set<String> PILOT = EventKeys.setOf("طيار");
  private static final java.util.Set<String> ESPECIALLY = EventKeys.setOf("سيما", "سيّما");
  private static final java.util.Set<String> HIDDEN = EventKeys.setOf("يخفى", "تخفى");
  private static final java.util.Set<String> HESITATED = EventKeys.setOf("تردد", "يتردد", "تتردد", "يترددوا",
      "يتوان", "تتوان", "يتوانى", "تتوانى", "يكف", "تكف", "يتوقف", "تتوقف", "يتأخر", "تتأخر");
  private static final String QAD = EventKeys.of("قد");
  private static final java.util.Set<String> LIKELY = EventKeys.setOf("المرجح", "يرجح", "يحتمل", "المحتمل", "يمكن",
      "ربما");
  /** "من الممكن", "من الوارد": it is possible (that); "الوارد" alone is what is mentioned ("الوارد في التقرير"). */
  private static final java.util.Set<String> POSSIBLE_THAT = EventKeys.setOf("الممكن", "الوارد", "المستبعد");
  private static final java.util.Set<String> POSSIBILITIES = EventKeys.setOf("الاحتمالات", "الاحتمال");
  /** Nouns of chance whose genitive masdar is only possible: "فرص توصل", "إمكانية عقد", "احتمال شن". */
  private static final java.util.Set<String> CHANCES = EventKeys.setOf("فرص", "فرصة", "إمكانية", "امكانية",
      "احتمال", "احتمالات", "احتمالية");
  private static final java.util.Set<String> POSSIBLE = EventKeys.setOf("محتمل", "محتملة", "محتملا", "محتملين");
  /** The definite forms, which may follow the noun's genitive: "انسحاب الولايات المتحدة المحتمل". */
  private static final java.util.Set<String> THE_POSSIBLE = EventKeys.setOf("المحتمل", "المحتملة");
  private static final int POSSIBLE_REACH = 4;
  private static final java.util.Set<String> IF = EventKeys.setOf("إذا", "اذا", "لو");
  private static final java.util.Set<String> CASE = EventKeys.setOf("حال", "حالة");
  private static final java.util.Set<String> WHETHER = EventKeys.setOf("ما", "عما", "مما");
  private static final String MA = EventKeys.of("ما");
  private static final String LAM = EventKeys.of("لم");
  private static final String FI = EventKeys.of("في");

  /**
   * Whether a condition follows the trigger in its clause within a few words: "إذا", "لو", "في حال",
   * "ما لم" (unless); not "ما إذا" (whether), nor "حال عودته" (upon his return), nor "حالة" (a case).
   * What is done only on a condition has not happened.
   */
  private static boolean conditionAfter(SentenceWords w, int trigger) {
    for (int i = trigger + 1; i <= trigger + 8 && i < w.size(); i++) {
      if (Clauses.isBoundary(w, i)) {
        return false; // "قالوا إنهم لن يوقفوا احتجاجاتهم إلا إذا …": the condition is the complement's
      }
      boolean bare = w.token(i).clitics().pre().isEmpty();
      if ((w.is(i, IF) && bare && !w.is(i - 1, WHETHER)) || (w.is(i, CASE) && w.isKey(i - 1, FI))
          || (w.isKey(i, MA) && w.isKey(i + 1, LAM))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> STILL = EventKeys.setOf("يزال", "تزال", "يزالون", "تزالان", "يزالان", "زال");
  private static final String LAMMA = EventKeys.of("لما");
  private static final java.util.Set<String> YEARS = EventKeys.setOf("عاما", "عام", "أعوام", "سنوات", "سنة", "سنين",
      "عقود", "عقدين", "عاماً");
  /** Perfective light verbs that say the act after them took place: "جرى اعتقال", "تم اعتقال". */
  private static final java.util.Set<String> HAPPENED = EventKeys.setOf("جرى", "تم", "تمت");
  private static final java.util.Set<String> THAT = EventKeys.setOf("أن", "ان");

  private static boolean isFuture(SentenceWords w, int trigger, int from, int clauseStart,
      List<TimeExpression> times) {
    if (w.hasProclitic(trigger, "س")) {
      return true;
    }
    if (clauseStart > 1 && w.is(clauseStart - 1, THAT)
        && (w.is(clauseStart - 2, Clauses.FUTURE_MARKERS) || w.is(clauseStart - 3, Clauses.FUTURE_MARKERS))) {
      return true; // "من المقرر أن يجتمع", "يعتزم أن يزور": the marker governs the أن clause
    }
    for (int i = from; i < trigger; i++) {
      if (w.is(i, Clauses.FUTURE_MARKERS) || (w.hasProclitic(i, "س") && w.isVerb(i))) {
        return true;
      }
    }
    boolean complement = w.hasProclitic(trigger, "ب") || w.hasProclitic(trigger, "ل");
    boolean masdarComplement = trigger > 0 && (w.hasProclitic(trigger - 1, "ب") || w.hasProclitic(trigger - 1, "ل"))
        && ("NOUN".equals(w.token(trigger - 1).pos()) || "ADJ".equals(w.token(trigger - 1).pos()));
    if (!w.isVerb(trigger) && (complement || w.isKey(trigger - 1, Clauses.ON) || masdarComplement)) {
      // (also the object of such a masdar: "تعهد ترامب بفرض عقوبات", "تستعد الولايات المتحدة لإجراء مناورات")
      for (int i = Math.max(clauseStart, trigger - COMPLEMENT_REACH); i < from; i++) {
        if (w.is(i, Clauses.FUTURE_MARKERS)) {
          return true; // "وتعهد الزعيم الكوري الشمالي كيم جونغ أون بلقاء": the pledge's complement, past its subject
        }
      }
    }
    if (ComingActs.of(w, trigger, clauseStart)) {
      return true; // "في جلسات الحوار" after "سيترأس", "قبل محادثات السلام", a departure's "لإجراء محادثات"
    }
    // (after an event noun only: "وأشاد سليماني بتهديد روحاني" praised a threat, now)
    for (int i = trigger + 1; i <= trigger + 2 && i < w.size() && !w.isVerb(trigger); i++) {
      if (w.is(i, Clauses.FUTURE_MARKERS) || w.hasProclitic(i, "س") && w.isVerb(i)) {
        return true; // "زيارة مرتقبة", "قبل اجتماع سيعقده الثلاثاء"
      }
    }
    if (w.isVerb(trigger) && !w.isImperfective(trigger) && !w.presentByStem(trigger)) {
      return false; // a perfective verb tells the past, whatever date its clause names ("قد اعتقلت ليل السبت")
    }
    for (int j = trigger + 1; !w.isVerb(trigger) && j <= trigger + 6 && j < w.size(); j++) {
      if (TriggerFinder.attackAimedAt(w, j) == trigger && !w.isImperfective(j)) {
        return false; // "تفجير ثان بعد دقائق استهدف كنيسة": its aim verb tells the past
      }
    }
    if (!w.isVerb(trigger) && w.isKey(trigger - 1, "من") && w.is(trigger - 2, YEARS)) {
      return false; // "بعد 70 عاما من انسحاب القوات البريطانية": years after it, long past
    }
    if (!w.isVerb(trigger) && w.is(trigger - 1, HAPPENED)) {
      return false; // "وجرى اعتقال رئيس الوزراء السابق بعد دقائق من وصوله": the act took place
    }
    if (!w.isVerb(trigger) && w.is(trigger + 1, ActorPositions.RELATIVES) && w.isVerb(trigger + 2)
        && !w.isImperfective(trigger + 2) && !w.presentByStem(trigger + 2)) {
      return false; // "خطبة الجمعة غداً عن حادث التفجير الذي وقع ظهر اليوم": its own clause tells the past (seed 252)
    }
    for (int i = clauseStart; i < trigger && w.isImperfective(trigger); i++) {
      if (w.is(i, Agreement.KANA)) {
        return false; // "وكانت السلطات التركية تحتجز 19 … قبل جلسة الحكم الخميس": كان puts it in the past
      }
    }
    LocalDate date = w.doc.date();
    int clauseEnd = Clauses.clauseEnd(w, trigger);
    int start = w.token(clauseStart).start();
    int end = w.token(clauseEnd).end();
    if (w.presentByStem(trigger) && !w.isImperfective(trigger)) {
      // (a present only by its trigger's stem counts its own date, before any complement: not "تهدد بإراقة
      // الدماء في المستقبل")
      end = Math.min(end, firstComplement(w, trigger, clauseEnd));
    }
    // (and the publication day named by its weekday for a present verb opening the sentence: "ويجتمع مجلس
    // الأمن الدولي الأربعاء", told on that Wednesday, is still to come; "اليوم" with the present, or a present
    // inside the sentence, "شريطا يظهر فيه محققان يهددان الطفلة", is what goes on now)
    boolean present = trigger == 0 && w.isVerb(trigger) && w.isImperfective(trigger);
    for (TimeExpression t : times) {
      boolean ahead = isAfter(t, date) || present && date != null && date.toString().equals(t.value())
          && !EventKeys.of(t.text()).contains(TODAY);
      if (t.start() >= start && t.end() <= end && ahead
          && !((LATER.contains(EventKeys.of(t.text())) || following(t)) && !w.isImperfective(trigger))) {
        return true;
      }
    }
    return false;
  }

  private static final String TODAY = EventKeys.of("اليوم");

  private static final java.util.Set<String> COMPLEMENT_PREPOSITIONS = EventKeys.setOf("على", "إلى", "الى", "في",
      "من", "عن");

  /** Where the first complement after verb i starts: a word with ب or ل, or a preposition. */
  private static int firstComplement(SentenceWords w, int i, int clauseEnd) {
    for (int j = i + 1; j <= clauseEnd; j++) {
      if (w.hasProclitic(j, "ب") || w.hasProclitic(j, "ل") || w.is(j, COMPLEMENT_PREPOSITIONS)) {
        return w.token(j).start();
      }
    }
    return w.token(clauseEnd).end();
  }

  /** "later": after a past act it is what followed it ("شاب فلسطيني قتل بالرصاص لاحقا"), not the future. */
  private static final java.util.Set<String> LATER = EventKeys.setOf("لاحقا", "لاحقاً", "وقت لاحق", "في وقت لاحق");

  /** "في اليوم التالي": the day after the story's own, told of a past act, not the day after publication. */
  private static boolean following(TimeExpression t) {
    return t.text().contains("التالي");
  }

  /** Whether a time expression lies after the publication date ("مطلع يناير المقبل", "خلال أيام"). */
  static boolean isAfter(TimeExpression t, LocalDate date) {
    String v = t.value();
    if (v == null) {
      return false;
    }
    if (v.equals("FUTURE_REF")) {
      return true;
    }
    if (date == null || !"DATE".equals(t.type()) || v.length() < 4 || !Character.isDigit(v.charAt(0))) {
      return false;
    }
    if (v.matches("\\d{4}-W\\d{2}")) { // "الأسبوع المقبل": a week after the publication date's
      java.time.temporal.WeekFields iso = java.time.temporal.WeekFields.ISO;
      int year = Integer.parseInt(v.substring(0, 4));
      int week = Integer.parseInt(v.substring(6));
      int anchorYear = date.get(iso.weekBasedYear());
      int anchorWeek = date.get(iso.weekOfWeekBasedYear());
      return year > anchorYear || year == anchorYear && week > anchorWeek;
    }
    String anchor = date.toString(); // yyyy-MM-dd
    int n = Math.min(v.length(), anchor.length());
    return v.length() >= 4 && v.substring(0, n).compareTo(anchor.substring(0, n)) > 0 && isPlainDate(v);
  }

  private static boolean isPlainDate(String v) {
    return v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
  }

}
