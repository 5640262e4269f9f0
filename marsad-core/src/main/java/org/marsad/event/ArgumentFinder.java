package org.marsad.event;

import java.util.List;
import org.marsad.doc.Event;

/**
 * Finds the source and target of a trigger in a sentence, by word order. Arabic puts the subject after
 * the verb (VSO: "أرسلت مصر طلبا") or before it (SVO: "أن مصر أرسلت طلبا"); an event noun takes its
 * agent as a genitive ("زيارة الرئيس") or from the verb it is the object of ("أرسلت مصر طلبا"). The
 * target is the direct object or an actor behind a preposition ("إلى موسكو", "مع السعودية"); an actor
 * behind "في" is a place. "بين روسيا ومصر" names both sides at once.
 */
final class ArgumentFinder {
  /** Event nouns whose genitive is the patient, not the agent (the masdars of transitive verbs). */
  private static final java.util.Set<String> PATIENT_GENITIVE = EventKeys.setOf("اغتيال", "قتل", "مقتل", "خطف",
      "اختطاف", "تعذيب", "إعدام", "اعدام", "اعتقال", "اعتقالات", "احتجاز", "ترحيل", "قصف", "استهداف", "اقتحام",
      "حصار", "احتلال", "مداهمة", "إفراج", "اطلاق", "إطلاق", "تسليح", "استقبال", "طرد", "إبعاد", "ابعاد",
      "اتهام"); // ("اتهام موسكو بالضلوع": Moscow is accused)

  /**
   * Event nouns done to people: a nisba after the victim's noun is the victim's ("مقتل ممرضة فلسطينية"),
   * where after an attack noun it names the attacker ("قصف إسرائيلي").
   */
  private static final java.util.Set<String> VICTIM_NOUNS = EventKeys.setOf("اغتيال", "قتل", "مقتل", "خطف",
      "اختطاف", "تعذيب", "إعدام", "اعدام", "اعتقال", "اعتقالات", "احتجاز", "ترحيل", "إفراج");

  /** Nouns that count the people after "من" or are a part of them: "عدد من المتظاهرين", "قوة من الشرطة". */
  private static final java.util.Set<String> COUNT_NOUNS = EventKeys.setOf("عدد", "عددا", "مئات", "آلاف", "الاف",
      "عشرات", "ألوف", "حشود", "مجموعة", "مجموعات", "بعض", "العديد", "عديد", "الكثير", "كثير", "نحو",
      // and the units of a force: "قوة من الشرطة العراقية قامت بمداهمة", "فرقة من قوات مكافحة الإرهاب"
      "قوة", "فرقة", "وحدة", "وحدات", "دورية", "عناصر", "أفراد", "رجال");

  /** Attack nouns whose ل-phrase names the attacker: "غارات للتحالف", "قصف للنظام". */
  private static final java.util.Set<String> AGENT_AFTER_LAM = EventKeys.setOf("غارة", "غارات", "هجوم", "هجمات",
      "ضربة", "ضربات", "قصف");

  /** Head nouns of an armed body whose name follows: "فصائل المعارضة", "مسلحي القاعدة", "ميليشيات الحوثي". */
  private static final java.util.Set<String> AGENT_HEADS = EventKeys.setOf("فصائل", "فصيل", "ميليشيات", "ميليشيا",
      "مليشيات", "مسلحي", "عناصر", "مقاتلي", "قوات", "طائرات", "طيران", "مقاتلات");
  /** Verbs that, after an attack noun and with its pronoun, introduce the attacker: "هجوم شنه مسلحون". */
  private static final java.util.Set<String> LAUNCH_VERBS = java.util.stream.Stream.concat(
      Attribution.CARRIED_OUT.stream(), EventKeys.setOf("قاد", "فرض", "وجه").stream()) // "عقوبات فرضتها واشنطن"
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** "وجهتها" as written: the segmenter reads it as و + جهتها ("and its side"). */
  private static final java.util.Set<String> DIRECTED = java.util.Set.of("وجهتها", "وجهها", "وجهته", "وجهه",
      "وجهوها", "وجهوه");

  /** Whether word i is a launch verb with its pronoun back to the event noun: "شنه", "فرضتها", "وجهتها". */
  private static boolean launched(SentenceWords w, int i) {
    return w.isWithPronoun(i, LAUNCH_VERBS)
        || DIRECTED.contains(org.marsad.text.ArabicNormalizer.normalizeDefault(w.token(i).text()));
  }

  private static final java.util.Set<String> QUOTES = java.util.Set.of("\"", "«", "“");
  private static final java.util.Set<String> PASSIVE_AUX = EventKeys.setOf("تم", "يتم", "تمت");
  private static final java.util.Set<String> DEPORTS = EventKeys.setOf("ترحيل", "رحل", "طرد", "أبعد", "ابعد", "إبعاد",
      "تسليم", "سلم");
  /** Verbs of asking, whose addressee stands behind من: "طلبت من الصين التحقيق". */
  private static final java.util.Set<String> REQUESTS = EventKeys.setOf("طلب", "طلبت", "يطلب", "تطلب", "طالب",
      "طالبت", "يطالب", "تطالب");
  /** Whether the word is the charge: "بتهمة", "بتهم" (however the segmenter split its ب). */
  private static boolean charge(SentenceWords w, int i) {
    return i < w.size() && w.token(i).text().startsWith("بتهم") && w.token(i).text().length() <= 6;
  }
  /** Who is expelled or deported, not who expels: "طرد دبلوماسيين", "ترحيل مهاجرين". */
  private static final java.util.Set<String> EXPELLED = EventKeys.setOf("دبلوماسي", "دبلوماسيا", "دبلوماسيين",
      "دبلوماسيون", "مهاجر", "مهاجرين", "مهاجرون", "لاجئ", "لاجئين", "لاجئون");
  private static final java.util.Set<String> TO = EventKeys.setOf("إلى", "الى");
  private static final java.util.Set<String> AGAINST = EventKeys.setOf("على", "ضد");

  static final java.util.Set<String> RELATIVES = EventKeys.setOf("الذي", "التي", "الذين", "اللذين", "اللتين",
      "اللواتي", "اللاتي");

  /** How far after the trigger a target may stand (words): far enough for "حوارا مع بعض الدول … مع السعودية". */
  private static final int TARGET_REACH = 22;

  /** The arguments of a trigger that is not an act on someone (a speech word): no object owner is sought. */
  Arguments find(SentenceWords w, List<ActorGroup> groups, int trigger, int triggerEnd, boolean verb) {
    return find(w, groups, trigger, triggerEnd, verb, false);
  }

  /**
   * The source and target of the trigger at {@code [trigger, triggerEnd]}.
   *
   * @param acts the trigger is an act on someone, not speech: the owner of its object noun may be its target
   */
  Arguments find(SentenceWords w, List<ActorGroup> groups, int trigger, int triggerEnd, boolean verb, boolean acts) {
    int clauseStart = Clauses.clauseStart(w, trigger);
    // "وقتل 4 جنود إثيوبيين", "واختطف 9 عراقيين": a count right after the verb is its passive subject,
    // the victims, and who did it is told elsewhere, if at all; after a killing noun the counted are
    // its victims too ("قتل أمس سبعة من عناصر الشرطة"), and its agent may stand before it
    int count = verb ? Victims.countAfter(w, trigger)
        : w.is(trigger, PATIENT_GENITIVE) ? Victims.countAt(w, triggerEnd + 1) : -1;
    ActorGroup counted = count > 0 ? groupAfterCount(groups, count, 3) : null;
    if (verb && counted != null && subjectRightBefore(w, groups, trigger, clauseStart) == null) {
      return new Arguments(List.of(), counted.members(), false, 0.85);
    }
    if ((verb || Victims.verbForm(w, trigger)) && Victims.passiveForm(w, trigger)) {
      for (ActorGroup g : groups) {
        if (g.first() > trigger && g.first() <= trigger + 3 && !behindPreposition(w, g.first())) {
          return new Arguments(List.of(), g.members(), false, 0.85); // "اغتيل اللواء محمد السعيد"
        }
      }
    }
    // (the tagger reads some such verbs as nouns: "أن صحفيا قتل بالرصاص"; then the victims must stand
    // right before it, as a noun "قتل" would not follow its subject)
    var form = w.token(trigger).clitics();
    boolean killingForm = verb || (Victims.verbForm(w, trigger) && !w.isDefinite(trigger) && form.pre().isEmpty()
        && form.post().isEmpty()); // not "وقتل فيها 20" (a new clause), nor the masdar "بقتله"
    if (killingForm && Victims.passiveKilling(w, trigger) && Agreement.subjectOfKana(w, groups, trigger) == null) {
      // (not "وكانت القوات الأمريكية قد اعتقلتها في …": كان has named the subject)
      // "إن 26 شخصا قتلوا في الهجوم", "الجنود السودانيين قتلوا في كمين": with nothing to act on, the
      // killing verb is the passive, and the subject before it names the victims
      for (int k = groups.size() - 1; k >= 0; k--) {
        ActorGroup g = groups.get(k);
        if (g.last() < trigger && g.first() >= clauseStart && !behindPreposition(w, g.first())
            && (verb || g.last() == trigger - 1)) {
          return new Arguments(List.of(), g.members(), false, 0.8);
        }
      }
    }
    ActorGroup source = null;
    ActorGroup object = null;
    double evidence = 0;
    // VSO subject, or the genitive of an event noun: right after the trigger, not behind a preposition
    // a verb's subject follows the verb itself, also when the verb's needed object comes later
    // ("أرسلت مصر طلبا"); an event noun's genitive follows its whole phrase ("إطلاق النار")
    if (!verb && w.hasProclitic(trigger, "ل") && w.is(trigger, PURPOSE_MEETINGS)) {
      ActorGroup met = null;
      ActorGroup goer = null;
      for (ActorGroup g : groups) {
        if (g.first() == triggerEnd + 1 && !attributive(g)) {
          met = g;
        }
        if (g.last() < trigger && !attributive(g) && !behindPreposition(w, g.first())) {
          goer = g; // the nearest before, past the commas of a day or a place: who went to meet
        }
      }
      if (met != null && goer != null && !sameParty(goer, met)) {
        // "وصل بومبيو إلى الرياض، الثلاثاء، للقاء ولي العهد": the genitive of a purpose "ل" is the one met,
        // and who goes to meet is the subject of the verb it completes
        return new Arguments(goer.members(), met.members(), false, 0.8);
      }
    }
    ActorGroup described = verb ? describedObject(w, groups, trigger) : null;
    if (described != null) {
      // "أعلنت كندا طرد 4 دبلوماسيين اتهمتهم بتهديد أمنها": a verb whose pronoun object goes back to the
      // indefinite noun right before it describes that noun; its subject is the one of the verb before
      ActorGroup subject = previousSubject(w, groups, described.first());
      return new Arguments(subject == null || sameParty(subject, described) ? List.of() : subject.members(),
          described.members(), false, 0.75);
    }
    ActorGroup governed = acts ? GovernedActs.doer(w, groups, trigger) : null;
    if (governed != null) {
      // "قررت واشنطن طرد دبلوماسيين روس": the governing word's subject acts on what follows the masdar
      ActorGroup done = null;
      for (ActorGroup g : groups) {
        // (from the masdar itself: its needed word may be the object, "طرد 4 دبلوماسيين")
        boolean next = g.first() == trigger + 1 || g.first() == trigger + 2 && w.isCount(trigger + 1);
        if (next && done == null && !attributive(g) && !behindPreposition(w, g.first()) && !sameParty(governed, g)) {
          done = g;
        }
      }
      if (done == null) {
        done = objectsOwner(w, groups, trigger + 1, governed); // "أعلنت موسكو رفض تصريحات ماي"
      }
      if (done != null) {
        return new Arguments(governed.members(), done.members(), false, 0.8);
      } // (else the rules below find the act's other party: "انسحاب بلاده من الاتفاق المبرم مع إيران")
    }
    int after = verb ? trigger : triggerEnd;
    boolean launched = false;
    // (past the masdar's adjective: "قصفا مدفعيا للقوات التركية")
    int lam = trigger + 2 < w.size() && "ADJ".equals(w.token(trigger + 1).pos())
        && w.token(trigger + 1).clitics().pre().isEmpty() ? trigger + 2 : trigger + 1;
    if (verb && w.is(trigger, AGENT_AFTER_LAM) && w.hasProclitic(lam, "ل") && !w.isImperfective(trigger)) {
      for (ActorGroup g : groups) {
        if (g.first() == lam && !attributive(g)) {
          // "وقصف لتحالف دعم الشرعية": a verb takes its object without ل; this is the masdar and its agent
          return new Arguments(g.members(), List.of(), false, 0.8);
        }
      }
    }
    if (!verb) {
      int launch = after + 1;
      while (launch < after + 3 && launch < w.size() && "ADJ".equals(w.token(launch).pos())) {
        launch++; // "هجوم انتحاري تبنته طالبان", "غارة جوية شنتها طائرة اميركية"
      }
      if (launch + 2 < w.size() && w.is(launch, RELATIVES) && launched(w, launch + 1)) {
        launch++; // "الضربات الجوية التي تقودها الولايات المتحدة": a relative pronoun may stand first
      }
      if (launch + 1 < w.size() && launched(w, launch)) { // (tagged verb or, like "نصبه", noun)
        after = launch;
        launched = true; // "هجوم شنه مسلحون", "تفجير نفذته خلية": the subject of the relative verb is the agent
      }
    }
    // "قتل خمسة جنود": the count stands between a killing noun and the genitive it takes
    int reach = verb || launched ? 3 : w.is(trigger, PATIENT_GENITIVE) && after + 1 < w.size() && w.isCount(after + 1) ? 2 : 1;
    // a verb that agrees in the plural ("هاجموا", "يطالبون") has its subject before it or in its suffix:
    // the verb of a VSO clause stays singular, so what follows is the object
    boolean subjectBefore = verb && (Agreement.pluralSuffix(w, trigger) || Agreement.firstPerson(w, trigger));
    ActorGroup named = verb ? Agreement.subjectOfKana(w, groups, trigger) : null;
    if (named == null && verb) {
      named = subjectRightBefore(w, groups, trigger, clauseStart); // "أن السلطات التركية تحتجز جنديين"
    }
    int relative = w.is(trigger - 1, Clauses.NEGATIONS) ? trigger - 2 : trigger - 1;
    // (not a killing verb without its object right after it, a passive: "بيار الجميل، الذي اغتيل في 21
    // نوفمبر", "الاشخاص الذين اعدموا ادينوا")
    boolean passiveKilling = Victims.passiveForm(w, trigger)
        || (Victims.verbForm(w, trigger) && !w.isCount(trigger + 1) && !startsGroup(groups, trigger + 1));
    if (named == null && verb && w.is(relative, RELATIVES) && !resumptive(w, trigger) && !passiveKilling) {
      // "مشروع إيران الذي لا يستهدف اليمن": the subject of a relative clause is its antecedent (an actor
      // right before the relative pronoun, or none); the actor after the verb is its object. With a
      // pronoun back to the antecedent ("الأمر الذي ترفضه واشنطن", "التي حكمت فيها محكمة العدل") the
      // antecedent is the object and the subject follows the verb
      subjectBefore = true;
      // the antecedent ends right before the pronoun or before a comma ("وكانت واشنطن، التي انتقدت");
      // "… الذي قدمته الكويت والذي يندد" goes back to the first antecedent, not to the actor before it
      boolean comma = w.isComma(relative - 1);
      int end = comma ? relative - 2 : w.hasProclitic(relative, "و") ? -2 : relative - 1;
      for (ActorGroup g : groups) {
        if (g.last() == end && !attributive(g)) {
          // (of "للجيش السعودي والشعب اليمني الذي يرفض", the last is the antecedent)
          ActorMention last = g.members().get(g.members().size() - 1);
          named = new ActorGroup(last.first(), last.last(), List.of(last));
        }
      }
    }
    // "لتخريج جيل جديد يدعم أردوغان": an imperfective right after an indefinite noun describes that noun,
    // its subject; what follows the verb is its object, and no actor before is its subject
    boolean describes = named == null && verb && !subjectBefore && (describesNounBefore(w, groups, trigger)
        || thingSubject(w, trigger) || unknownSubjectFirst(w, groups, trigger, clauseStart));
    if (describes) {
      subjectBefore = true;
    }
    if (named != null) {
      source = named; // "وكانت دمشق اتهمت إسرائيل": the subject stands between كان and the verb
      evidence = 1.0;
      subjectBefore = true;
    }
    for (ActorGroup g : subjectBefore ? List.<ActorGroup>of() : groups) {
      if (g.first() > after && g.first() <= after + reach && !attributive(g)
          && !behindPreposition(w, g.first()) && noBoundary(w, after + 1, g.first())) {
        if (verb && object == null && Agreement.feminineVerb(w, trigger)
            && Agreement.cannotAgreeWithFeminine(w, g)) {
          object = g; // "فقتلت المدرس هاني شعبان": a man's name cannot be the subject of قتلت
          continue;
        }
        if (object == null && verb && w.is(g.first(), COUNTERPARTS) && !w.token(g.first()).clitics().post().isEmpty()) {
          object = g; // "سيستقبل نظيره الكوري الجنوبي": "his counterpart" goes back to the subject, named before
          continue;
        }
        if (object == null && w.is(trigger, VISITS) && g.members().size() == 1 && g.members().get(0).isCountry()) {
          object = g; // "وزار سوريا عدة مرات", "لزيارة الولايات المتحدة": the country visited
          continue;
        }
        if (object == null && !verb && w.is(trigger, VISITS) && !w.token(trigger).clitics().post().isEmpty()) {
          object = g; // "خلال زيارته واشنطن": the masdar's pronoun is the visitor, what follows is visited
          continue;
        }
        if (!verb && !launched && w.is(trigger, PATIENT_GENITIVE) && !w.isDefinite(trigger)) {
          int next = g.last() + 1;
          if (next + 1 < w.size() && isNoun(w, next) && w.token(next).clitics().pre().isEmpty()
              && !w.token(next).clitics().post().isEmpty() && !startsGroup(groups, next)) {
            next++; // "اعتقال شرطة بلاده لـ6 أتراك": the genitive's own genitive, a pronoun's noun
          }
          if (w.isCount(next)) {
            // "اعتقال النظام السوري 476 شخصا": a count after the genitive counts the patients
            ActorGroup patients = groupAfterCount(groups, next, 2);
            return new Arguments(g.members(), patients == null ? List.of() : patients.members(), false, 0.85);
          }
          ActorGroup patient = next < w.size() ? lamPhrase(groups, w, next) : null;
          if (patient == null && next + 1 < w.size() && "ل".equals(w.token(next).norm()) && detachedClitic(w, next, false)) {
            patient = groupAfterCount(groups, next, w.isCount(next + 1) ? 2 : 1); // "لـ6 أتراك", ل written apart
          }
          if (patient != null || (next < w.size() && w.hasProclitic(next, "ل")
              && !(w.is(trigger, VICTIM_NOUNS) && g.members().get(0).isCivilian()))) {
            // "اقتحام قوات المقاومة للمطار": with the patient behind ل, the genitive is the agent (but
            // "اعتقال شخصين للاشتباه": civilians are the ones arrested, ل gives the reason)
            return new Arguments(g.members(), patient == null ? List.of() : patient.members(), false, 0.9);
          }
          // "اغتيال الحريري", "اعتقال الناشطين": the genitive of these nouns is who suffers the act
          return new Arguments(List.of(), g.members(), false, 0.9);
        }
        source = g;
        evidence = 1.0;
        break;
      }
      if (!verb && w.is(trigger, VISITS) && object == null && g.first() == triggerEnd + 2
          && w.is(triggerEnd + 1, PLACE_NOUNS)) {
        object = g; // "بزيارة العاصمة الكورية الشمالية بيونغ يانغ": the capital visited
        continue;
      }
      if (!verb && g.first() == triggerEnd + 2 && w.is(trigger, VICTIM_NOUNS) && g.members().size() == 1
          && nationality(g.members().get(0)) && isNoun(w, triggerEnd + 1) && !startsGroup(groups, triggerEnd + 1)
          && w.token(triggerEnd + 1).clitics().pre().isEmpty()) {
        object = g; // "خطف الصيادين القطريين": whose the victims are (the agent may stand before: "قام مسلحون بخطف")
        continue;
      }
      // "استئناف الرحلات الجوية الروسية": a nisba in the event noun's own phrase names its agent; after a
      // killing noun and its victim it is the victim's ("مقتل ممرضة فلسطينية")
      if (!verb && attributive(g) && g.first() > triggerEnd && g.first() <= triggerEnd + 2
          && allAdjectives(w, triggerEnd + 1, g.first())) {
        if (w.is(trigger, VICTIM_NOUNS) && g.first() > triggerEnd + 1) {
          return new Arguments(List.of(), g.members(), false, 0.85);
        }
        if (w.is(trigger, VISITS) && g.first() > triggerEnd + 1) {
          object = g; // "بزيارة العاصمة الكورية الشمالية": the nisba of the place visited
          continue;
        }
        source = g;
        evidence = 0.85;
        break;
      }
    }
    if (source == null && !verb && w.is(trigger, AGENT_AFTER_LAM)) {
      // "غارات للتحالف العربي", "قصف لقوات النظام": ل after an attack noun marks whose attack it is
      for (ActorGroup g : groups) {
        if (g.first() > triggerEnd && g.first() <= triggerEnd + 2 && w.hasProclitic(g.first(), "ل")
            && !attributive(g) && allAdjectives(w, triggerEnd + 1, g.first())) {
          source = g;
          evidence = 0.85;
          break;
        }
        if (g.first() == triggerEnd + 2 && w.hasProclitic(triggerEnd + 1, "ل") && w.is(triggerEnd + 1, AGENT_HEADS)
            && !attributive(g)) {
          source = g; // "بقصف لفصائل المعارضة السورية": the ل stands on the head noun of the agent
          evidence = 0.85;
          break;
        }
      }
    }
    if (source == null) {
      // "بين روسيا ومصر": both sides right after the trigger (a few words of its own phrase may intervene)
      List<ActorMention> between = betweenSides(w, groups, triggerEnd);
      if (between.size() >= 2) {
        return new Arguments(List.of(between.get(0)), between.subList(1, between.size()), false, 0.9);
      }
      if (between.size() == 1 && !verb) {
        // "اشتباكات بين عناصر من ميليشيا حزب الله والمرشح يحيى شمص": one side is an actor, the other a
        // person the knowledge base does not know; the known side is the source (after an event noun:
        // after a verb, "يهدد الخلاف بين …", بين may belong to the subject)
        return new Arguments(between, List.of(), false, 0.75);
      }
    }
    // "عقب مقتل 15 جنديا تركيا في هجوم شنه متمردون": the dead named before the attack are its target
    ActorGroup victims = counted;
    for (int k = groups.size() - 1; k >= 0 && victims == null; k--) {
      ActorGroup g = groups.get(k);
      if (g.last() < trigger && g.first() >= clauseStart && Victims.named(w, g.first())) {
        victims = g;
      }
    }
    // "أمريكا حزينة لمقتل فولد", "يدين بشدة لاغتيال": a killing noun behind ل is what the actor before
    // grieves or condemns, not what it did
    boolean grieved = !verb && w.is(trigger, PATIENT_GENITIVE) && w.hasProclitic(trigger, "ل");
    if (source == null && !grieved && !describes) {
      // SVO subject or the subject of the verb an event noun is the object of: the nearest actor before
      for (int k = groups.size() - 1; k >= 0; k--) {
        ActorGroup g = groups.get(k);
        if (g.last() < trigger && g.first() >= clauseStart && !attributive(g) && !behindPreposition(w, g.first())) {
          if (g == victims) {
            continue;
          }
          if (!verb && Victims.casualtyBetween(w, g.last(), trigger)) {
            break; // "أمريكا حزينة لمقتل فولد في الهجوم": the killing between claims the actor before it
          }
          if (!verb && w.is(trigger, VICTIM_NOUNS) && speechBetween(w, clauseStart - 1, trigger)) {
            break; // "أفاد مسؤول أمني بمقتل 18", "الجيش أعلن مقتل": who tells of a killing did not do it
          }
          if (!verb && undergoes(w, g, trigger)) {
            // "واجهت الدوحة اتهامات", "يخضعان لعقوبات دولية": who faces or is subject to the act is its
            // target; who did it is told elsewhere, if at all
            return new Arguments(List.of(), g.members(), false, 0.8);
          }
          source = g;
          evidence = trigger - g.last() <= 2 ? 0.9 : 0.75;
          break;
        }
      }
    }
    if (source == null && verb && !grieved && !describes) {
      source = SubjectAsides.namedBefore(w, groups, trigger); // "أن الرئيس الأميركي، دونالد ترامب، سيستقبل"
      evidence = source == null ? evidence : 0.8;
    }
    if (launched && source != null) {
      // "السعودية تتعرض لهجمات ينفذها الحوثيون": the agent follows, and who undergoes the attack stands before
      for (int k = groups.size() - 1; k >= 0 && object == null; k--) {
        ActorGroup g = groups.get(k);
        if (g.last() < trigger && g.first() >= clauseStart && undergoes(w, g, trigger) && !sameParty(source, g)) {
          object = g;
        }
      }
    }
    if (source == null && verb && !grieved && Agreement.pronounSubject(w, trigger)) {
      // "تجاهل الجنود … هذا الشرط، وأطلقوا قذائفهم", "احتجزت المخابرات الإسرائيلية فلسطينيين … وطلبت
      // منهما": a verb joined by و or ف whose subject is its own suffix has the subject of the verb
      // before it (not the nearest actor, which is often that verb's object)
      source = previousSubject(w, groups, clauseStart);
      evidence = 0.7;
    }
    int from = Math.max(triggerEnd, source != null ? source.last() : -1) + 1;
    if (verb && triggerEnd > trigger && startsGroup(groups, triggerEnd) && source != null && source.last() < triggerEnd) {
      from = triggerEnd; // a verb's needed word may be its object itself: "اعتقل الجيش الناشط" ("ناشط" is needed)
    }
    if (source != null && source.last() + 1 == from) {
      int apposition = from;
      ActorGroup post = w.isKey(from, AT) ? ActorGroup.startingAt(groups, from + 1) : null;
      if (post != null && w.isComma(post.last() + 1)) {
        apposition = post.last() + 1; // "مندوبة الإمارات لدى الأمم المتحدة، لانا نسيبة،": where the envoy serves
      }
      int past = SubjectAsides.afterApposition(w, apposition); // "اتهم الرئيس الفرنسي، إيمانويل ماكرون، الحكومة الإيطالية"
      if (past == apposition) {
        past = SubjectAsides.afterAside(w, apposition); // "أدان مجلس الأمن الدولي، في بيان رئاسي الخميس، ارتكابات …"
      }
      if (past == apposition && acts) {
        int afterPost = SubjectAsides.afterPost(w, apposition); // "اتهم العقيد تركي المالكي، المتحدث باسم …، الحوثيين"
        past = startsGroup(groups, afterPost) ? afterPost : apposition;
      }
      // (not another country's actor between the commas: "اتهمت وزارة الخارجية التركية، الولايات المتحدة،")
      if (past > apposition) {
        from = otherPartyAt(groups, apposition + 1, past, source) ? apposition + 1 : past;
      }
    }
    if (launched && source == null && w.is(after + 1, AGAINST)) {
      from = Math.max(from, after + 1); // "الهجمات التي شنتها على السعودية": past the launching verb
    }
    from = verb ? afterTimeWords(w, from) : from; // "اعتقل الجيش الوطني الليبي قبل أيام يحيى الأسطى عمر"
    if (verb && acts && source != null) {
      from = PlacePhrases.objectAfter(w, groups, from); // "استقبل الملك سلمان في مكتبه بقصر اليمامة … رئيس الوزراء"
    }
    int aimed = verb ? -1 : aimVerbAfter(w, triggerEnd); // "غارات تستهدف مواقع داعش": the aim's object
    if (aimed >= from) {
      from = afterTimeWords(w, aimed + 1);
    }
    ActorGroup target = null;
    boolean adjacentObject = true;
    // (an indefinite nisba right after the subject is a noun, the object: "قتلت الشرطة الإسرائيلية فلسطينيا";
    // or behind ل after the needed word: "وجهت السلطات اتهاما لروسية", a Russian woman)
    var fromClitics = w.token(from < w.size() ? from : w.size() - 1).clitics().pre();
    boolean nisbaAtFrom = verb && from < w.size() && !w.isDefinite(from)
        && (fromClitics.isEmpty() || triggerEnd > trigger && fromClitics.equals(List.of("ل")));
    for (ActorGroup g : groups) {
      boolean nisbaObject = nisbaAtFrom && g.first() == from;
      if (g.first() < from || g == source || (attributive(g) && !nisbaObject)) {
        continue;
      }
      if (g.first() - triggerEnd > TARGET_REACH || crossesClause(w, from, g.first())) {
        break;
      }
      if (w.is(trigger, DEPORTS) && g.first() > 0 && w.is(g.first() - 1, TO)) {
        continue; // "تم ترحيله إلى بلجيكا": where to, not whom
      }
      if (!acts && w.hasProclitic(g.first(), "ل") && w.is(g.first(), OUTLETS)) {
        // "وقال عبد الرحمن لوكالة الأنباء الفرنسية": the outlet that carries what is said is no party to it
        // (journalists told are its addressees: "وقال عباسي للصحفيين")
        continue;
      }
      if (accreditedTo(w, g.first())) {
        continue; // "سفير مصر لدى الخرطوم": where the envoy serves, part of the title
      }
      if (!acts && StatementTopic.cityIn(w, g)) {
        continue; // "وقال كالين في مؤتمر صحفي بأنقرة": where it was said
      }
      if (g.first() >= 2 && w.isKey(g.first() - 1, "من") && w.is(g.first() - 2, BACKED)) {
        continue; // "لجيش النظام المدعوم من روسيا": who backs the actor, no party to the act
      }
      if (attributed(w, g)) {
        break; // "…، وفق ما ذكرت وكالة رويترز": who told it, after the event's own words
      }
      if (g.first() >= 1 && w.hasProclitic(g.first(), "ل") && w.is(g.first() - 1, LOYAL)) {
        continue; // "رئيس قائمة الفتح الموالية لإيران": whom a noun is loyal to, part of that noun's phrase
      }
      if (g.first() == triggerEnd + 1 && triggerEnd > trigger && w.is(triggerEnd, NAMED_BY_PLACE)) {
        continue; // "وقع اتفاقية باريس": the needed word's genitive names the deal
      }
      // (a count may stand before the object: "وقتل الجيش 12 مسلحا"; and head nouns whose genitive the
      // actor is: "قصف مواقع ميليشيات الحوثي")
      int objectAt = from;
      for (int heads = 0; heads < 2 && objectAt < g.first() && w.is(objectAt, PARTS_OF)
          && w.token(objectAt).clitics().pre().isEmpty(); heads++) {
        objectAt++;
      }
      boolean direct = adjacentObject && (g.first() == objectAt || (g.first() == from + 1 && w.isCount(from))
          || verb && acts && TitledNames.objectAt(w, groups, g, objectAt)) && !behindPreposition(w, g.first());
      boolean accusation = w.is(trigger, Accusations.VERBS) || w.is(triggerEnd, ACCUSATIONS);
      if (!direct && accusation && Accusations.chargeBetween(w, groups, from, g.first())) {
        break; // "واتهمت النيابة المدانين بالتحريض على اقتحام منشآت للشرطة": inside the charge, not the accused
      }
      if (direct || behindTargetPreposition(w, g.first())) {
        if (source == null || !sameParty(source, g)) {
          target = g;
          break;
        }
      }
      adjacentObject = false;
    }
    if (target == null && object != null && (source == null || !sameParty(source, object))) {
      target = object;
    }
    int objectBeforeNeeded = source == null ? -1 : source.first() > trigger ? source.last() + 1 : trigger + 1;
    if (target == null && verb && source != null && triggerEnd > objectBeforeNeeded) {
      // a verb's object may stand before its needed word: "اتهمت بكين واشنطن بإطلاق أكبر حرب تجارية", "إن
      // إيران تزود سوريا بأسلحة متقدمة"
      for (ActorGroup g : groups) {
        if (g.first() == objectBeforeNeeded && g.last() < triggerEnd && !attributive(g)
            && !behindPreposition(w, g.first()) && !sameParty(source, g)) {
          target = g;
        }
      }
    }
    if (target == null && (verb && acts || aimed >= 0) && source != null) {
      target = objectsOwner(w, groups, from, source); // "رفضت موسكو تصريحات ماي": whose words were rejected
      if (target == null && verb && from < w.size() && w.hasProclitic(from, "ب") && !w.is(trigger, Accusations.VERBS)) {
        // and behind the ب of the verb's complement: "أشاد ترامب بخطط الرئيس الصيني", "ندد بمداهمة مكتب
        // التحقيقات" (not after an accusation, whose ب names the charge: "اتهمه بدعم حزب الله")
        target = objectsOwner(w, groups, from, source, true);
      }
    }
    if (target == null && verb && triggerEnd > trigger) {
      for (ActorGroup g : groups) {
        // (behind من only after a request, "طلبت من الصين"; elsewhere من is partitive: "مصدر من المعارضة")
        boolean partitive = g.first() > 0 && w.isKey(g.first() - 1, "من");
        // (or the object right after a verb whose subject is not after it: "ندعو الصين إلى")
        boolean directObject = subjectBefore && g.first() == trigger + 1 && !behindPreposition(w, g.first());
        if (g.first() > trigger && g.last() <= triggerEnd && g != source && !attributive(g)
            && (directObject || behindTargetPreposition(w, g.first()) && (!partitive || w.is(trigger, REQUESTS)))
            && (source == null || !sameParty(source, g))) {
          target = g; // "وطلبت من الصين التحقيق": the pattern's needed words hold the one asked
          break;
        }
      }
    }
    if (target == null) {
      // "استهدفت الدبابات مواقع تابعة لحركة حماس", "غارات جوية على مواقع للحوثيين": the sites' owner
      int sites = from;
      while (sites < triggerEnd + 3 && sites < w.size() && "ADJ".equals(w.token(sites).pos())) {
        sites++;
      }
      ActorGroup owner = OwnedSites.owner(w, groups, sites);
      if (owner != null && !attributive(owner) && (source == null || !sameParty(source, owner))) {
        target = owner;
      }
    }
    boolean prepositionalObject = !verb && source != null && from < w.size() && w.is(from, Clauses.TARGET_PREPOSITIONS);
    if (target == null && (verb || aimed >= 0 || prepositionalObject) && (source != null || subjectBefore || aimed >= 0)) {
      // "خطفوا مصورا فرنسيا", "تدعم فصائل سورية": with the subject found, the nisba of the object noun
      // names whose it is (with none, that noun is likely the subject: "اتهم المحامي البريطاني")
      // (also after a target preposition: "أطلقوا قذائفهم باتجاه موقع فلسطيني")
      int noun = from < w.size() && w.is(from, Clauses.TARGET_PREPOSITIONS) ? from + 1 : from;
      // (after an aim, past the noun's own indefinite genitive: "استهدف نقطة تفتيش ليبية")
      int nisba = aimed >= 0 && noun + 1 < w.size() && isNoun(w, noun + 1) && !w.isDefinite(noun + 1)
          && w.token(noun + 1).clitics().pre().isEmpty() && !startsGroup(groups, noun + 1) ? noun + 2 : noun + 1;
      for (ActorGroup g : groups) {
        if (attributive(g) && g.first() == nisba && noun < w.size() && isNoun(w, noun)
            && w.token(noun).clitics().pre().isEmpty() && (source == null || !sameParty(source, g))) {
          target = g; // (not "والفصائل السورية", coordinated with the subject)
        }
      }
      for (int adjectives = 1; target == null && adjectives <= 2; adjectives++) {
        // past the noun's own adjectives: "انتقد … المؤتمر الصحفي الروسي", "الانسحاب من الاتفاق النووي الإيراني"
        int at = noun + 1 + adjectives;
        boolean qualified = at < w.size() && noun < w.size() && isNoun(w, noun) && w.token(noun).clitics().pre().isEmpty();
        for (int k = noun + 1; qualified && k < at; k++) {
          // (a nisba-shaped noun qualifies too: "المؤتمر الصحفي")
          boolean adjective = "ADJ".equals(w.token(k).pos()) || w.token(k).norm().endsWith("ي");
          qualified = adjective && w.isDefinite(k) == w.isDefinite(noun)
              && w.token(k).clitics().pre().isEmpty() && !startsGroup(groups, k);
        }
        for (ActorGroup g : qualified ? groups : List.<ActorGroup>of()) {
          if (attributive(g) && g.first() == at && (source == null || !sameParty(source, g))) {
            target = g;
          }
        }
      }
    }
    if (target == null && !verb && triggerEnd + 3 < w.size() && w.is(triggerEnd + 1, AGAINST)
        && isNoun(w, triggerEnd + 2)) {
      // "اعتداءات على منشآت أميركية", "هجمات ضد مواقع حكومية عراقية": the nisba of the noun attacked
      for (ActorGroup g : groups) {
        if (attributive(g) && g.first() == triggerEnd + 3 && (source == null || !sameParty(source, g))) {
          target = g;
        }
      }
    }
    if (target == null && victims != null && (source == null || !sameParty(source, victims))) {
      target = victims;
    }
    if (target == null && !verb && source != null && source.last() < trigger && w.is(trigger, TALKS)) {
      target = destination(w, groups, source, trigger); // "سافر بومبيو إلى كوريا الشمالية لإجراء محادثات"
    }
    if (target == null && !verb && source != null && w.is(trigger, REACTION_NOUNS)) {
      target = objectsOwner(w, groups, triggerEnd + 1, source); // "ورد لافروف بانتقاد خطاب ماي"
      if (target == null && triggerEnd + 2 < w.size() && w.hasProclitic(triggerEnd + 1, "ل")
          && isNoun(w, triggerEnd + 1) && !startsGroup(groups, triggerEnd + 1)) {
        ActorGroup g = ActorGroup.startingAt(groups, triggerEnd + 2);
        if (g != null && !attributive(g) && !sameParty(source, g)) {
          target = g; // "انتقاده لعمدة لندن صديق خان": the criticised behind ل, with a head noun
        }
      }
    }
    if (source != null && source.first() > trigger && w.is(trigger, DEPORTS) && w.is(source.first(), EXPELLED)) {
      // "وطرد دبلوماسيين اثنين في كل من الدنمارك": diplomats and migrants are the expelled, never the expellers
      return new Arguments(governed == null ? List.of() : governed.members(), source.members(), false, 0.75);
    }
    if (verb && source != null && source.first() > trigger && target == null && charge(w, source.last() + 1)) {
      // "واعتقل ليفي نياغورا بتهمة إساءة استخدام المنصب": the one the charge follows is the one arrested or
      // tried (a passive, or an active whose subject is the verb's own pronoun)
      return new Arguments(List.of(), source.members(), false, 0.75);
    }
    if (governed != null) {
      ActorGroup other = target != null && !sameParty(governed, target) ? target
          : source != null && source.first() > trigger && !sameParty(governed, source) ? source : null;
      return new Arguments(governed.members(), other == null ? List.of() : other.members(), false, 0.8);
    }
    if (verb && source != null && (target == null || target.first() > source.last() && target.first() > trigger + 1)
        && Accusations.passive(w, groups, trigger, source)) {
      // (an actor after the charge belongs to it: "الذي اتهم بتعذيب آلاف المعارضين")
      // the accused is the one word order took for the subject; an actor right before the verb is then the
      // subject of an SVO clause ("لكن الأمم المتحدة اتهمت الجيش الإسرائيلي باستخدام القوة"), and with
      // none the verb is the passive ("واتهم النظام السوري بشن هجوم")
      int before = w.isKey(trigger - 1, "قد") ? trigger - 2 : trigger - 1;
      for (ActorGroup g : groups) {
        if (source.first() > trigger && g.last() == before && g.first() >= clauseStart && !attributive(g)
            && !behindPreposition(w, g.first()) && !sameParty(g, source)) {
          return new Arguments(g.members(), source.members(), false, 0.8);
        }
      }
      return new Arguments(List.of(), source.members(), false, 0.75);
    }
    if (!verb && source != null && target == null && source.last() < trigger && w.is(trigger, ACCUSATIONS)
        && !w.token(trigger).clitics().post().isEmpty() && !w.hasProclitic(trigger + 1, "ل")) {
      // "أمضى اردوغان أربعة أشهر خلف القضبان بعد اتهامه بالتحريض": the pronoun on the masdar is its
      // object, the one accused; who accused is not said
      return new Arguments(List.of(), source.members(), false, 0.7);
    }
    if (source == null) {
      // (close after a noun: "القصف المستمر من قبل قوات التحالف"; an agent further on belongs to another word)
      source = AgentPhrase.further(w, groups, triggerEnd, verb, target); // "فرضت العقوبات على إيران من قبل الأمم المتحدة"
    }
    List<ActorMention> sources = source == null ? List.of() : source.members();
    List<ActorMention> targets = target == null ? List.of() : target.members();
    if (source != null && target == null && sources.size() >= 2) {
      return new Arguments(sources, List.of(), true, evidence);
    }
    return new Arguments(sources, targets, false, source == null ? 0.7 : evidence);
  }

  /**
   * The indefinite role noun that ends right before a verb bearing an object pronoun and no conjunction,
   * which that pronoun goes back to: "4 دبلوماسيين اتهمتهم"; null otherwise. (Not a name, which is the
   * subject: "مدير المطعم هيو هددنا".)
   */
  private static ActorGroup describedObject(SentenceWords w, List<ActorGroup> groups, int verb) {
    var form = w.token(verb).clitics();
    if (!form.pre().isEmpty() || form.post().isEmpty()) {
      return null;
    }
    for (ActorGroup g : groups) {
      if (g.last() == verb - 1 && !w.isDefinite(g.first()) && !w.isDefinite(g.last())
          && !"PROPN".equals(w.token(g.first()).pos())
          && g.members().stream().allMatch(m -> m.actor().id() == null && m.actor().code() != null) && !attributive(g)
          && !behindPreposition(w, g.first())) {
        return g;
      }
    }
    return null;
  }

  /** Attacks and weapons that stand as the subject of a verb of hitting: "الهجوم استهدف مدنيين". */
  private static final java.util.Set<String> ATTACK_THINGS = EventKeys.setOf("هجوم", "الهجوم", "هجمات", "الهجمات",
      "غارة", "الغارة", "غارات", "الغارات", "تفجير", "التفجير", "انفجار", "الانفجار", "قصف", "القصف", "ضربة",
      "الضربة", "ضربات", "الضربات", "صاروخ", "الصاروخ", "صواريخ", "الصواريخ", "قذيفة", "القذيفة", "قذائف",
      "القذائف", "هاون", "الهاون", "عبوة", "العبوة");
  private static final java.util.Set<String> HITTING = EventKeys.setOf("استهدف", "استهدفت", "يستهدف", "تستهدف",
      "أصاب", "أصابت", "اصاب", "اصابت", "طال", "طالت", "ضرب", "ضربت");

  /**
   * Whether a verb of hitting has an attack or a weapon right before it as its subject ("الهجوم استهدف
   * مدنيين", "28 صاروخا وقذيفة هاون استهدفت إسرائيل"): the actor after it is then its object.
   */
  private static boolean thingSubject(SentenceWords w, int verb) {
    return w.is(verb, HITTING) && w.token(verb).clitics().pre().isEmpty() && w.is(verb - 1, ATTACK_THINGS);
  }

  /** Talks and visits one travels to hold: their other side is where one went. */
  private static final java.util.Set<String> TALKS = EventKeys.setOf("محادثات", "مباحثات", "مفاوضات", "مشاورات",
      "لقاءات", "اجتماعات", "زيارة", "حوار");
  /** Words of travelling to a place. */
  private static final java.util.Set<String> TRAVEL = EventKeys.setOf("توجه", "يتوجه", "سافر", "يسافر", "وصل", "يصل",
      "وصلت", "تصل", "توجهت", "وصول", "قدوم", "رحلة", "انتقل", "حط");

  /**
   * Where the source travelled, between it and the talks it went to hold: the actor behind "إلى" after a
   * word of travelling ("مع توجه وزير الخارجية الأميركي مايك بومبيو إلى بيونغيانغ لإجراء محادثات").
   */
  private static ActorGroup destination(SentenceWords w, List<ActorGroup> groups, ActorGroup source, int trigger) {
    boolean travelled = false;
    for (int i = Math.max(0, source.first() - 2); i < trigger; i++) {
      travelled |= w.is(i, TRAVEL);
    }
    for (ActorGroup g : travelled ? groups : List.<ActorGroup>of()) {
      if (g.first() > source.last() && g.last() < trigger && w.is(g.first() - 1, TO) && !sameParty(source, g)
          && !crossesClause(w, g.last(), trigger)) {
        return g;
      }
    }
    return null;
  }

  /**
   * Whether the verb's clause opens with a definite noun that is no actor, its subject ("الصحف تدعو السلطات
   * الفرنسية"): the actor after the verb is then its object. Not a day or a time ("الخميس أعلنت الحكومة").
   */
  private static boolean unknownSubjectFirst(SentenceWords w, List<ActorGroup> groups, int verb, int clauseStart) {
    int noun = verb - 1;
    return noun == clauseStart && noun >= 0 && w.token(verb).clitics().pre().isEmpty()
        && "NOUN".equals(w.token(noun).pos()) && w.isDefinite(noun) && w.token(noun).clitics().pre().isEmpty()
        && !w.is(noun, TIME_WORDS) && !w.is(noun, DAY_NAMES) && !w.is(noun, Clauses.DAYS) && !inGroup(groups, noun);
  }

  private static boolean inGroup(List<ActorGroup> groups, int i) {
    for (ActorGroup g : groups) {
      if (i >= g.first() && i <= g.last()) {
        return true;
      }
    }
    return false;
  }

  /** The verb of aiming: "هجوم استهدف", "غارات تستهدف". */
  static final java.util.Set<String> AIM = EventKeys.setOf("استهدف", "استهدفت", "يستهدف", "تستهدف",
      "استهدفا", "استهدفتا", "استهدفوا", "تستهدفان", "يستهدفان");

  /**
   * The aiming verb that right after an attack noun tells what it hit ("تفجير استهدف نقطة تفتيش",
   * "الغارات التي استهدفت"), past the noun's adjectives and a relative pronoun; -1 when there is none.
   */
  private static int aimVerbAfter(SentenceWords w, int triggerEnd) {
    int i = triggerEnd + 1;
    while (i < triggerEnd + 3 && i < w.size() && "ADJ".equals(w.token(i).pos()) && !w.is(i, AIM)) {
      i++;
    }
    if (w.is(i, RELATIVES)) {
      i++;
    }
    return w.is(i, AIM) && w.token(i).clitics().post().isEmpty() ? i : -1;
  }

  private static final java.util.Set<String> OUTLETS = EventKeys.setOf("وكالة", "صحيفة", "جريدة", "قناة", "تلفزيون",
      "التلفزيون", "إذاعة", "اذاعة", "مجلة", "موقع", "شبكة", "الوكالة", "الصحيفة", "القناة");

  /** Nouns of meeting that, as a purpose after ل, take the one met as their genitive: "للقاء ولي العهد". */
  private static final java.util.Set<String> PURPOSE_MEETINGS = EventKeys.setOf("لقاء", "مقابلة", "استقبال");

  /** Whether the actor is a bare country or nisba, no body or role of it ("القطريين", not "الجيش القطري"). */
  private static boolean nationality(ActorMention m) {
    String country = m.actor().country();
    return country != null && country.equals(m.actor().code());
  }

  /** Whether the group tells what the sentence reports: "وفق ما ذكرت وكالة رويترز", "حسبما أفاد مراسل". */
  static boolean attributed(SentenceWords w, ActorGroup g) {
    int teller = w.is(g.first() - 1, OUTLETS) ? g.first() - 2 : g.first() - 1; // ("ذكرت وكالة رويترز")
    return TriggerFinder.attributes(w, teller);
  }

  /** "نظيره", "نظيرها", "نظراؤه": the subject's counterpart, always another party than the subject. */
  private static final java.util.Set<String> COUNTERPARTS = EventKeys.setOf("نظير", "نظيرة", "نظراء");

  /** "الموالية لإيران": loyal to, an attribute of the noun before. */
  private static final java.util.Set<String> LOYAL = EventKeys.setOf("موال", "موالي", "الموالي", "موالية", "الموالية",
      "موالين", "الموالين", "موالون", "الموالون");
  private static final java.util.Set<String> BACKED = EventKeys.setOf("مدعوم", "المدعوم", "مدعومة", "المدعومة",
      "المدعومين", "مدعومين", "المدعومون");

  /** Nouns naming a deal or meeting by its place: "اتفاقية باريس", "قمة هلسنكي" (no party to the act). */
  private static final java.util.Set<String> NAMED_BY_PLACE = EventKeys.setOf("اتفاق", "اتفاقية", "معاهدة",
      "مؤتمر", "قمة", "إعلان", "اعلان", "مسار", "محادثات", "مفاوضات", "جولة");

  /**
   * The owner of a verb's object: the actor that is the genitive of the noun right after the subject
   * (one more head noun may come between), "رفضت موسكو تصريحات ماي", "استقبل البشير مدير المخابرات
   * المصرية", "انتقد الرئيس سياسات حكومة نتنياهو"; null when the object is no such noun phrase.
   */
  private static ActorGroup objectsOwner(SentenceWords w, List<ActorGroup> groups, int object, ActorGroup source) {
    return objectsOwner(w, groups, object, source, false);
  }

  /** Nouns of what one says of another's act or words: "انتقاد خطاب ماي" criticises May. */
  private static final java.util.Set<String> REACTION_NOUNS = EventKeys.setOf("انتقاد", "انتقادات", "إدانة", "ادانة",
      "تنديد", "رفض", "ترحيب", "إشادة", "اشادة", "تأييد", "تاييد");

  /** The owner of the verb's object noun; {@code behindBa}: the noun bears the ب of the verb's complement. */
  private static ActorGroup objectsOwner(SentenceWords w, List<ActorGroup> groups, int object, ActorGroup source,
      boolean behindBa) {
    var pre = object < w.size() ? w.token(object).clitics().pre() : List.<String>of();
    boolean clitic = behindBa ? !(pre.equals(List.of("ب")) || pre.equals(List.of("و", "ب"))) : !pre.isEmpty();
    if (object >= w.size() || !isNoun(w, object) || clitic
        || w.is(object, NAMED_BY_PLACE) || w.isDefinite(object) || startsGroup(groups, object)) {
      return null; // (a definite noun is no construct head: "انتقد الرئيس القرار الأمريكي")
    }
    int genitive = object + 1;
    if (genitive < w.size() && !startsGroup(groups, genitive) && (isNoun(w, genitive) || w.is(genitive, PARTS_OF))
        && w.token(genitive).clitics().pre().isEmpty() && !w.isDefinite(genitive)) {
      genitive++; // "سياسات حكومة نتنياهو"
    }
    for (ActorGroup g : groups) {
      if (g.first() == genitive && !attributive(g) && !sameParty(source, g)) {
        return g;
      }
    }
    return null;
  }

  /** The subject of the last verb before {@code before}, found by the same rules, or null. */
  private ActorGroup previousSubject(SentenceWords w, List<ActorGroup> groups, int before) {
    for (int p = before - 1; p >= 0; p--) {
      if (w.isVerb(p) && !w.is(p - 1, RELATIVES)) { // not "مقر تلفزيون العراقية الذي تديره الدولة"
        ActorGroup governed = GovernedActs.doer(w, groups, p); // "أعلنت كندا طرد": the announcer's
        if (governed != null) {
          return governed;
        }
        List<ActorMention> subject = find(w, groups, p, p, true).sources();
        for (ActorGroup g : groups) {
          if (!subject.isEmpty() && g.members().contains(subject.get(0))) {
            return g;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * Whether an actor ends right before the verb (or before "قد" and the verb) in its clause, as its SVO
   * subject: "أن السلطات التركية تحتجز جنديين يونانيين", where the count after the verb is its object.
   */
  private static ActorGroup subjectRightBefore(SentenceWords w, List<ActorGroup> groups, int verb, int clauseStart) {
    if (w.hasProclitic(verb, "و") || w.hasProclitic(verb, "ف")) {
      return null; // "زار ترامب السعودية وقال": the actor before a joined verb is the object of the one before
    }
    int end = w.isKey(verb - 1, "قد") ? verb - 2 : verb - 1;
    if (!w.token(verb).clitics().post().isEmpty() && end >= 0 && !w.isDefinite(end)) {
      return null; // "ثلاثة أمريكيين يحتجزهم": a relative clause on an indefinite noun, whose pronoun it is
    }
    for (ActorGroup g : groups) {
      // (a head noun of the subject may open the clause outside the actor: "وزير الخارجية الأميركي مايك بومبيو هدد")
      boolean opens = g.first() == clauseStart || (g.first() == clauseStart + 1 && isNoun(w, clauseStart)
          && w.token(clauseStart).clitics().pre().isEmpty() && w.token(clauseStart).isWord());
      if (g.last() == end && opens && !attributive(g) && !behindPreposition(w, g.first())
          && !Victims.named(w, g.first())) {
        return g;
      }
    }
    return null;
  }

  /** Whether a group of another country than the source's starts at i and ends before {@code end}. */
  private static boolean otherPartyAt(List<ActorGroup> groups, int i, int end, ActorGroup source) {
    for (ActorGroup g : groups) {
      if (g.first() == i && g.last() < end) {
        String c = g.members().get(0).actor().country();
        String sc = source.members().get(0).actor().country();
        return c != null && sc != null && !c.equals(sc);
      }
    }
    return false;
  }

  static final java.util.Set<String> TIME_WORDS = EventKeys.setOf("أمس", "امس", "اليوم", "الليلة", "مساء",
      "صباح", "فجر", "ظهر", "ليل");
  /** Adverbs between the subject and the object: "واعتقلت السلطات أيضا الطالب", "ونددت واشنطن مؤخرا". */
  private static final java.util.Set<String> ADVERBS = EventKeys.setOf("أيضا", "ايضا", "كذلك", "مؤخرا", "سابقا",
      "لاحقا", "رسميا", "مجددا", "مرة", "مرتين", "بشدة");
  /** Adverbs of manner written with ب, as the text has them: "وانتقد مسؤولون بريطانيون بشدة المؤتمر". */
  private static final java.util.Set<String> MANNER = java.util.Set.of("بشدة", "بقوة", "بحزم", "بشده", "بقوه");
  /** What one throws or shoots with: "بالحجارة", "بالرصاص". */
  private static final java.util.Set<String> INSTRUMENTS = EventKeys.setOf("حجارة", "الحجارة", "رصاص", "الرصاص",
      "زجاجات", "الزجاجات", "قنابل", "القنابل", "صواريخ", "الصواريخ", "قذائف", "القذائف");
  /** Day names, which count only with their article: the key of "الأحد" is that of "أحد" (one of). */
  static final java.util.Set<String> DAY_NAMES = EventKeys.setOf("السبت", "الأحد", "الاثنين", "الإثنين",
      "الثلاثاء", "الأربعاء", "الخميس", "الجمعة");
  private static final java.util.Set<String> AGO = EventKeys.setOf("قبل", "منذ");
  private static final java.util.Set<String> SPANS = EventKeys.setOf("أيام", "يومين", "ساعات", "أسابيع", "أسبوع",
      "أشهر", "شهر", "شهرين", "سنوات", "عام", "أسبوعين");

  private static final String IN = EventKeys.of("في");
  private static final String TIME = EventKeys.of("وقت");
  private static final java.util.Set<String> EARLIER_LATER = EventKeys.setOf("سابق", "لاحق", "متأخر");

  /** Past time words before an object: "أمس", "الخميس", "قبل أيام" (a time says when, the object follows). */
  private static int afterTimeWords(SentenceWords w, int i) {
    if (i + 3 < w.size() && w.isComma(i) && (w.is(i + 1, TIME_WORDS) || w.is(i + 1, DAY_NAMES)) && w.isComma(i + 2)) {
      i += 3; // "قد استقبل، الثلاثاء، وزير الخارجية الأمريكي": a day between commas right after the verb
    }
    int k = i;
    while (k < w.size() && k < i + 4) {
      boolean day = w.is(k, DAY_NAMES) && (w.isDefinite(k) || w.hasProclitic(k, "ل"));
      // (a night between two days: "ليل السبت للأحد")
      boolean bare = w.token(k).clitics().pre().isEmpty() || (day && k > i && w.hasProclitic(k, "ل"));
      if ((w.is(k, TIME_WORDS) || day || w.is(k, ADVERBS)) && bare || MANNER.contains(w.token(k).text())) {
        k++;
        if (k + 1 < w.size() && w.isComma(k) && k > i && w.isComma(i - 1)) {
          k++; // a day between commas: "اتهم وزير الخارجية، مايك بومبيو، الجمعة، النظام الإيراني"
        }
      } else if (k == i && w.hasProclitic(k, "ب") && w.is(k, INSTRUMENTS)) {
        k++; // "ورشق متظاهرون بالحجارة الجنود الإسرائيليين": what they acted with, before the object
      } else if (w.is(k, AGO) && w.is(k + 1, SPANS)) {
        k += 2;
      } else if (w.isKey(k, IN) && w.isKey(k + 1, TIME) && w.is(k + 2, EARLIER_LATER)) {
        k += 3; // "في وقت سابق"
      } else {
        break;
      }
    }
    return k < w.size() ? k : i;
  }

  private static boolean describesNounBefore(SentenceWords w, List<ActorGroup> groups, int verb) {
    int noun = verb - 1;
    if (noun < 0 || !w.imperfectiveShape(verb) || !w.token(verb).clitics().pre().isEmpty()) {
      return false;
    }
    var t = w.token(noun);
    boolean nominal = "NOUN".equals(t.pos()) || "ADJ".equals(t.pos());
    if (!t.isWord() || !nominal || w.isDefinite(noun) || w.isCount(noun) || w.is(noun, Clauses.DAYS)
        || !t.clitics().post().isEmpty()) {
      return false;
    }
    for (ActorGroup g : groups) {
      if (g.last() == noun) {
        return false; // an actor right before is the subject (subjectRightBefore)
      }
    }
    return true;
  }

  /** The first group starting within {@code reach} words after the count at {@code count} (the counted), or null. */
  private static ActorGroup groupAfterCount(List<ActorGroup> groups, int count, int reach) {
    for (ActorGroup g : groups) {
      if (g.first() > count && g.first() <= count + reach) {
        return g;
      }
    }
    return null;
  }

  static boolean startsGroup(List<ActorGroup> groups, int i) {
    return ActorGroup.startingAt(groups, i) != null;
  }

  /** Whether the verb or a preposition after it carries a pronoun: "ترفضه", "حكمت فيها", "خرج بموجبه". */
  private static boolean resumptive(SentenceWords w, int verb) {
    if (!w.token(verb).clitics().post().isEmpty()) {
      return true;
    }
    for (int k = verb + 1; k <= verb + 4 && k < w.size(); k++) {
      if ("SCONJ".equals(w.token(k).pos()) && !w.token(k).clitics().post().isEmpty()) {
        return true; // "التي قالت الولايات المتحدة إنها زائفة": the pronoun is in what is said
      }
    }
    for (int k = verb + 1; k <= verb + 3 && k < w.size(); k++) {
      if (w.token(k).isWord() && !w.token(k).clitics().post().isEmpty()) {
        return true; // "التي احتلت إسرائيل قطاعها الشرقي", "خرج بموجبه"
      }
    }
    return false;
  }

  private static final java.util.Set<String> ENVOYS = EventKeys.setOf("سفير", "سفيرة", "مندوب", "مندوبة", "ممثل",
      "ممثلة", "سفراء");
  private static final String AT = EventKeys.of("لدى");

  /** Whether the actor at i follows "لدى" in an envoy's title ("سفير السعودية لدى الولايات المتحدة"). */
  private static boolean accreditedTo(SentenceWords w, int i) {
    if (i < 2 || !w.isKey(i - 1, AT)) {
      return false;
    }
    for (int k = i - 2; k >= 0 && k >= i - 5; k--) {
      if (w.is(k, ENVOYS)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs and participles of undergoing: their subject suffers the act named after them. */
  private static final java.util.Set<String> UNDERGO = EventKeys.setOf("واجه", "يواجه", "تواجه", "يواجهون",
      "خضع", "يخضع", "تخضع", "يخضعان", "خاضع", "الخاضع", "الخاضعة", "تلقى", "يتلقى", "تتلقى", "عانى", "يعاني",
      "تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا", "يتعرضون",
      "طال", "طالت", "يطال", "تطال"); // ("وتطال إيران أيضا اتهامات": accusations reach Iran)

  /**
   * Whether the actor before an event noun is the subject of an undergoing verb that governs the noun:
   * the verb right before the actor ("واجهت الدوحة اتهامات") or between it and the noun ("يخضعان لعقوبات").
   */
  private static boolean undergoes(SentenceWords w, ActorGroup g, int trigger) {
    // (who rejects or denies an accusation is the one accused: "سارعت موسكو إلى رفض الاتهام")
    java.util.Set<String> verbs = w.is(trigger, ACCUSATIONS) ? ACCUSED : UNDERGO;
    // (a quantity may head the act, and an adverb follow the one: "تعرضت إيران كذلك لموجة من العقوبات")
    boolean quantity = trigger >= 2 && w.isKey(trigger - 1, "من") && w.hasProclitic(trigger - 2, "ل");
    int verbAt = g.first() - 1;
    if (verbAt > 0 && !w.is(verbAt, verbs) && w.is(trigger, ACCUSATIONS) && isNoun(w, verbAt) && w.isDefinite(verbAt)
        && w.token(verbAt).clitics().pre().isEmpty()) {
      verbAt--; // past the accused's title: "نفى الكاردينال جورج بل جميع الاتهامات"
    }
    boolean all = w.is(g.last() + 1, ALL); // "جميع الاتهامات"
    int gap = trigger - g.last();
    for (int k = g.last() + 1; k < trigger; k++) {
      gap -= w.is(k, ADVERBS) && w.token(k).clitics().pre().isEmpty() ? 1 : 0; // "يواجه … مجددا اتهامات"
    }
    if (w.is(verbAt, verbs) && gap <= (quantity ? 4 : all ? 3 : 2)) {
      return true;
    }
    for (int k = g.last() + 1; k < trigger; k++) {
      if (w.is(k, verbs)) {
        return trigger - k <= 3;
      }
    }
    return false;
  }

  private static final java.util.Set<String> ALL = EventKeys.setOf("جميع", "كل", "كافة");
  private static final java.util.Set<String> ACCUSATIONS = EventKeys.setOf("اتهام", "اتهامات", "الاتهام",
      "الاتهامات", "مزاعم", "ادعاءات");
  private static final java.util.Set<String> ACCUSED = java.util.stream.Stream.concat(UNDERGO.stream(),
      EventKeys.setOf("رفض", "نفى", "ينفي", "تنفي", "نفت", "فند", "دحض", "رد", "أنكر", "ينكر", "تنكر", "أنكرت")
          .stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  static final java.util.Set<String> PLACE_NOUNS = EventKeys.setOf("العاصمة", "عاصمة", "مدينة", "المدينة");

  /** Visit words: a country right after them is the place visited, not the visitor. */
  private static final java.util.Set<String> VISITS = EventKeys.setOf("زار", "يزور", "زيارة", "زيارات");


  static boolean attributive(ActorGroup g) {
    return g.members().size() == 1 && g.members().get(0).attributive();
  }

  private static final java.util.Set<String> SPEECH = EventKeys.setOf("أعلن", "اعلن", "أفاد", "افاد", "أكد", "اكد",
      "ذكر", "قال", "أشار", "اشار", "كشف", "نقل", "أورد", "اورد", "نعى", "نفى");

  /** Whether a speech verb stands strictly between two positions. */
  private static boolean speechBetween(SentenceWords w, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (w.is(i, SPEECH)) {
        return true;
      }
    }
    return false;
  }


  /** A noun, or an adjective used as one ("خطفوا مصورا فرنسيا": the tagger calls مصورا an adjective). */
  static boolean isNoun(SentenceWords w, int i) {
    String pos = w.token(i).pos();
    return "NOUN".equals(pos) || "ADJ".equals(pos);
  }

  /** The actor group starting at i behind ل ("للمطار"), or null. */
  private static ActorGroup lamPhrase(List<ActorGroup> groups, SentenceWords w, int i) {
    for (ActorGroup g : groups) {
      if (g.first() == i && w.hasProclitic(i, "ل")) {
        return g;
      }
    }
    return null;
  }

  /** Whether the words in {@code [from, to)} are adjectives of the phrase ("الجوية" in "الرحلات الجوية الروسية"). */
  private static boolean allAdjectives(SentenceWords w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!"ADJ".equals(w.token(i).pos()) && !"NOUN".equals(w.token(i).pos())) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameParty(ActorGroup a, ActorGroup b) {
    return a.members().size() == 1 && b.members().size() == 1 && a.members().get(0).sameAs(b.members().get(0));
  }

  private static boolean noBoundary(SentenceWords w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Clauses.isBoundary(w, i) && !QUOTES.contains(w.token(i).text())) { // "شنه \"تنظيم الدولة\""
        return false;
      }
    }
    return true;
  }

  /** The target search stops at a clause opener or at another finite verb, which has its own arguments. */
  private static boolean crossesClause(SentenceWords w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (w.is(i, Clauses.OPENERS) || (w.isVerb(i) && w.token(i).clitics().pre().isEmpty() && i > from)
          || w.is(i, PASSIVE_AUX)) { // ("وتم ترحيله إلى بلجيكا" is a clause of its own)
        return true;
      }
      if (w.token(i).kind() == org.marsad.doc.TokenKind.PUNCT && (".".equals(w.token(i).text())
          || ":".equals(w.token(i).text()))) {
        return true; // (a colon opens what is said: "وقال قرقاش على حسابه: «… للولايات المتحدة»")
      }
    }
    return false;
  }

  /**
   * The sides named by "بين" right after the trigger: one compound group ("بين روسيا ومصر"), or a group
   * and the one joined to it by و ("بين الجيش اللبناني ومسلحين", where "عناصر من" may open the first).
   * A few words of the trigger's phrase may come first, and commas around a day ("اشتباكات مسلحة،
   * الخميس، بين").
   */
  private static List<ActorMention> betweenSides(SentenceWords w, List<ActorGroup> groups, int triggerEnd) {
    for (int i = triggerEnd + 1; i <= triggerEnd + 6 && i < w.size(); i++) {
      if (w.isKey(i, "بين") && w.token(i).clitics().post().isEmpty() && !w.isKey(i - 1, "من")) {
        // (not "من بينها إيران واليمن": among them)
        int start = i + 1;
        if (w.is(start, COUNT_NOUNS) && w.isKey(start + 1, "من")) {
          start += 2; // "بين عناصر من ميليشيا حزب الله و…"
        }
        for (int k = 0; k < groups.size(); k++) {
          ActorGroup g = groups.get(k);
          // (a head noun may open the side: "ميليشيا حزب الله")
          if (g.first() == start || (g.first() == start + 1 && w.token(start).isWord()
              && !"ADP".equals(w.token(start).pos()) && !w.isVerb(start))) {
            if (g.members().size() >= 2 || k + 1 == groups.size()) {
              return g.members();
            }
            ActorGroup next = groups.get(k + 1);
            int and = g.last() + 1;
            boolean joined = next.first() == and && w.hasProclitic(and, "و");
            // (a head noun may open the second side too: "بين طالبان ومبعوث أمريكا", "ورئيسة الحكومة البريطانية")
            boolean headed = next.first() == and + 1 && w.hasProclitic(and, "و") && isNoun(w, and);
            if (joined || headed) {
              return List.of(g.members().get(0), next.members().get(0));
            }
            return g.members();
          }
        }
        return List.of();
      }
      // (a place may come first: "اشتباكات عنيفة في حلب بين الجيش والمعارضة")
      boolean in = w.isKey(i, "في");
      boolean aside = w.isComma(i) || w.is(i, Clauses.DAYS);
      if ((Clauses.isBoundary(w, i) && !aside) || ("ADP".equals(w.token(i).pos()) && !in) || w.hasProclitic(i, "ب")
          || w.hasProclitic(i, "ل")) {
        return List.of(); // "الطلب الكثيف على الدولار بين الإيرانيين": بين belongs to another phrase
      }
    }
    return List.of();
  }

  /**
   * Whether the word before position i (or a proclitic on it) is a preposition, or a compass noun that
   * locates like one ("في شرق سوريا").
   */
  static boolean behindPreposition(SentenceWords w, int i) {
    var pre = w.token(i).clitics().pre();
    if (pre.contains("ل") || pre.contains("ب") || pre.contains("ك")) {
      return true;
    }
    if (i == 0) {
      return false;
    }
    if (detachedClitic(w, i - 1, true)) {
      return true; // "لـCNN", "لـ"سكاي نيوز عربية"": the clitic written apart before a Latin or quoted name
    }
    if (Clauses.COMPASS.contains(w.bare[i - 1])) {
      return true;
    }
    // "تحصن فيه مسلحون": فيه has its object already; but "من بينها السعودية" still lists who is among them
    boolean complete = !w.token(i - 1).clitics().post().isEmpty() && !w.isKey(i - 1, "بين");
    if ((w.is(i - 1, Clauses.TARGET_PREPOSITIONS) || w.is(i - 1, Clauses.OTHER_PREPOSITIONS)) && !complete) {
      // "كلا من السعودية وقطر": "كل من" announces a list of subjects, not a preposition phrase
      // and "عدد من المتظاهرين", "مئات من الطلاب" name who acts, not a place or a partner
      return !(w.isKey(i - 1, "من") && i >= 2 && (w.isKey(i - 2, "كلا") || w.isKey(i - 2, "كل")
          || w.is(i - 2, COUNT_NOUNS)));
    }
    return false;
  }

  private static boolean behindTargetPreposition(SentenceWords w, int i) {
    var pre = w.token(i).clitics().pre();
    // (not before a quote: "قال لـ«الشرق الأوسط»" names the newspaper told, no party to what is told)
    if (pre.contains("ل") || pre.contains("ب") || (i > 0 && detachedClitic(w, i - 1, false))) {
      return true;
    }
    // (not "بالقرب من محكمة مدينة الصدر": near a place); a count may stand between ("أفرجت عن ثلاثة مواطنين"),
    // and a head noun whose genitive the actor is ("لقاء مع مساعد وزير الخارجية", "غارات على مواقع المتمردين")
    int p = i > 1 && w.isCount(i - 1) ? i - 2 : i - 1;
    for (int heads = 0; heads < 2 && p > 0 && w.is(p, PARTS_OF) && w.token(p).clitics().post().isEmpty()
        && w.token(p).clitics().pre().isEmpty(); heads++) {
      p--; // ("مع مساعد وزير الخارجية الأميركي": two heads before the actor's own words)
    }
    if (p >= 0 && w.isKey(p, RIGHT) && (w.hasProclitic(p, "ب") || w.isKey(p - 1, IN))) {
      return true; // "العقوبات الأمريكية بحق إيران" (ب is a clitic of حق), "الاتهامات في حق المنتج"
    }
    return p >= 0 && w.is(p, Clauses.TARGET_PREPOSITIONS) && !w.is(p - 1, NEAR);
  }

  private static final String RIGHT = EventKeys.of("حق");

  /** "لـ", "بـ": a preposition clitic written as a word of its own (before a Latin name). */
  private static boolean detachedClitic(SentenceWords w, int i, boolean quoted) {
    if (quoted && i > 0 && QUOTES.contains(w.token(i).text())) {
      i--; // "لـ"سكاي نيوز عربية""
    }
    String norm = w.token(i).norm();
    return ("ل".equals(norm) || "ب".equals(norm)) && "ADP".equals(w.token(i).pos());
  }

  private static final java.util.Set<String> NEAR = EventKeys.setOf("قرب", "مقربة"); // ("بالقرب": ب is a clitic)
  /** Nouns naming people or places of an actor, the actor as their genitive: "مساعد وزير", "مواقع المتمردين". */
  private static final java.util.Set<String> PARTS_OF = EventKeys.setOf("مساعد", "نائب", "مستشار", "مبعوث", "وفد",
      "ممثل", "ممثلي", "ممثلين", "قادة", "زعماء", "أعضاء", "عناصر", "مقاتلي", "مواقع", "موقع", "مقر", "مقرات",
      "معسكر", "معسكرات", "سفارة", "قنصلية", "تجمعات", "تعزيزات", "آليات", "دوريات", "وزير", "وزيرة", "رئيس",
      "وزارة", "ميليشيات", "ميليشيا", "مليشيات", "مسلحي", "فصائل", "معاقل", "مخازن", "مراكز");
}
