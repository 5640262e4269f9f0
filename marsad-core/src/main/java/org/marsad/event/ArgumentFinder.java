package org.marsad.event;

import static org.marsad.event.ActorPositions.COUNT_NOUNS;
import static org.marsad.event.ActorPositions.RELATIVES;
import static org.marsad.event.ActorPositions.allAdjectives;
import static org.marsad.event.ActorPositions.attributive;
import static org.marsad.event.ActorPositions.behindPreposition;
import static org.marsad.event.ActorPositions.detachedClitic;
import static org.marsad.event.ActorPositions.endsInPreposition;
import static org.marsad.event.ActorPositions.groupAfterCount;
import static org.marsad.event.ActorPositions.inGroup;
import static org.marsad.event.ActorPositions.isNoun;
import static org.marsad.event.ActorPositions.lamPhrase;
import static org.marsad.event.ActorPositions.noBoundary;
import static org.marsad.event.ActorPositions.sameParty;
import static org.marsad.event.ActorPositions.startsGroup;
import static org.marsad.event.Adjuncts.ADVERBS;
import static org.marsad.event.Adjuncts.DAY_NAMES;
import static org.marsad.event.Adjuncts.TIME_WORDS;
import static org.marsad.event.ObjectFinder.objectsOwner;

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
  /** Release nouns, whose needed word ("عن", "سراح") is followed by who is released. */
  private static final java.util.Set<String> RELEASES = EventKeys.setOf("إفراج", "افراج", "إطلاق", "اطلاق");
  /** Event nouns whose genitive is the patient, not the agent (the masdars of transitive verbs). */
  private static final java.util.Set<String> PATIENT_GENITIVE = EventKeys.setOf("اغتيال", "قتل", "مقتل", "خطف",
      "اختطاف", "تعذيب", "إعدام", "اعدام", "اعتقال", "اعتقالات", "احتجاز", "ترحيل", "قصف", "استهداف", "اقتحام",
      "حصار", "احتلال", "مداهمة", "إفراج", "اطلاق", "إطلاق", "تسليح", "استقبال", "طرد", "إبعاد", "ابعاد",
      "اتهام", "توقيف", "تهنئة", "تعزية", "إغلاق", "منع"); // ("اتهام موسكو بالضلوع": Moscow is accused)

  /**
   * Event nouns done to people: a nisba after the victim's noun is the victim's ("مقتل ممرضة فلسطينية"),
   * where after an attack noun it names the attacker ("قصف إسرائيلي").
   */
  private static final java.util.Set<String> VICTIM_NOUNS = EventKeys.setOf("اغتيال", "قتل", "مقتل", "خطف",
      "اختطاف", "تعذيب", "إعدام", "اعدام", "اعتقال", "اعتقالات", "احتجاز", "ترحيل", "إفراج");

  /** Blasts, whose genitive is what is blown up unless an armed body ("تفجير داعش لمسجد"). */
  private static final java.util.Set<String> BLASTS = EventKeys.setOf("تفجير");
  private static final java.util.List<String> ARMED_ROLES = List.of("MIL", "REB", "UAF", "RAD", "IMG", "COP", "SPY",
      "INS");

  private static boolean bareCountry(ActorMention m) {
    return m.actor().code() != null && m.actor().code().equals(m.actor().country());
  }

  private static boolean armed(ActorMention m) {
    String code = m.actor().code();
    return code != null && ARMED_ROLES.stream().anyMatch(code::contains);
  }

  /** Nouns of backing, whose genitive may be a cause and its nisba the one backed: "تأييد الحق الكويتي". */
  private static final java.util.Set<String> BACKING = EventKeys.setOf("تأييد", "دعم", "مساندة", "نصرة");
  /** Causes and rights, whose nisba is whose they are: "الحق الكويتي", "القضية الفلسطينية", "الشعب السوري". */
  private static final java.util.Set<String> CAUSES = EventKeys.setOf("حق", "حقوق", "قضية", "موقف", "مواقف",
      "شعب", "مطالب", "سيادة", "شرعية", "جهود", "مساعي", "استقرار", "أمن");

  /** Attack nouns whose ل-phrase names the attacker: "غارات للتحالف", "قصف للنظام". */
  private static final java.util.Set<String> AGENT_AFTER_LAM = EventKeys.setOf("غارة", "غارات", "هجوم", "هجمات",
      "إطلاق", "اطلاق", // ("إطلاق النار العشوائي للجيش الاسرائيلي")
      "ضربة", "ضربات", "قصف", "كمين");

  /** Head nouns of an armed body whose name follows: "فصائل المعارضة", "مسلحي القاعدة", "ميليشيات الحوثي". */
  private static final java.util.Set<String> AGENT_HEADS = EventKeys.setOf("فصائل", "فصيل", "ميليشيات", "ميليشيا",
      "مليشيات", "مسلحي", "عناصر", "مقاتلي", "قوات", "طائرات", "طيران", "مقاتلات");
  /** Verbs of sending forces, which need the forces as their object: "أرسلت قوات", "نشرت قوات". */
  private static final java.util.Set<String> SENDING = EventKeys.setOf("أرسل", "نشر", "حشد", "دفع");
  /** What forces send: "أرسلت قوات أمريكية تعزيزات" (the forces are the subject). */
  private static final java.util.Set<String> SENT_FORCES = EventKeys.setOf("تعزيزات", "قوات", "جنود", "حشود",
      "آليات", "عسكريين", "وحدات");
  /** Weapons named by their owner: "طائرات التحالف", "مدفعية النظام". */
  static final java.util.Set<String> WEAPON_HEADS = EventKeys.setOf("طائرات", "طائرة", "طيران", "مقاتلات",
      "مدفعية", "مروحيات", "مروحية");
  /** Verbs that, after an attack noun and with its pronoun, introduce the attacker: "هجوم شنه مسلحون". */
  private static final java.util.Set<String> LAUNCH_VERBS = java.util.stream.Stream.concat(
      // "عقوبات فرضتها واشنطن", "الهدنة التي قررتها قيادة التحالف", "الهدنة التي أعلنها التحالف"
      Attribution.CARRIED_OUT.stream(), EventKeys.setOf("قاد", "فرض", "وجه", "قرر", "أعلن").stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** "وجهتها" as written: the segmenter reads it as و + جهتها ("and its side"). */
  private static final java.util.Set<String> DIRECTED = java.util.Set.of("وجهتها", "وجهها", "وجهته", "وجهه",
      "وجهوها", "وجهوه");

  /** Whether word i is a launch verb with its pronoun back to the event noun: "شنه", "فرضتها", "وجهتها". */
  private static boolean launched(SentenceWords w, int i) {
    return w.isWithPronoun(i, LAUNCH_VERBS)
        || DIRECTED.contains(org.marsad.text.ArabicNormalizer.normalizeDefault(w.token(i).text()));
  }
  static final java.util.Set<String> DEPORTS = EventKeys.setOf("ترحيل", "رحل", "طرد", "أبعد", "ابعد", "إبعاد",
      "تسليم", "سلم");
  /** Whether the word is the charge: "بتهمة", "بتهم" (however the segmenter split its ب). */
  private static boolean charge(SentenceWords w, int i) {
    return i < w.size() && w.token(i).text().startsWith("بتهم") && w.token(i).text().length() <= 6;
  }
  /** Who is expelled or deported, not who expels: "طرد دبلوماسيين", "ترحيل مهاجرين". */
  private static final java.util.Set<String> EXPELLED = EventKeys.setOf("دبلوماسي", "دبلوماسيا", "دبلوماسيين",
      "دبلوماسيون", "مهاجر", "مهاجرين", "مهاجرون", "لاجئ", "لاجئين", "لاجئون");

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
    groups = AmongThem.without(w, groups, trigger); // "قتل أربعة أشخاص بينهم عسكريان ومهاجم": no killer among the dead
    ActorGroup venue = verb ? null : venue(w, groups, trigger, triggerEnd);
    List<ActorGroup> parties = venue == null ? groups : groups.stream().filter(g -> g != venue).toList();
    Arguments found = findAmong(w, parties, trigger, triggerEnd, verb, acts);
    return verb ? found : statesVisit(w, parties, trigger, triggerEnd, found);
  }

  /** The knowledge base's titles that name a person in office ("خادم الحرمين الشريفين": `saudi_king_title`). */
  private static final String TITLE_IDS = "_title";

  /**
   * A visit noun whose genitive is a state's leader or government, after a subject of another party, is that
   * leader's visit, and the subject its host: "تستعد الحكومة لزيارة الرئيس الفرنسي", "ستمهد لزيارة خادم الحرمين
   * الشريفين إلى روسيا" (seed 179: the subject had been the visitor). The place after "إلى" is where it goes.
   * Not the people one visits ("زيارة المصابين"), nor a country or town visited.
   */
  private static Arguments statesVisit(SentenceWords w, List<ActorGroup> groups, int trigger, int triggerEnd,
      Arguments a) {
    // (not "قام X بزيارة", "يقوم بأول زيارة": the subject of the light verb makes the visit)
    if (!w.is(trigger, VISITS) || !w.token(trigger).clitics().post().isEmpty() || w.hasProclitic(trigger, "ب")
        || w.hasProclitic(trigger - 1, "ب") || a.sources().isEmpty() || a.targets().isEmpty()) {
      return a;
    }
    ActorGroup genitive = ActorGroup.startingAt(groups, triggerEnd + 1);
    if (genitive == null) {
      return a;
    }
    ActorMention leader = genitive.members().get(0);
    String code = leader.actor().code();
    // (a leader, by name or title, not a seat: "لزيارة البيت الأبيض", "بعد زيارة بيونغ يانغ" went there)
    String id = leader.actor().id();
    boolean person = ActorFinder.isPerson(leader) || id != null && id.endsWith(TITLE_IDS)
        || w.is(genitive.first(), ActorFinder.PERSON_TITLES)
        || w.is(genitive.first() + 1, ActorFinder.PERSON_TITLES) && w.is(genitive.first(), AgentPhrase.STYLES);
    boolean state = code != null && leader.actor().country() != null && code.endsWith("GOV") && !leader.isCountry()
        && person;
    if (!state || !a.targets().equals(genitive.members()) || a.sources().get(0).last() >= trigger
        || namedCapital(w, genitive)) {
      return a;
    }
    int to = genitive.last() + 1;
    ActorGroup destination = w.is(to, ObjectFinder.TO) ? ActorGroup.startingAt(groups, to + 1) : null;
    return new Arguments(genitive.members(), destination != null ? destination.members() : a.sources(), false,
        a.evidence());
  }

  private Arguments findAmong(SentenceWords w, List<ActorGroup> groups, int trigger, int triggerEnd, boolean verb,
      boolean acts) {
    int clauseStart = Clauses.clauseStart(w, trigger);
    // "وقتل 4 جنود إثيوبيين", "واختطف 9 عراقيين": a count right after the verb is its passive subject,
    // the victims, and who did it is told elsewhere, if at all; after a killing noun the counted are
    // its victims too ("قتل أمس سبعة من عناصر الشرطة"), and its agent may stand before it
    int count = verb ? Victims.countAfter(w, trigger)
        : w.is(trigger, PATIENT_GENITIVE) ? Victims.countAt(w, triggerEnd + 1) : -1;
    ActorGroup counted = count > 0 ? ActorPositions.countedGroup(w, groups, count, 3) : null;
    // (and "العشرات" after a feminine verb joined to a clause with its subject: "استخدمت قوات الأمن الغاز …،
    // واعتقلت العشرات من المتظاهرين", she arrested them; the passive would read "واعتقل العشرات")
    // (or counted men, whom a passive would count with a masculine verb: "حاولت الشرطة تفريقهم بالقوة، واعتدت
    // بالضرب على الكثير منهم، واعتقلت خمسة شبان", seed 267)
    boolean sheActed = Agreement.feminineVerb(w, trigger) && counted != null
        && (w.is(count, SentenceWords.ROUND_COUNTS) && w.isDefinite(count) || Agreement.countedMen(w, counted));
    if (verb && counted != null && (w.is(count, ACCUSATIVE_COUNTS) || w.is(counted.first(), HOSTAGES) || sheActed)) {
      // "الشرطة تدخلت واعتقلت عددا من المسلحين": an accusative count is the object of an active verb,
      // whose subject, joined by و, is the one of the verb before; so are counted hostages, whoever took
      // them ("رفضت الجبهة … واحتجزت 68 رهينة")
      boolean joined = w.hasProclitic(trigger, "و") || w.hasProclitic(trigger, "ف");
      ActorGroup subject = joined ? previousSubject(w, groups, trigger) : null;
      // (not a town, the subject of a verb of where: "قذيفة سقطت على منزل بقرية تقع جنوبي الشيخ زويد وقتلت")
      if (subject != null && !sameParty(subject, counted) && !subject.members().get(0).isPlace()) {
        return new Arguments(subject.members(), counted.members(), false, 0.7);
      }
    }
    ActorGroup band = verb && Agreement.feminineVerb(w, trigger) && w.is(trigger + 1, BANDS)
        && w.isKey(trigger + 2, "من") ? ActorGroup.startingAt(groups, trigger + 3) : null;
    if (band != null) {
      // "قتلت مجموعة من القرويين خمس نساء": with an object after it, the band did it (seed 268's villagers had
      // been the dead); with none it may be the passive's subject ("قتلت مجموعة من الجنود في الهجوم")
      for (ActorGroup g : groups) {
        if (g.first() > band.last() && g.first() <= Clauses.clauseEnd(w, trigger)
            && !behindPreposition(w, g.first()) && !attributive(g)) {
          return new Arguments(band.members(), g.members(), false, 0.75);
        }
      }
    }
    ActorGroup antecedent = verb && counted != null && w.is(trigger - 1, RELATIVES)
        ? ActorGroup.endingAt(groups, trigger - 2) : null;
    if (antecedent != null && !sameParty(antecedent, counted)) {
      // "طالبان التي قتلت تسعة أشخاص": the relative's antecedent did it, to the counted (seed 239)
      return new Arguments(antecedent.members(), counted.members(), false, 0.8);
    }
    Arguments timed = verb ? null : DetentionTimes.find(w, groups, trigger, triggerEnd);
    if (timed != null) {
      return timed; // "قبل القبض عليه": the one held is named before, who holds him only behind "من"
    }
    Arguments passive = passiveShapes(w, groups, trigger, verb, clauseStart, counted);
    if (passive != null && passive.sources().isEmpty()) {
      // "قتلوا الشهر الماضي في هجوم على أيدي مسلحي التنظيم": the passive's agent, told after it
      ActorGroup by = AgentPhrase.further(w, groups, triggerEnd, true, null, acts);
      if (by != null && !by.members().equals(passive.targets())) {
        return new Arguments(by.members(), passive.targets(), false, 0.8);
      }
    }
    if (passive != null) {
      return passive;
    }
    if (!verb && triggerEnd > trigger && w.is(trigger, RELEASES)) {
      // "الإفراج عن ثلاثة أمريكيين", "إطلاق سراح الرهائن": who is released follows the needed word
      int at = Victims.countAt(w, triggerEnd + 1);
      ActorGroup released = at > 0 ? ActorPositions.countedGroup(w, groups, at, 3)
          : ActorGroup.startingAt(groups, triggerEnd + 1);
      if (released != null) {
        // who frees them is the subject right before, of the verb the noun completes: "وأمرت محكمة تركية
        // بإطلاق سراح" (not who announces it: "أعلن ترامب الإفراج عن ثلاثة أمريكيين")
        ActorGroup freer = null;
        for (ActorGroup g : groups) {
          // (past an aside, a time or a place: "وقضت محكمة تركية، الجمعة، بإطلاق سراح", "رفضت محكمة تركية في
          // مدينة أزمير الإفراج عن")
          int next = Adjuncts.afterTimeWords(w, SubjectAsides.afterAside(w, g.last() + 1));
          if (g.last() < trigger && g.first() >= clauseStart && !attributive(g) && !behindPreposition(w, g.first())
              && (next == trigger || PlacePhrases.objectAfter(w, groups, next) == trigger)) {
            freer = g;
          }
        }
        if (freer != null && (sameParty(freer, released) || w.is(freer.first() - 1, ANNOUNCING))) {
          freer = null;
        }
        return new Arguments(freer == null ? List.of() : freer.members(), released.members(), false, 0.9);
      }
    }
    Arguments meeting = purposeMeeting(w, groups, trigger, triggerEnd, verb);
    if (meeting != null) {
      return meeting;
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
      ActorGroup done = governedObject(w, groups, trigger, governed); // "قررت واشنطن طرد دبلوماسيين روس"
      if (done != null) {
        return new Arguments(governed.members(), done.members(), false, 0.8);
      } // (else the rules below find the act's other party: "انسحاب بلاده من الاتفاق المبرم مع إيران")
    }
    ActorGroup subjectThat = verb ? SubjectAsides.behindThat(w, groups, trigger) : null;
    if (subjectThat != null) {
      // "أن السيسي، التقى رئيس الوزراء الإثيوبي", "أن السيسي، سيستقبل، الاثنين، نظيره السوداني"
      ActorGroup after = ActorGroup.startingAt(groups, Adjuncts.afterTimeWords(w, trigger + 1));
      boolean objectAfter = after != null && !attributive(after) && !sameParty(subjectThat, after);
      return new Arguments(subjectThat.members(), objectAfter ? after.members() : List.of(), false, 0.8);
    }
    // VSO subject, or the genitive of an event noun: right after the trigger, not behind a preposition
    // a verb's subject follows the verb itself, also when the verb's needed object comes later
    // ("أرسلت مصر طلبا"); an event noun's genitive follows its whole phrase ("إطلاق النار")
    ActorGroup source = null;
    ActorGroup object = null;
    double evidence = 0;
    int after = verb ? trigger : triggerEnd;
    boolean launched = false;
    // the object was told by its form (a case ending, the noun it owns), so the subject is not after the verb
    boolean objectByForm = false;
    boolean ownPronoun = false; // a visit or meeting noun whose pronoun is who visits or meets
    // (past the masdar's adjective: "قصفا مدفعيا للقوات التركية")
    int lam = trigger + 2 < w.size() && "ADJ".equals(w.token(trigger + 1).pos())
        && w.token(trigger + 1).clitics().pre().isEmpty() ? trigger + 2 : trigger + 1;
    if (verb && w.is(trigger, AGENT_AFTER_LAM) && w.hasProclitic(lam, "ل") && !w.isImperfective(trigger)
        && w.token(trigger).clitics().post().isEmpty()) {
      for (ActorGroup g : groups) {
        if (g.first() == lam && !attributive(g)) {
          // "وقصف لتحالف دعم الشرعية": a verb takes its object without ل; this is the masdar and its agent
          return new Arguments(g.members(), List.of(), false, 0.8);
        }
      }
    }
    if (!verb && w.is(trigger, AGENT_AFTER_LAM) && !w.isDefinite(trigger) && w.token(trigger).clitics().post().isEmpty()
        && w.hasProclitic(lam, "ل")) {
      ActorGroup owner = ActorGroup.startingAt(groups, lam);
      if (owner != null && !attributive(owner) && AgentPhrase.armed(owner)) {
        // "في كمين للمقاومة", "غارات لطيران التحالف على": an attack and, behind ل, the armed body whose it is
        source = owner;
        evidence = 0.8;
      }
    }
    if (!verb) {
      int launch = after + 1;
      while (launch < after + 3 && launch < w.size() && "ADJ".equals(w.token(launch).pos())) {
        launch++; // "هجوم انتحاري تبنته طالبان", "غارة جوية شنتها طائرة اميركية"
      }
      if (launch + 3 < w.size() && w.isComma(launch) && w.is(launch + 1, RELATIVES) && launched(w, launch + 2)) {
        launch++; // (past a comma: "والغارات، التي قادها التحالف الدولي")
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
    subjectBefore |= source != null; // (the attack's owner, found above)
    ActorGroup named = verb ? Agreement.subjectOfKana(w, groups, trigger) : null;
    if (named == null && verb) {
      named = subjectRightBefore(w, groups, trigger, clauseStart); // "أن السلطات التركية تحتجز جنديين"
    }
    int relative = w.is(trigger - 1, Clauses.NEGATIONS) ? trigger - 2 : trigger - 1;
    // (not a killing verb without its object right after it, a passive: "بيار الجميل، الذي اغتيل في 21
    // نوفمبر", "الاشخاص الذين اعدموا ادينوا")
    boolean passiveKilling = Victims.passiveForm(w, trigger)
        || (Victims.verbForm(w, trigger) && nothingActedOn(w, groups, trigger));
    if (named == null && verb && w.is(relative, RELATIVES) && !resumptive(w, trigger) && !passiveKilling) {
      // "مشروع إيران الذي لا يستهدف اليمن": the subject of a relative clause is its antecedent (an actor
      // right before the relative pronoun, or none); the actor after the verb is its object. With a
      // pronoun back to the antecedent ("الأمر الذي ترفضه واشنطن", "التي حكمت فيها محكمة العدل") the
      // antecedent is the object and the subject follows the verb
      subjectBefore = true;
      named = antecedent(w, groups, relative);
    }
    ActorGroup verbSubject = ActorGroup.startingAt(groups, trigger + 1);
    if (verb && acts && object == null && w.is(relative, RELATIVES) && !w.token(trigger).clitics().post().isEmpty()
        && w.token(trigger).clitics().pre().isEmpty() && verbSubject != null && !attributive(verbSubject)) {
      // "القس الأمريكي أندرو برونسون، الذي تعتقله الحكومة التركية": the verb's pronoun goes back to the
      // antecedent, what it acts on, when its subject follows it (not "ماكرون الذي رفضها": he refused it)
      object = antecedent(w, groups, relative);
    }
    // "لتخريج جيل جديد يدعم أردوغان": an imperfective right after an indefinite noun describes that noun,
    // its subject; what follows the verb is its object, and no actor before is its subject
    ActorGroup calledOn = named == null && verb && !subjectBefore ? calledPastUnknownSubject(w, groups, trigger) : null;
    boolean oneOf = named == null && verb && !subjectBefore && oneOfSubject(w, groups, trigger);
    int document = named == null && verb && !subjectBefore ? IssuedDocuments.before(w, groups, trigger) : -1;
    boolean describes = named == null && verb && !subjectBefore && (describesNounBefore(w, groups, trigger)
        || document >= 0
        || thingSubject(w, trigger) || unknownSubjectFirst(w, groups, trigger, clauseStart)
        || bareTitleSubject(w, groups, trigger) || portfolioSubject(w, groups, trigger) || oneOf || calledOn != null);
    if (describes) {
      subjectBefore = true;
    }
    ActorGroup issuer = document >= 0 ? IssuedDocuments.issuer(w, groups, document, trigger) : null;
    if (issuer != null) {
      source = issuer; // "بيان رئاسي لمجلس الأمن يدين": the council's statement condemns
      evidence = 0.8;
    }
    if (calledOn != null) {
      object = calledOn; // "ودعا العطية الولايات المتحدة إلى": who is called on, past the caller no one can code
      objectByForm = true;
    }
    if (named != null) {
      source = named; // "وكانت دمشق اتهمت إسرائيل": the subject stands between كان and the verb
      evidence = 1.0;
      subjectBefore = true;
    }
    ActorGroup maker = source == null && verb ? MessageMakers.maker(w, groups, trigger, p -> subjectGroup(w, groups, p))
        : null;
    int expressing = source == null && !verb && w.isKey(trigger - 1, ABOUT) ? expressingVerb(w, trigger - 1) : -1;
    if (expressing >= 0) {
      // the noun a verb of stance expresses is its subject's: "وأعرب الوزير عن إدانته"; in a message, the
      // maker's: "اتصالاً …، أعرب خلاله عن إدانته" (the caller's condemnation)
      ActorGroup messageMaker = MessageMakers.maker(w, groups, expressing, p -> subjectGroup(w, groups, p));
      ActorGroup expresser = messageMaker != null ? messageMaker : subjectGroup(w, groups, expressing);
      if (expresser != null) {
        source = expresser;
        evidence = 0.8;
        subjectBefore = true;
      }
    }
    ActorGroup afterIt = maker == null ? null
        : ActorGroup.startingAt(groups, AgentPhrase.pastStyles(w, groups, trigger + 2));
    afterIt = afterIt != null && attributive(afterIt) ? null : afterIt;
    if (afterIt != null && (!acts || Agreement.feminineVerb(w, trigger) && !Agreement.feminineNoun(w, maker))) {
      // "قال فيه الرئيس ماكرون إن", "في الوقت الذي قالت فيه فرنسا": the verb's own subject follows فيه (a
      // feminine verb cannot agree with a man who made the message)
      maker = null;
    }
    if (maker != null) {
      source = maker; // "تلقى … اتصالاً هاتفياً من الشيخ X … أدان فيه التفجير": the caller condemned it
      evidence = 0.8;
      subjectBefore = true;
      // "دعا فيه إسرائيل إلى"
      object = afterIt != null && !sameParty(maker, afterIt) ? afterIt : null;
    }
    ActorGroup metDuring = source == null && verb ? metDuringVisit(w, groups, trigger, relative) : null;
    if (metDuring != null) {
      // "قام الأمير بزيارة إلى الأردن التقى خلالها الملك عبدالله": the visitor met the king; the visitor is
      // the subject of the verb before, if any
      object = metDuring;
      objectByForm = true;
      subjectBefore = true;
      ActorGroup visitor = visitor(w, groups, trigger);
      if (visitor != null && visitor != metDuring) {
        source = visitor;
        evidence = 0.7;
      }
    }
    ActorGroup carrier = carrier(w, groups, trigger); // (the tagger may read "قصفها" as a verb)
    if (carrier != null) {
      source = carrier; // "جددت مقاتلات التحالف، الجمعة، قصفها لمواقع الحوثيين": whose act the pronoun is
      evidence = 0.9;
      subjectBefore = true;
    }
    if (source == null && verb && butHe(w, trigger - 1)) {
      // (the subject of the sentence's main verb, not of one inside what it says: "قال ترمب إن الصين بذلت
      // جهدا …، لكنه أوضح": Trump)
      int main = mainVerbBefore(w, groups, trigger - 1);
      ActorGroup he = main < 0 ? null : subjectGroup(w, groups, main);
      boolean she = w.bare[trigger - 1].endsWith("ها") || w.token(trigger - 1).clitics().post().contains("ها");
      if (he != null && (she ? !Agreement.cannotAgreeWithFeminine(w, he)
          : !Agreement.cannotAgreeWithMasculine(w, he, groups))) {
        source = he; // "وأشاد أوباما بالاتفاق، لكنه دعا إيران إلى": he is the subject, Iran what he called on
        evidence = 0.7;
        subjectBefore = true;
      }
    }
    // (a verb's subject may follow a time: "احتشد اليوم السبت عشرات آلاف الإسرائيليين")
    int timeWords = verb ? Adjuncts.afterTimeWords(w, after + 1) - (after + 1) : 0;
    // "إثر استهداف طائرات التحالف بعدة غارات": an attack noun's weapons, whose owner is its agent
    int weaponOwner = !verb && w.is(after + 1, WEAPON_HEADS) && !startsGroup(groups, after + 1) ? after + 2 : -1;
    // (and behind styles of address: "استقبل صاحب السمو الملكي الأمير محمد بن نايف")
    int styled = verb && w.is(after + 1, AgentPhrase.STYLES) ? AgentPhrase.pastStyles(w, groups, after + 1) : -1;
    // (and behind a spokesman's title, past his kind: "وقال المتحدث الرسمي باسم وزارة الخارجية")
    int spoken = verb ? ActorFinder.spokenFor(w, after + 1) : -1;
    // (a noun's genitive may be a person behind a bare title or styles: "زيارة الرئيس عبد الفتاح السيسي إلى
    // السعودية", "زيارة صاحب السمو الملكي الأمير محمد بن سلمان لمصر")
    int titled = verb ? -1 : titledGenitive(w, groups, after + 1);
    ActorGroup judgedWhat = ObjectFinder.judgedWhat(w, groups, trigger, triggerEnd + 1);
    // (an indefinite noun closed by its adjective takes no genitive: "أطلع أردوغان في اتصال هاتفي نظيره الإيراني"
    // briefed his counterpart, who did not call, seed 223)
    boolean closedByAdjective = !verb && !launched && triggerEnd > trigger && !w.isDefinite(trigger)
        && w.token(trigger).clitics().post().isEmpty() && "ADJ".equals(w.token(triggerEnd).pos())
        && !w.isDefinite(triggerEnd);
    for (ActorGroup g : subjectBefore ? List.<ActorGroup>of() : groups) {
      if (closedByAdjective && g.first() == triggerEnd + 1 && !g.members().get(0).attributive()
          && !w.isNisbaAdjective(g.first())) {
        continue; // (its nisba still says whose it is: "ضربة جوية أمريكية")
      }
      boolean actStruck = g.first() - 1 == trigger + 1
          && (w.is(trigger, HITTING) || w.is(trigger, CombatDeaths.KILLING));
      if (verb && !actStruck && adjectiveOfAct(w, g)) {
        // (the act itself may be the subject, whose adjective names its doer: "استهدف الهجوم الانتحاري ثكنة")
        continue; // "زار جرحى الاعتداء الإرهابي": the terrorist attack's adjective, no one who visits
      }
      boolean countedBy = verb && countedSubject(w, trigger, g);
      if (g.first() > after && (g.first() <= after + reach || afterTimes(w, after + 1 + timeWords, timeWords, g)
          || countedBy || g.first() == weaponOwner || g.first() == styled || g.first() == spoken
          || g.first() == titled && ActorFinder.isPerson(g.members().get(0)))
          && !attributive(g)
          && !behindPreposition(w, g.first()) && (countedBy || !genitiveBehindPreposition(w, g.first(), after))
          && !namesTheDeal(w, g) && noBoundary(w, after + 1, g.first())
          && !(verb && !acts && quotationOpens(w, after + 1) && g.first() > after + 1)) {
        if (verb && object == null && Agreement.feminineVerb(w, trigger)
            && Agreement.cannotAgreeWithFeminine(w, g)) {
          object = g; // "فقتلت المدرس هاني شعبان": a man's name cannot be the subject of قتلت
          continue;
        }
        // (not after a verb of saying: careless text writes "وقال صحيفة بيلد")
        if (verb && acts && object == null && g.first() == after + 1 && Agreement.masculineVerb(w, trigger)
            && Agreement.cannotAgreeWithMasculine(w, g, groups)) {
          object = g; // "فهاجم السلطة الفلسطينية قائلا": a feminine subject would read هاجمت
          objectByForm = true;
          continue;
        }
        if (verb && object == null && g.first() == after + 1 && Agreement.obliquePlural(w, g)
            && !(w.is(trigger, DEPORTS) && w.is(g.first(), EXPELLED))) {
          object = g; // "وطالب الحوثيين بالتوقف": a plural subject would read الحوثيون
          objectByForm = true;
          continue;
        }
        // (and the one an act names was acted on: "أدان الوزير اغتيال النائب العام", seed 260 had him condemning)
        int masdar = g.first() - 1;
        if (verb && acts && object == null && masdar > after && w.is(masdar, PATIENT_GENITIVE)
            && w.token(masdar).clitics().isEmpty() && !w.isDefinite(masdar)) {
          object = g;
          objectByForm = true;
          continue;
        }
        if (verb && acts && object == null && g.first() == after + 2 && w.is(after + 1, OWNED_WORDS)
            && !w.is(trigger, CALLS)
            && w.token(after + 1).clitics().pre().isEmpty() && !w.isDefinite(after + 1)) {
          object = g; // "ورفضت تصريحات ماي", "وانتقد خطة ترامب": the owner of what is rejected is the target
          objectByForm = true;
          continue;
        }
        if (object == null && (verb ? w.is(trigger, CALLS) && !Agreement.feminineVerb(w, trigger)
            : w.is(trigger, CALL_NOUNS)) && w.is(g.first(), AUTHORITIES)) {
          // "وطالب الزايدي الجهات الأمنية بالضرب", "مناشدة الجهات المعنية": the authorities are addressed
          // (they call on others with a verb that agrees: "وطالبت الجهات الأمنية المواطنين")
          object = g;
          objectByForm = true;
          continue;
        }
        if (!verb && object == null && w.hasProclitic(trigger, "ل") && w.is(trigger, CALL_NOUNS)
            && g.first() == triggerEnd + 1 && !attributive(g) && gatheredFor(w, trigger)) {
          // "خرج المتظاهرون لمطالبة الحكومة بتحسين الخدمات": a call told as a gathering's purpose addresses its
          // genitive; who calls is who gathered (not "رفضه لمطالبة شخصيات", "استجابة لمناشدة الحكومة": whose call)
          object = g;
          objectByForm = true;
          continue;
        }
        if (object == null && g == judgedWhat) {
          object = g; // "ورفض ما تطرحه الحكومة الإسرائيلية": whose proposal is rejected, not who rejects
          objectByForm = true;
          continue;
        }
        if (verb && object == null && w.is(g.first(), HOSTAGES)) {
          object = g; // "واحتجز فيها رهائن": hostages are held, they hold no one
          continue;
        }
        if (verb && acts && object == null && g.first() == trigger + 2 && w.is(trigger, HITTING)
            && w.is(trigger + 1, ATTACK_THINGS) && w.token(trigger + 1).clitics().pre().isEmpty()
            && !armed(g.members().get(0)) && w.token(trigger).clitics().post().isEmpty()
            && !bareCountry(g.members().get(0))) {
          // (a country is whose strikes they are: "واستهدفت الضربات الأمريكية", "استهدفتها صواريخ أمريكا")
          object = g; // "استهدف تفجير كنيسة مار جرجس": the blast hit the church, which did nothing
          objectByForm = true;
          continue;
        }
        if (verb && object == null && (!acts && stanceOwner(w, g, after) || masdarOwner(w, trigger, g, after))) {
          // "وأكد دعم لبنان وشعبه للمملكة", "وأشاد بنشاط بعض الملحقين التجاريين" (seed 227): the genitive of
          // the noun the verb governs is whose stance or act it names, not who speaks
          object = g;
          objectByForm = true;
          continue;
        }
        if (verb && object == null && triggerEnd > trigger && g.first() == triggerEnd && w.is(trigger, SENDING)
            && !w.isDefinite(g.last()) && !w.is(g.last() + 1, SENT_FORCES) && w.hasProclitic(trigger, "و")
            && groups.stream().anyMatch(before -> before.last() < trigger && !attributive(before))) {
          // "واستغلت دمشق هذه النقطة وأرسلت قوات": the word the verb needs is its object (an indefinite one,
          // with nothing sent after it: "أرسلت قوات التحالف تعزيزات" has its subject there), and the subject
          // before sends it (with none, "ونشرت قوات أمنية": the forces were deployed)
          object = g;
          objectByForm = true;
          continue;
        }
        if (object == null && verb && acts && g.first() - 1 > after && (w.is(g.first() - 1, OwnedSites.SITES)
            || w.is(g.first() - 1, BASES) || w.is(g.first() - 1, StruckPlaces.HOMES))
            && w.token(g.first() - 1).clitics().pre().isEmpty()) {
          object = g; // "واستهدفت الطائرات مواقع حزب العمال": the genitive of a site is its owner, what was hit
          // (and of a house: "قصفت الطائرات منزل قائد الحوثيين")
          continue;
        }
        if (object == null && verb && w.is(g.first(), COUNTERPARTS) && !w.token(g.first()).clitics().post().isEmpty()) {
          object = g; // "سيستقبل نظيره الكوري الجنوبي": "his counterpart" goes back to the subject, named before
          continue;
        }
        if (object == null && w.is(trigger, VISITS) && g.members().size() == 1
            && (g.members().get(0).isCountry() || w.startsPlace(g.first()) || namedCapital(w, g))) {
          object = g; // "وزار سوريا عدة مرات", "لزيارة الولايات المتحدة", "لزيارة عدن": the country or town visited
          continue;
        }
        if (object == null && !verb && (w.is(trigger, VISITS) || w.is(trigger, MEETINGS))
            && !w.token(trigger).clitics().post().isEmpty()) {
          // "خلال زيارته واشنطن", "بعد لقائه رئيس الوزراء الياباني": the masdar's pronoun is the visitor, what
          // follows is visited or met
          object = g;
          ownPronoun = true;
          continue;
        }
        // (and a blast's, unless an armed body: "قام تنظيم داعش بتفجير مسجد للسنة", seed 228)
        // (a mosque read as the armed body that prays there is still what is blown up: "لتفجير مسجد لقوات الطوارئ")
        boolean blownUp = !verb && w.is(trigger, BLASTS)
            && (!armed(g.members().get(0)) || w.is(g.first(), ActorFinder.WORSHIP_HEADS));
        if (!verb && !launched && (w.is(trigger, PATIENT_GENITIVE) || blownUp) && !w.isDefinite(trigger)
            && !w.is(g.first(), WEAPON_HEADS) && g.first() != weaponOwner) {
          // (the weapons of the genitive strike, they are not struck: "إثر استهداف طائرات التحالف بعدة
          // غارات معسكراً")
          int next = g.last() + 1;
          if (next + 1 < w.size() && isNoun(w, next) && w.token(next).clitics().pre().isEmpty()
              && !w.token(next).clitics().post().isEmpty() && !startsGroup(groups, next)) {
            next++; // "اعتقال شرطة بلاده لـ6 أتراك": the genitive's own genitive, a pronoun's noun
          }
          int patientCount = next;
          if (w.is(next, Victims.ABOUT) || w.is(next, Victims.MORE_OR_FEWER)) {
            // "وقتل الجنود الإسرائيليون نحو 150 فلسطينيا", "أكثر من 150" (not "مقتل عائلة من 5": of five)
            patientCount += w.is(next, Victims.MORE_OR_FEWER) && w.isKey(next + 1, "من") ? 2 : 1;
          }
          // (not a counted genitive with another count joined to it: "مقتل 10 جنود وثلاثة من العاملين" are
          // all the dead)
          boolean joinedCount = w.isCount(g.first() - 1) && w.hasProclitic(patientCount, "و");
          boolean patientsCounted = w.isCount(patientCount) && !joinedCount;
          ActorGroup patients = patientsCounted ? groupAfterCount(groups, patientCount, 2) : null;
          // (a number word with no noun after it is the genitive's own: "مقتل عسكريين تركيين اثنين")
          if (patients != null
              || patientsCounted && w.token(patientCount).kind() == org.marsad.doc.TokenKind.NUMBER) {
            // "اعتقال النظام السوري 476 شخصا": a count after the genitive counts the patients
            return new Arguments(g.members(), patients == null ? List.of() : patients.members(), false, 0.85);
          }
          // (past a day: "اتهام الحكومة البريطانية أمس أسبانيا بانتهاك سيادتها")
          int afterGenitive = Adjuncts.afterTimeWords(w, g.last() + 1);
          ActorGroup accusative = ActorGroup.startingAt(groups, afterGenitive);
          if (accusative != null && w.token(afterGenitive).clitics().pre().isEmpty() && !attributive(accusative)
              && !sameParty(g, accusative) && !w.is(trigger, VICTIM_NOUNS) && named(g)) {
            // "بعد يومين من اتهام ترامب بكين بالتدخل": a second actor right after a named genitive is the
            // masdar's object, so the genitive is its agent (not after a killing: "مقتل المواطن أحمد
            // الباخش" names the one dead twice)
            return new Arguments(g.members(), accusative.members(), false, 0.85);
          }
          ActorGroup patient = next < w.size() ? lamPhrase(groups, w, next) : null;
          if (patient == null && next + 1 < w.size() && "ل".equals(w.token(next).norm()) && detachedClitic(w, next, false)) {
            patient = groupAfterCount(groups, next, w.isCount(next + 1) ? 2 : 1); // "لـ6 أتراك", ل written apart
          }
          if (!blownUp && (patient != null || (next < w.size() && (w.hasProclitic(next, "ل") || w.isKey(next, "لما"))
              && !(w.is(trigger, VICTIM_NOUNS) && g.members().get(0).isCivilian())))) {
            // "اقتحام قوات المقاومة للمطار": with the patient behind ل, the genitive is the agent (but
            // "اعتقال شخصين للاشتباه": civilians are the ones arrested, ل gives the reason)
            return new Arguments(g.members(), patient == null ? List.of() : patient.members(), false, 0.9);
          }
          // "اغتيال الحريري", "اعتقال الناشطين": the genitive of these nouns is who suffers the act, and
          // who does it may be the subject of قام before it ("وقام بوتين بتهنئة الرئيس التركي")
          ActorGroup doer = didSubject(w, groups, trigger, clauseStart);
          ActorGroup sufferer = ActorPositions.partitive(w, groups, g);
          if (doer == null) {
            doer = AgentPhrase.further(w, groups, triggerEnd, false, sufferer, acts); // "… في كمين للمقاومة"
          }
          return new Arguments(doer == null || sameParty(doer, sufferer) ? List.of() : doer.members(),
              sufferer.members(), false, 0.9);
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
      // (not with the noun's own pronoun, its agent: "أعربت المنامة عن تأييدها للضربات الإسرائيلية")
      // (nor past the preposition of the noun's own phrase, its object: "القبض على المتهم اللبناني")
      if (!verb && attributive(g) && g.first() > triggerEnd && g.first() <= triggerEnd + 2
          && allAdjectives(w, triggerEnd + 1, g.first()) && w.token(triggerEnd).clitics().post().isEmpty()
          && !endsInPreposition(w, trigger, triggerEnd)) {
        if (w.is(trigger, VICTIM_NOUNS) && g.first() > triggerEnd + 1) {
          // (whose attack they fell in may follow: "قتل 4 حوثيين بعد هجوم للمقاومة")
          ActorGroup by = AgentPhrase.further(w, groups, triggerEnd, false, g, acts);
          return new Arguments(by == null ? List.of() : by.members(), g.members(), false, 0.85);
        }
        if (w.is(trigger, VISITS) && g.first() > triggerEnd + 1) {
          object = g; // "بزيارة العاصمة الكورية الشمالية": the nisba of the place visited
          continue;
        }
        if (w.is(trigger, BACKING) && g.first() == triggerEnd + 2 && w.is(triggerEnd + 1, CAUSES)) {
          object = g; // "وتأييد الحق الكويتي": whose right or cause is backed
          continue;
        }
        source = g;
        evidence = 0.85;
        break;
      }
    }
    if (source == null && !verb && w.is(trigger, AGENT_AFTER_LAM) && w.token(trigger).clitics().post().isEmpty()) {
      // "غارات للتحالف العربي", "قصف لقوات النظام": ل after an attack noun marks whose attack it is (but
      // with its pronoun the noun has its agent, and ل marks what was hit: "كثفت القوات قصفها لمواقع المسلحين")
      // (past when it struck: "في قصف بنهاية الأسبوع للطيران التركي")
      int from = Adjuncts.afterPeriod(w, triggerEnd + 1);
      for (ActorGroup g : groups) {
        if (g.first() > triggerEnd && g.first() <= from + 1 && w.hasProclitic(g.first(), "ل")
            && !attributive(g) && allAdjectives(w, from, g.first())) {
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
      Sides between = betweenSides(w, groups, triggerEnd, verb);
      if (!between.second().isEmpty()) {
        return new Arguments(between.first(), between.second(), false, 0.9);
      }
      if (between.first().size() == 1 && !verb && w.is(trigger, CombatDeaths.KILLING)) {
        // "سقوط قتلى وجرحى بين المدنيين": among whom the dead are, the victims
        return new Arguments(List.of(), between.first(), false, 0.75);
      }
      if (between.first().size() == 1 && !verb) {
        // "اشتباكات بين عناصر من ميليشيا حزب الله والمرشح يحيى شمص": one side is an actor, the other a
        // person the knowledge base does not know; the known side is the source (after an event noun:
        // after a verb, "يهدد الخلاف بين …", بين may belong to the subject)
        return new Arguments(between.first(), List.of(), false, 0.75);
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
    // "لم تعلن الشرطة دوافع الهجوم": an event noun that is the genitive of what is told about it (its
    // motives, details, toll) is not done by the one who tells (its own pronoun names who did it: "تفاصيل
    // لقائه مع كوشنر")
    boolean toldAbout = !verb && w.is(trigger - 1, ABOUT_HEADS) && w.token(trigger).clitics().pre().isEmpty()
        && w.token(trigger).clitics().post().isEmpty() && !w.isDefinite(trigger - 1);
    // "ولا تزال ميركل ترفض طلب وزير الداخلية", "رفض القضاء طلبا أول بإخلاء السبيل قدمه رمضان": a request
    // that is answered was made by someone other than who answers it
    int answer = !verb && w.is(trigger, REQUEST_NOUNS) ? answerBefore(w, trigger) : -1;
    boolean answered = answer >= 0;
    ActorGroup relativeUndergoer = !verb && source == null && w.is(trigger - 1, UNDERGO)
        && w.is(trigger - 2, RELATIVES) ? antecedent(w, groups, trigger - 2) : null;
    if (relativeUndergoer != null) {
      // "كوريا الشمالية التي تخضع لعقوبات من الأمم المتحدة": the antecedent undergoes the act
      ActorGroup by = undergoneFrom(w, groups, triggerEnd, relativeUndergoer, acts);
      return new Arguments(by == null ? List.of() : by.members(), relativeUndergoer.members(), false, 0.8);
    }
    // "استنكر قائد قوة أمن المنشآت … التفجير الذي وقع": who condemns an attack did not carry it out
    boolean condemned = !verb && condemnedBy(w, groups, clauseStart, trigger);
    if (source == null && !verb && w.hasProclitic(trigger, "ب") && !grieved && !describes && !toldAbout && !answered
        && !condemned) {
      // "قام الأمير محمد بن سلمان ولي ولي العهد … وزير الدفاع بزيارة": who does the act is the subject of
      // قام, not the last of the posts he holds (seed 250)
      source = didSubject(w, groups, trigger, clauseStart);
      evidence = 0.85;
    }
    ActorGroup adjective = null;
    if (!verb && source != null && source.first() == trigger + 1 && w.is(source.first(), SUICIDE)
        && trigger > 0 && w.hasProclitic(trigger - 1, "ب") && w.is(trigger - 1, CARRYING_OUT)) {
      // "قام داعشي بتنفيذ تفجير انتحاري" (seed 282): the suicide adjective names no one when قام has a subject
      ActorGroup doer = didSubject(w, groups, trigger - 1, clauseStart);
      if (doer != null) {
        adjective = source; // (nor the act's target)
        source = doer;
      }
    }
    if (!verb && source != null && source.first() > triggerEnd && adjective == null && w.hasProclitic(trigger, "ب")
        && !grieved && !describes && !toldAbout && !answered && !condemned) {
      // "يقوم تحالف عربي بقيادة السعودية بضرب أهداف الحوثيين" (seed 290): behind ب after قام, the masdar's
      // genitive is what is struck; its doer is the subject of قام
      ActorGroup doer = didSubject(w, groups, trigger, clauseStart);
      source = doer != null ? doer : source;
    }
    if (source == null && !verb && w.hasProclitic(trigger, "و") && !grieved && !describes && !toldAbout && !answered
        && !condemned) {
      // "فقام عشرات من القرويين بجر هؤلاء النسوة … وضربهن بالعصي والاعتداء عليهن": a masdar joined to the one
      // behind ب shares its doer, the subject of قام (seed 268 had the attack's own word for an unnamed attacker)
      source = joinedDidSubject(w, groups, trigger, clauseStart);
      evidence = 0.8;
    }
    if (source == null && !grieved && !describes && !toldAbout && !answered && !condemned) {
      // SVO subject or the subject of the verb an event noun is the object of: the nearest actor before
      for (int k = groups.size() - 1; k >= 0; k--) {
        ActorGroup g = groups.get(k);
        if (g.last() < trigger && g.first() >= clauseStart && !attributive(g) && !behindPreposition(w, g.first())) {
          if (g == victims || verb && w.is(g.first(), HOSTAGES)) {
            continue; // (hostages hold or threaten no one: "واحتجزت 68 رهينة … وهددت بنسف المبنى")
          }
          boolean joined = w.hasProclitic(trigger, "و") || w.hasProclitic(trigger, "ف");
          ActorGroup shared = verb && joined && verbIn(w, clauseStart, g.first()) ? previousSubject(w, groups, trigger)
              : null;
          if (shared != null) {
            // "واتهمت حماس إسرائيل وتوعدت بالانتقام": the actor after the verb before may be its object; the
            // joined verb shares that verb's subject
            source = shared;
            evidence = 0.75;
            break;
          }
          if (!verb && Victims.casualtyBetween(w, g.last(), trigger)) {
            break; // "أمريكا حزينة لمقتل فولد في الهجوم": the killing between claims the actor before it
          }
          if (!verb && w.is(trigger, VICTIM_NOUNS) && speechBetween(w, clauseStart - 1, trigger)
              || reporter(g) && speechBetween(w, clauseStart - 1, g.first())) {
            // "أفاد مسؤول أمني بمقتل 18", "الجيش أعلن مقتل": who tells of a killing did not do it; nor do
            // activists or the press of any act they tell of ("ذكر ناشطون بالمنطقة تنفيذ قصف جوي")
            break;
          }
          if (!verb && undergoes(w, g, trigger)) {
            // "واجهت الدوحة اتهامات", "يخضعان لعقوبات دولية": who faces or is subject to the act is its
            // target; who did it is told right after the act ("لعقوبات أمريكية", "لعقوبات من الأمم المتحدة")
            // or elsewhere, if at all
            ActorGroup by = undergoneFrom(w, groups, triggerEnd, g, acts);
            return new Arguments(by == null ? List.of() : by.members(), g.members(), false, 0.8);
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
    if (source != null && (launched || !verb && source.first() > triggerEnd)) {
      // "السعودية تتعرض لهجمات ينفذها الحوثيون", "تخضع إيران لعقوبات أمريكية": the agent follows, and who
      // undergoes the act stands before
      for (int k = groups.size() - 1; k >= 0 && object == null; k--) {
        ActorGroup g = groups.get(k);
        if (g.last() < trigger && g.first() >= clauseStart && undergoes(w, g, trigger) && !sameParty(source, g)) {
          object = g;
        }
      }
    }
    if (source == null && ownPronoun) {
      // "وكان لافروف، قد قال الخميس عقب لقائه نظيره الألماني": the pronoun is the subject of the verb before
      // ("وعقب لقائه المستشارة الألمانية أنغيلا ميركل قرب برلين، شدد ماكرون": or of the verb after)
      source = previousSubject(w, groups, trigger);
      source = source != null ? source : nextSubject(w, groups, object == null ? trigger : object.last());
      source = source != null && sameParty(source, object) ? null : source;
      evidence = 0.7;
    }
    if (source == null && verb && !grieved && !oneOf && (Agreement.pronounSubject(w, trigger)
        || objectByForm && (w.hasProclitic(trigger, "و") || w.hasProclitic(trigger, "ف")))) {
      // "تجاهل الجنود … هذا الشرط، وأطلقوا قذائفهم", "احتجزت المخابرات الإسرائيلية فلسطينيين … وطلبت
      // منهما": a verb joined by و or ف whose subject is its own suffix has the subject of the verb
      // before it (not the nearest actor, which is often that verb's object)
      source = Agreement.pluralSuffix(w, trigger) ? previousPluralSubject(w, groups, trigger, clauseStart)
          : previousSubject(w, groups, clauseStart);
      evidence = 0.7;
    }
    boolean joinedVerb = w.hasProclitic(trigger, "و") || trigger > 0 && w.isKey(trigger - 1, Agreement.ALSO)
        && w.token(trigger - 1).clitics().pre().isEmpty(); // (or after "كما": "كما اجتمع مع")
    if (source == null && verb && !grieved && joinedVerb && !Victims.verbForm(w, trigger)
        && trigger + 1 < w.size() && !startsGroup(groups, trigger + 1)
        && (w.hasProclitic(trigger + 1, "ب") || w.is(trigger + 1, Clauses.TARGET_PREPOSITIONS))) {
      // "ووصفه ترامب بأنه أسوأ اتفاق، وهدد بفرض عقوبات": a joined verb whose complement follows at once has
      // no subject of its own there; it is the subject of the main verb before
      int main = mainVerbBefore(w, groups, trigger);
      ActorGroup subject = main < 0 ? null : subjectGroup(w, groups, main);
      // (only a subject right after its verb, where word order is plain: "أكد الرئيس الأمريكي … أنه")
      source = subject != null && subject.first() > main && subject.first() <= main + 2 ? subject : null;
      evidence = 0.7;
    }
    ActorGroup notParty = adjective;
    List<ActorGroup> parties = notParty == null ? groups : groups.stream().filter(g -> g != notParty).toList();
    ActorGroup target = new ObjectFinder(w, parties, trigger, triggerEnd, verb, acts)
        .target(source, object, victims, subjectBefore, launched, after);
    // (the masdar "استجابة" answers for the clause's subject before it: "وتدخل التحالف استجابة لطلب الرئيس اليمني")
    ActorGroup answerer = !answered || target != null || source == null ? null
        : w.is(answer, ANSWER_NOUNS) ? actorBefore(w, groups, answer) : subjectGroup(w, groups, answer);
    if (answerer != null && !sameParty(answerer, source)) {
      target = answerer; // "وافقت اللجنة المركزية … على طلب رئيس الوزراء": he asked the committee
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
    if (verb && source != null && source.last() < trigger && target == null && charge(w, trigger + 1)) {
      // "إن الشرطيين الثلاثة أوقفوا بتهمتي تسريب صور": the charge right after the verb makes it the passive
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
    if (verb && Agreement.firstPersonImperfective(w, trigger)) {
      // "ونحن ندعم التحالف … ونحن نقدم مساعدات", "مصلحة عبده … كوننا نرفض": we or I do it, the speaker,
      // never an actor named near the verb (who, as the object's neighbour, still helped find the object);
      // the actor before a verb with an object pronoun is what the pronoun stands for ("نقف إلى جانب تركيا
      // وندعمها")
      boolean pronounObject = target == null && source != null && source.last() < trigger
          && !w.token(trigger).clitics().post().isEmpty();
      target = pronounObject ? source : target;
      source = null;
    } else if (source == null) {
      // (close after a noun: "القصف المستمر من قبل قوات التحالف"; an agent further on belongs to another word)
      source = AgentPhrase.further(w, groups, triggerEnd, verb, target, acts); // "فرضت العقوبات على إيران من قبل الأمم المتحدة"
    }
    List<ActorMention> sources = source == null ? List.of() : source.members();
    List<ActorMention> targets = target == null ? List.of() : target.members();
    if (source != null && target == null && sources.size() >= 2) {
      return new Arguments(sources, List.of(), true, evidence);
    }
    if (source != null && sources.size() == 2 && source.last() < trigger && dualVerb(w, trigger)
        && (target == null || target.first() > trigger + DUAL_OBJECT_REACH && !w.isKey(target.first() - 1, "مع"))) {
      // "أن فرنسا وروسيا توصلتا إلى اتفاق … لموسكو": the two before their dual verb agreed with each other,
      // not with someone named further on (seed 233); an act whose object follows it at once keeps it, and so
      // does one with its partner behind مع ("اللذان زارا تركيا", "بحثا في قطر أيضا مع الشيخ تميم")
      return new Arguments(sources, targets, true, evidence);
    }
    return new Arguments(sources, targets, false, source == null ? 0.7 : evidence);
  }

  /** Where a dual verb's own object stands: right after it ("زارا تركيا"). */
  private static final int DUAL_OBJECT_REACH = 1;

  /** A verb in the dual after its two subjects: "توصلتا", "اتفقا", "سيوقعان". */
  private static boolean dualVerb(SentenceWords w, int i) {
    String bare = w.bare[i];
    String lemma = w.lemma[i];
    return w.isVerb(i) && lemma.length() >= 3 && (bare.equals(lemma + "تا") || bare.equals(lemma + "ا")
        || w.isImperfective(i) && bare.endsWith("ان") && !lemma.endsWith("ان"));
  }


  /**
   * Whether the group is the genitive of a noun behind ل between the trigger and it: "قصفها لمواقع
   * المسلحين" (the militants' sites were shelled), "وقال لأعضاء البرلمان" (told to them): not the verb's
   * subject. (Behind ب it may be: "قال مسؤول بحركة الجهاد الإسلامي", an official of it.) Nor the genitive
   * of the noun that opens the verb's complement behind إلى, على or عن, nor that of a visit or a meeting
   * right after the verb.
   */
  private static boolean genitiveBehindPreposition(SentenceWords w, int i, int after) {
    int head = i - 1;
    if (head == after + 2 && w.is(after + 1, COMPLEMENT_PREPOSITIONS) && w.token(after + 1).clitics().isEmpty()
        && w.token(head).clitics().isEmpty() && isNoun(w, head) && !w.isDefinite(head)) {
      return true; // "وأشارت إلى اصطفاف الشعب السعودي خلف قيادته": the people are in what she pointed to
    }
    if (head == after + 1 && (w.is(head, VISITS) || w.is(head, MEETINGS)) && !w.isVerb(head)
        && w.token(head).clitics().isEmpty() && !w.isDefinite(head)) {
      return true; // "ورفض زيارة دمشق": the place of the visit the verb governs is not its subject
    }
    return head > after && w.hasProclitic(head, "ل") && isNoun(w, head)
        && !w.isDefinite(head) && w.token(head).clitics().post().isEmpty();
  }

  /** Whether the group is the genitive of a stance right after a verb of saying: "وأكد دعم لبنان". */
  private static boolean stanceOwner(SentenceWords w, ActorGroup g, int after) {
    return g.first() == after + 2 && w.is(after + 1, STANCES) && isNoun(w, after + 1)
        && w.token(after + 1).clitics().isEmpty() && !w.isDefinite(after + 1);
  }

  /**
   * Whether the group is the genitive of an indefinite noun behind ب right after a verb with no object suffix
   * (past a quantifier): "وأشاد بنشاط بعض الملحقين", "طالب بخروج ميليشيات حزب الله", not "وعارضته بشدة
   * الولايات المتحدة", whose subject follows the manner.
   */
  private static boolean masdarOwner(SentenceWords w, int trigger, ActorGroup g, int after) {
    // (past an honorific subject: "وأشاد معاليه بدور رجال الأمن البواسل", seed 228)
    int noun = Honorifics.isPronoun(w, after + 1) ? after + 2 : after + 1;
    // (a title is the one met, his body only its genitive: "اجتمع برئيس البنك المركزي")
    return w.hasProclitic(noun, "ب") && isNoun(w, noun) && !w.isDefinite(noun)
        && !w.is(noun, ActorFinder.PERSON_TITLES) && w.token(noun).clitics().post().isEmpty()
        && w.token(trigger).clitics().post().isEmpty()
        && (g.first() == noun + 1 || g.first() == noun + 2 && w.is(noun + 1, SOME_OF));
  }

  /** Quantifiers between a noun and its genitive: "بنشاط بعض الملحقين". */
  private static final java.util.Set<String> SOME_OF = EventKeys.setOf("بعض", "كل", "جميع", "كافة", "معظم");

  /** Nouns of meetings whose genitive may be the city they are held in: "لقاء الدوحة", "محادثات جنيف". */
  private static final java.util.Set<String> VENUE_NOUNS = EventKeys.setOf("لقاء", "اجتماع", "اجتماعات", "قمة",
      "مؤتمر", "محادثات", "مباحثات", "مفاوضات");

  /**
   * The capital named right after a meeting noun, where the meeting is held, not a party to it: "لقاء الدوحة
   * أيضاً مع معالي الوزير عادل الجبير" (seed 177: Doha was coded as the one meeting). Not a second capital
   * joined to it ("محادثات موسكو وواشنطن": the two sides).
   */
  private static ActorGroup venue(SentenceWords w, List<ActorGroup> groups, int trigger, int triggerEnd) {
    if (!w.is(trigger, VENUE_NOUNS) || !w.token(trigger).clitics().post().isEmpty()) {
      return null;
    }
    ActorGroup g = ActorGroup.startingAt(groups, triggerEnd + 1);
    if (g == null || !namedCapital(w, g) || !w.token(g.first()).clitics().pre().isEmpty()
        || w.hasProclitic(g.last() + 1, "و") && ActorGroup.startingAt(groups, g.last() + 1) != null) {
      return null;
    }
    return g;
  }

  /**
   * Whether the group is a country or capital the knowledge base names, coded as its government ("الجزائر",
   * "الرياض": DZAGOV, SAUGOV), not a person or a title's phrase ("الرئيس المصري").
   */
  private static boolean namedCapital(SentenceWords w, ActorGroup g) {
    ActorMention m = g.members().get(0);
    String country = m.actor().country();
    return w.startsName(g.first()) && !ActorFinder.isPerson(m) && country != null
        && (country + "GOV").equals(m.actor().code()) && g.first() == g.last();
  }

  /**
   * Prepositions a verb's complement opens with right after it: "أشار إلى", "أكد على", "تحدث عن", and the
   * partner's "مع" ("كما اجتمع مع رئيس المكتب السياسي لحركة حماس": Hamas met no one there).
   */
  private static final java.util.Set<String> COMPLEMENT_PREPOSITIONS = EventKeys.setOf("إلى", "الى", "على", "عن",
      "مع");

  /** Verbs of carrying on, stepping up or halting one's own act: "واصل غاراته", "كثفت قصفها". */
  private static final java.util.Set<String> CARRY_ON = EventKeys.setOf("واصل", "جدد", "كثف", "صعد", "استأنف",
      "وسع", "أوقف", "علق", "أنهى", "يواصل", "تواصل", "يجدد", "يكثف", "يصعد", "يستأنف", "يوسع", "يوقف", "يعلق");

  private static final String ABOUT = EventKeys.of("عن");

  /** How far back from its "عن" a verb of stance may stand, past its subject: "أعرب وزير الخارجية الأردني عن". */
  private static final int EXPRESSING_REACH = 8;

  /** The verb of stance whose "عن" stands at {@code about} ("أعرب الوزير عن"), or -1. */
  private static int expressingVerb(SentenceWords w, int about) {
    for (int p = about - 1; p >= 0 && p >= about - EXPRESSING_REACH; p--) {
      if (w.is(p, EXPRESSED) && !w.isDefinite(p)) { // (the tagger may read "أعرب" as a noun)
        return p;
      }
      if (Clauses.isBoundary(w, p) && !w.isComma(p) || w.isVerb(p)) {
        return -1;
      }
    }
    return -1;
  }

  /** Verbs that express a stance: "أعرب عن", "عبر عن", "أبدى". */
  private static final java.util.Set<String> EXPRESSED = EventKeys.setOf("أعرب", "اعرب", "عبر", "أبدى", "ابدى");

  /** How far before the masdar the verb of carrying on may stand (its subject and a time between). */
  private static final int CARRIER_REACH = 10;

  /**
   * The subject of a verb of carrying on whose object is the masdar with its own pronoun: "ويواصل التحالف
   * الذي تقوده السعودية غاراته الجوية", "جددت مقاتلات التحالف، الجمعة، قصفها لمواقع": the pronoun is that
   * subject, the one who acts (after the verb, or before it: "إسرائيل كثفت غاراتها"); null otherwise.
   */
  private static ActorGroup carrier(SentenceWords w, List<ActorGroup> groups, int trigger) {
    if (w.token(trigger).clitics().post().isEmpty()) {
      return null;
    }
    // (its clause may open inside the subject, at a relative pronoun: "التحالف الذي تقوده السعودية")
    for (int v = trigger - 1; v >= Math.max(0, trigger - CARRIER_REACH); v--) {
      if (Clauses.isBoundary(w, v) && !w.isComma(v) && !w.is(v, RELATIVES)) {
        return null;
      }
      if (w.isVerb(v) && !w.is(v, CARRY_ON) && !w.is(v - 1, RELATIVES)) {
        // (the masdar is another verb's object: "واصل الجيش عملياته التي أطلقها"; a relative clause in the
        // subject stays: "ويواصل التحالف الذي تقوده السعودية غاراته")
        return null;
      }
      if (!w.isVerb(v) || !w.is(v, CARRY_ON)) {
        continue;
      }
      int subject = v + 1;
      while (subject < trigger && w.is(subject, WEAPON_HEADS)) {
        subject++; // (past a head word: "مقاتلات التحالف", the coalition's jets; not "أحد محامي الرئيس")
      }
      ActorGroup after = ActorGroup.startingAt(groups, subject);
      if (after != null && after.last() < trigger && !attributive(after)) {
        return after;
      }
      ActorGroup before = ActorGroup.endingAt(groups, v - 1);
      return v + 1 == trigger && before != null && !attributive(before) ? before : null;
    }
    return null;
  }

  /** "وقعت على اتفاق الرياض", "محادثات سوتشي": a place after a deal or meeting noun names it, no party. */
  private static boolean namesTheDeal(SentenceWords w, ActorGroup g) {
    return g.members().size() == 1 && g.members().get(0).isPlace() && w.is(g.first() - 1, ObjectFinder.NAMED_BY_PLACE);
  }

  /**
   * The shapes where the trigger is a passive and its victims are the target, with no source: a count
   * right after a killing verb ("وقتل 4 جنود إثيوبيين"), an actor right after a passive ("اغتيل اللواء
   * محمد السعيد"), or the subject before a killing verb with nothing to act on ("إن 26 شخصا قتلوا في
   * الهجوم"); null otherwise.
   */
  private static Arguments passiveShapes(SentenceWords w, List<ActorGroup> groups, int trigger, boolean verb,
      int clauseStart, ActorGroup counted) {
    if (verb && counted != null && subjectRightBefore(w, groups, trigger, clauseStart) == null) {
      return new Arguments(List.of(), counted.members(), false, 0.85);
    }
    for (ActorGroup g : verb ? groups : List.<ActorGroup>of()) {
      if (Victims.killedIn(w, g, trigger) && !behindPreposition(w, g.first())) {
        return new Arguments(List.of(), g.members(), false, 0.8); // "قتل عسكريون إيرانيون في غارة"
      }
      if (Victims.civiliansKilledAlone(w, g, trigger) && subjectRightBefore(w, groups, trigger, clauseStart) == null) {
        return new Arguments(List.of(), g.members(), false, 0.8); // "إذ قتل كثيرون،"
      }
      // (not after its subject: "أن الشرطة اعتقلت يوشينوري كاوامورا")
      if (Victims.namedPassive(w, g, trigger) && !behindPreposition(w, g.first()) && !w.is(trigger - 1, RELATIVES)
          && subjectRightBefore(w, groups, trigger, clauseStart) == null
          && Agreement.subjectOfKana(w, groups, trigger) == null) {
        return new Arguments(List.of(), g.members(), false, 0.8); // "واعتقل يوسيل (44 عاما) في إسطنبول"
      }
    }
    boolean passiveForm = (verb || Victims.verbForm(w, trigger)) && Victims.passiveForm(w, trigger);
    ActorGroup shooter = passiveForm ? Victims.shooter(w, groups, trigger) : null; // "قتل العشرات منهم بنيران المقاومة"
    List<ActorMention> by = shooter == null ? List.of() : shooter.members();
    if (passiveForm) {
      for (ActorGroup g : groups) {
        // (not the owner of a ب-phrase: "استشهدوا برصاص القوات الإسرائيلية" names the shooter)
        if (g.first() > trigger && g.first() <= trigger + 3 && !behindPreposition(w, g.first())
            && !(g.first() - 1 > trigger && w.hasProclitic(g.first() - 1, "ب"))) {
          return new Arguments(by, g.members(), false, 0.85); // "اغتيل اللواء محمد السعيد"
        }
      }
    }
    // (the tagger reads some such verbs as nouns: "أن صحفيا قتل بالرصاص"; then the victims must stand
    // right before it, as a noun "قتل" would not follow its subject)
    var form = w.token(trigger).clitics();
    boolean killingForm = verb || (Victims.verbForm(w, trigger) && !w.isDefinite(trigger) && form.pre().isEmpty()
        && form.post().isEmpty()); // not "وقتل فيها 20" (a new clause), nor the masdar "بقتله"
    if (killingForm && Victims.passiveKilling(w, trigger)
        && (Agreement.subjectOfKana(w, groups, trigger) == null || Victims.alwaysPassive(w, trigger))) {
      // (not "وكانت القوات الأمريكية قد اعتقلتها في …": كان has named the subject; but "وكان الجنود
      // استشهدوا" names the dead)
      // "إن 26 شخصا قتلوا في الهجوم", "الجنود السودانيين قتلوا في كمين": with nothing to act on, the
      // killing verb is the passive, and the subject before it names the victims
      for (int k = groups.size() - 1; k >= 0; k--) {
        ActorGroup g = groups.get(k);
        if (g.last() < trigger && g.first() >= clauseStart && !behindPreposition(w, g.first())
            && (verb || g.last() == trigger - 1)) {
          return new Arguments(by, g.members(), false, 0.8); // (and "قُتل برصاص الجيش": by its shooter)
        }
      }
    }
    return shooter == null ? null : new Arguments(by, List.of(), false, 0.8);
  }

  /**
   * "وصل بومبيو إلى الرياض، الثلاثاء، للقاء ولي العهد": the genitive of a meeting noun of purpose behind ل
   * is the one met, and who goes to meet is the subject of the verb it completes; null otherwise.
   */
  private static Arguments purposeMeeting(SentenceWords w, List<ActorGroup> groups, int trigger, int triggerEnd,
      boolean verb) {
    if (!verb && w.is(trigger, PURPOSE_MEETINGS) && (w.hasProclitic(trigger, "ل") || pledgedMeeting(w, trigger))) {
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
        return new Arguments(goer.members(), met.members(), false, 0.8);
      }
    }
    return null;
  }

  /**
   * What a masdar governed by another act's word acts on ("قررت واشنطن طرد دبلوماسيين روس"): the actor
   * right after the masdar (past a count), else the owner of the noun after it ("أعلنت موسكو رفض تصريحات
   * ماي"); null otherwise.
   */
  private static ActorGroup governedObject(SentenceWords w, List<ActorGroup> groups, int trigger, ActorGroup governed) {
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
    return done;
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

  /**
   * Whether the event noun at i is the object of a verb of condemning, the last verb of its clause before it,
   * with no party but its subject between ("استنكرت الإمارات قيام السلطات الصومالية باحتجاز طائرة": the
   * authorities did it).
   */
  private static boolean condemnedBy(SentenceWords w, List<ActorGroup> groups, int clauseStart, int i) {
    for (int k = i - 1; k >= clauseStart && k >= 0; k--) {
      if (w.is(k, ObjectFinder.CONDEMNING)) {
        final int verb = k;
        return w.isVerb(k) && groups.stream().filter(g -> g.first() > verb && g.last() < i).count() <= 1;
      }
      final int at = k;
      if (w.isVerb(k) && groups.stream().noneMatch(g -> g.first() <= at && at <= g.last())) {
        return false; // (a name's word the tagger reads as a verb is no verb: "عبدالله بن سعد")
      }
    }
    return false;
  }

  /** Attacks and weapons that stand as the subject of a verb of hitting: "الهجوم استهدف مدنيين". */
  private static final java.util.Set<String> ATTACK_THINGS = EventKeys.setOf("هجوم", "الهجوم", "هجمات", "الهجمات",
      "غارة", "الغارة", "غارات", "الغارات", "تفجير", "التفجير", "انفجار", "الانفجار", "قصف", "القصف", "ضربة",
      "الضربة", "ضربات", "الضربات", "صاروخ", "الصاروخ", "صواريخ", "الصواريخ", "قذيفة", "القذيفة", "قذائف",
      "القذائف", "هاون", "الهاون", "عبوة", "العبوة", "اعتداء", "الاعتداء", "اعتداءات", "الاعتداءات", "تفجيرات",
      "التفجيرات", "قنبلة", "القنبلة", "قنابل", "القنابل");
  private static final java.util.Set<String> HITTING = EventKeys.setOf("استهدف", "استهدفت", "يستهدف", "تستهدف",
      "أصاب", "أصابت", "اصاب", "اصابت", "طال", "طالت", "ضرب", "ضربت");

  /**
   * Whether a verb of hitting has an attack or a weapon right before it as its subject ("الهجوم استهدف
   * مدنيين", "28 صاروخا وقذيفة هاون استهدفت إسرائيل"): the actor after it is then its object.
   */
  private static boolean thingSubject(SentenceWords w, int verb) {
    // (past the attack's adjective: "سلسلة اعتداءات انتحارية استهدفت ثلاث كنائس")
    // (and before "قد": "وكانت قنبلة قد استهدفت رئيس الوزراء الأثيوبي")
    int before = w.isKey(verb - 1, "قد") ? verb - 2 : verb - 1;
    int thing = before > 0 && "ADJ".equals(w.token(before).pos()) ? before - 1 : before;
    return w.is(verb, HITTING) && w.token(verb).clitics().pre().isEmpty() && w.is(thing, ATTACK_THINGS);
  }

  /**
   * Whether the verb's clause opens with a definite noun that is no actor, its subject ("الصحف تدعو السلطات
   * الفرنسية"): the actor after the verb is then its object. Not a day or a time ("الخميس أعلنت الحكومة").
   */
  private static boolean unknownSubjectFirst(SentenceWords w, List<ActorGroup> groups, int verb, int clauseStart) {
    int noun = verb - 1;
    // (right after "أن" a word is its noun, whatever the tagger calls it: "أن الملحقية تدعم الطلبة")
    boolean afterThat = noun > 0 && w.isKey(noun - 1, "ان");
    return (noun == clauseStart || afterThat) && noun >= 0 && w.token(verb).clitics().pre().isEmpty()
        && ("NOUN".equals(w.token(noun).pos()) || afterThat && "ADJ".equals(w.token(noun).pos()))
        && w.isDefinite(noun) && w.token(noun).clitics().pre().isEmpty()
        && !w.is(noun, TIME_WORDS) && !w.is(noun, DAY_NAMES) && !w.is(noun, Clauses.DAYS) && !inGroup(groups, noun);
  }

  /**
   * Hostages and mosques, whom a verb's subject never names: they are held or struck ("واحتجز فيها رهائن",
   * "اقتحمت المسجد"), they hold or strike no one (a church, unlike a mosque, also speaks as a body).
   */
  private static final java.util.Set<String> HOSTAGES = EventKeys.setOf("رهينة", "رهائن", "رهينتين", "رهينتان",
      "مسجد", "المسجد", "مسجدا", "مساجد", "المساجد", "معبد", "المعبد", "كنيس");

  /** Titles that, bare and definite, go back to someone named before: "الوزير", "الرئيس", "المتحدث". */
  private static final java.util.Set<String> BARE_TITLES = EventKeys.setOf("وزير", "وزيرة", "رئيس", "رئيسة",
      "ملك", "أمير", "سفير", "سفيرة", "محافظ", "مسؤول", "مسؤولة", "متحدث", "متحدثة", "زعيم", "قائد", "نائب",
      "نائبة", "مدير", "مديرة", "مستشار", "مستشارة");

  /**
   * Whether the verb's subject is a bare title right after it that names no actor: someone named before
   * ("ورفض الوزير اتهامات واشنطن"). The actor after it is then the verb's object, not its subject.
   */
  private static boolean bareTitleSubject(SentenceWords w, List<ActorGroup> groups, int verb) {
    int title = verb + 1;
    return title + 1 < w.size() && w.is(title, BARE_TITLES) && w.isDefinite(title)
        && w.token(title).clitics().pre().isEmpty()
        && w.token(title).clitics().post().isEmpty() && !inGroup(groups, title) && !titledName(w, groups, title + 1)
        // (the title's own phrase goes on: "المتحدث باسم البيت الأبيض", "المسؤول الأمني")
        && w.token(title + 1).isWord() && w.token(title + 1).clitics().pre().isEmpty()
        && !w.is(title + 1, Accusations.NAME_WORDS) && !"ADJ".equals(w.token(title + 1).pos())
        && !w.is(title + 1, PlaceCountry.KIND_ADJECTIVES) // ("المتحدث العسكري للقوات المسلحة المصرية")
        && (startsGroup(groups, title + 1) || !w.isDefinite(title + 1) && "NOUN".equals(w.token(title + 1).pos()));
  }

  /**
   * Whether the verb's subject is "one of" things no actor names, right after it: "ورفضت إحدى الأجهزة
   * العاملة في المطار دخولهن" (seed 242 had the official of the clause before refusing). No one named is
   * then its subject, and the actor after it its object (but "أحد المصادر العسكرية" names the military).
   */
  private static boolean oneOfSubject(SentenceWords w, List<ActorGroup> groups, int verb) {
    int one = verb + 1;
    return one + 1 < w.size() && w.is(one, ActorFinder.ONE_OF) && w.token(one).clitics().isEmpty()
        && !w.isDefinite(one) && w.isDefinite(one + 1) && "NOUN".equals(w.token(one + 1).pos())
        && !inGroup(groups, one) && !inGroup(groups, one + 1) && !inGroup(groups, one + 2);
  }

  /** Verbs of receiving and meeting, whose subject and object are both persons or bodies. */
  private static final java.util.Set<String> HOSTING = EventKeys.setOf("استقبل", "التقى", "زار");

  /**
   * Whether the verb's subject is a post and its portfolio that name no actor, right after it, with an actor
   * after them: "استقبل وزير الداخلية سفير باكستان" (seed 245 had the ambassador receiving). That actor is
   * the verb's object.
   */
  private static boolean portfolioSubject(SentenceWords w, List<ActorGroup> groups, int verb) {
    int title = verb + 1;
    ActorGroup object = ActorGroup.startingAt(groups, title + 2);
    return object != null && w.is(verb, HOSTING) && object.members().stream().noneMatch(ActorFinder::isNamedPerson)
        && w.is(title, ActorFinder.PERSON_TITLES) && !w.isDefinite(title) && w.token(title).clitics().isEmpty()
        && w.isDefinite(title + 1) && w.token(title + 1).clitics().isEmpty()
        && !inGroup(groups, title) && !inGroup(groups, title + 1)
        // (a post of its own: not the holder's name, "قال مدير المرصد رامي عبد الرحمن")
        && w.token(title + 2).clitics().pre().isEmpty() && w.is(title + 2, ActorFinder.PERSON_TITLES);
  }

  /** Calls with و, which the segmenter leaves on some: "ودعا" (read as a noun of ودع). */
  private static final java.util.Set<String> CALLS_WITH_AND = EventKeys.setOf("ودعا", "وطالب", "وحث", "وناشد");

  /** Quantifiers before the ones called: "كافة المواطنين". */
  private static final java.util.Set<String> ALL_OF = EventKeys.setOf("كافة", "كل", "جميع");

  /**
   * The actor called on past a call's subject right after it that names no actor: the subject is a definite
   * word, and the actor behind it is called on to something (behind إلى, or ب with a masdar): "ودعا العطية
   * الولايات المتحدة إلى بذل جهد"
   * (the Qatari minister, whom the coder does not know by his family name alone, called on the United States;
   * seed 166 had the United States calling). Definite, so no construct: "ودعا زعيم حزب الله" is the leader's call.
   * Or indefinite, when the nominative plural shows it is the subject: "طالب خبراء عقاريون وزارة الإسكان
   * بالتحرك", "طالب مختصون وزارة العمل بـ" (seed 195 had the ministry demanding).
   */
  private static ActorGroup calledPastUnknownSubject(SentenceWords w, List<ActorGroup> groups, int verb) {
    int subject = verb + 1;
    int calledAt = subject + 1;
    if (subject + 2 < w.size() && !w.token(subject).text().startsWith("ال")) {
      // its adjective in the nominative plural, or its own ending ("خبراء عقاريون", "مختصون")
      boolean adjective = "ADJ".equals(w.token(subject + 1).pos()) && nominativePlural(w, subject + 1);
      // (the tagger calls many such plurals adjectives: "خبراء", "مختصون")
      String pos = w.token(subject).pos();
      if (!adjective && !nominativePlural(w, subject) || !"NOUN".equals(pos) && !"ADJ".equals(pos)) {
        return null;
      }
      calledAt += adjective ? 1 : 0;
    }
    // (definite as written: "آلاف" is no article)
    if (!w.is(verb, CALLS) && !w.is(verb, CALLS_WITH_AND) || subject + 1 >= w.size() || !w.token(subject).isWord()
        || !w.token(subject).clitics().isEmpty() || inGroup(groups, subject) || w.is(subject, TIME_WORDS)
        || w.is(subject, DAY_NAMES) || w.is(subject, Clauses.DAYS) || w.is(subject, ADVERBS)
        || w.is(subject, BARE_TITLES) || w.is(subject, ActorFinder.HONORIFICS)
        || w.is(subject, ActorFinder.PERSON_TITLES)) {
      return null; // (a family name may be a nisba the tagger calls an adjective: "وطالب العربي تركيا")
    }
    // (past "كافة", "جميع": "ودعا العاصمي كافة المواطنين والمقيمين إلى توخي")
    ActorGroup called = ActorGroup.startingAt(groups, w.is(calledAt, ALL_OF) ? calledAt + 1 : calledAt);
    // (not the word's own nisbas: "دعا الطرفين الأمريكي والكوري الشمالي إلى")
    if (called == null || called.members().get(0).attributive() || w.isNisbaAdjective(called.first())) {
      return null;
    }
    int then = called.last() + 1; // (called to do it behind إلى, or behind ب: "طالب … تركيا باحترام سيادة العراق")
    then += w.hasProclitic(then, "و") && w.is(then + 1, ObjectFinder.TO) ? 1 : 0; // ("المواطنين والمقيمين إلى")
    // (a nominative plural subject is sure enough for any ب: "بالتحرك"; ل with its masdar as ب: "ناشد الوزراء
    // جميع الليبيين للعمل نحو تحقيق حكومة موحدة", seed 221)
    boolean masdarAfterLam = w.hasProclitic(then, "ل") && "NOUN".equals(w.token(then).pos());
    boolean calledTo = w.is(then, ObjectFinder.TO) || (w.hasProclitic(then, "ب") || masdarAfterLam)
        && (!w.isDefinite(then)
        || calledAt > subject + 1 || !w.token(subject).text().startsWith("ال"));
    return calledTo ? called : null;
  }

  /** Whether word i, indefinite and bare, ends as a sound masculine plural in the nominative ("مختصون"). */
  private static boolean nominativePlural(SentenceWords w, int i) {
    String t = w.token(i).text();
    return t.length() >= 5 && t.endsWith("ون") && w.token(i).clitics().isEmpty();
  }

  /** Whether a person's name begins at i, whom the title before it names ("الرئيس ترامب"). */
  private static boolean titledName(SentenceWords w, List<ActorGroup> groups, int i) {
    ActorGroup g = ActorGroup.startingAt(groups, i);
    if (g == null) {
      return false;
    }
    Event.Actor first = g.members().get(0).actor();
    String id = first.id();
    if (id == null && first.code() != null && w.isDefinite(i)) {
      return false; // a body named by its role, the title's object: "وطالب الوزير الجهات المعنية بالتدخل"
    }
    return id == null || id.startsWith("person:") || id.startsWith("cameo:");
  }

  /** Verbs of managing, failing and trying, by the word before the masdar they govern. */
  // (with the written imperfectives, whose lemma the tagger may miss: "ستنجح" is read as أنجح)
  private static final java.util.Set<String> MANAGED_FROM = EventKeys.setOf("تمكن", "يتمكن", "تتمكن");
  private static final java.util.Set<String> MANAGED_IN = EventKeys.setOf("نجح", "ينجح", "تنجح", "فشل", "يفشل",
      "تفشل", "أخفق", "شرع");
  private static final java.util.Set<String> SOUGHT = EventKeys.setOf("سعى", "يسعى", "تسعى", "عمد", "لجأ");
  private static final java.util.Set<String> TRIED = EventKeys.setOf("حاول", "يحاول", "تحاول", "استطاع", "يستطيع",
      "تستطيع", "واصل", "يواصل", "تواصل");

  static final String DID = EventKeys.of("قام");
  /** How many words not in an actor's name may stand between "قام" and its masdar. */
  private static final int DID_REACH = 8;
  private static final String VENTURED = EventKeys.of("أقدم");

  /**
   * The subject of "قام" when the masdar at {@code trigger} is its complement behind ب ("قام مسلحون
   * بخطف", "وقام بوتين بتهنئة"), or of "أقدم" with the masdar behind على ("أقدمت بوكو حرام على خطف"):
   * the actor between them, or right before the verb ("وكانت بوكو حرام أقدمت على خطف"); and of a verb of
   * managing or trying whose masdar follows it, behind the preposition it takes ("تمكن من", "نجح في",
   * "سعى إلى") or none ("حاول"); null otherwise.
   */
  private static ActorGroup didSubject(SentenceWords w, List<ActorGroup> groups, int trigger, int clauseStart) {
    boolean behindBa = w.hasProclitic(trigger, "ب");
    boolean behindAla = Clauses.behindOn(w, trigger);
    // (and of a verb of managing or trying: "وتمكنت الشرطة الصينية من اعتقال المشتبه به", "تحاول السلطات
    // الألمانية منذ 2006 ترحيل الرجل", "نجحت القوات في تحرير الرهائن")
    java.util.Set<String> tried = !w.token(trigger).clitics().pre().isEmpty() ? null
        : trigger > 0 && w.isKey(trigger - 1, "من") ? MANAGED_FROM
        : trigger > 0 && w.isKey(trigger - 1, Adjuncts.IN) ? MANAGED_IN
        : trigger > 0 && w.is(trigger - 1, ObjectFinder.TO) ? SOUGHT
        : TRIED;
    if (!behindBa && !behindAla && tried == null) {
      return null;
    }
    // "قام معالي وزير الإسكان ماجد الحقيل أخيرا، يرافقه …، ووكيل الوزارة محمد الزميع بزيارة": past the
    // companions after a comma, the subject of قام before them (seed 270 had the last companion)
    int aside = companionsAside(w, groups, trigger);
    int from = aside >= 0 ? aside : trigger;
    clauseStart = aside >= 0 ? Clauses.clauseStart(w, aside - 1) : clauseStart;
    // (the words of actors, titles and styles between do not count: "قام صاحب السمو الملكي الأمير محمد بن سلمان
    // ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع بزيارة", seed 250)
    int words = 0;
    for (int j = from - 1; j >= clauseStart && words < DID_REACH; j--) {
      boolean named = ActorGroup.inside(groups, j) || w.is(j, AgentPhrase.STYLES) || w.is(j, ActorFinder.PERSON_TITLES);
      words += named ? 0 : 1;
      if (behindBa && w.isKey(j, DID) || behindAla && w.isKey(j, VENTURED)
          || tried != null && w.isVerb(j) && w.is(j, tried)) {
        for (ActorGroup g : groups) {
          if (g.first() > j && g.last() < trigger && !attributive(g) && !behindPreposition(w, g.first())) {
            return g;
          }
        }
        ActorGroup before = ActorGroup.endingAt(groups, j - 1); // (or the subject before the verb)
        return before != null && !attributive(before) && !behindPreposition(w, before.first()) ? before : null;
      }
    }
    return null;
  }

  /** A suicide attack's adjective, which the agent lexicon also reads as the bomber. */
  private static final java.util.Set<String> SUICIDE = EventKeys.setOf("انتحاري", "انتحارية");
  /** Masdars of carrying an act out, behind ب after قام: "قام داعشي بتنفيذ تفجير". */
  private static final java.util.Set<String> CARRYING_OUT = EventKeys.setOf("تنفيذ", "شن");

  /** Companions told between commas after the subject: "، يرافقه", "، ويرافقه", "، برفقة". */
  private static final java.util.Set<String> ACCOMPANIED = EventKeys.setOf("يرافقه", "يرافقها", "يرافقهم",
      "ويرافقه", "برفقة", "وبرفقته", "يرافق", "ويرافق");

  /** How far before the act its doer's companions may begin. */
  private static final int ASIDE_REACH = 25;

  /**
   * The comma that opens the companions of the act's doer ("، يرافقه", "، برفقة", or a party joined by و:
   * "المهندس سامي النحيط، ووفد من وزارة الزراعة بزيارة", seed 282) before it, or -1.
   */
  private static int companionsAside(SentenceWords w, List<ActorGroup> groups, int trigger) {
    boolean verbBetween = false; // (then a party joined by و has a clause of its own: "، والجيش يواصل …")
    for (int k = trigger - 1; k >= 1 && k >= trigger - ASIDE_REACH && !Clauses.isFullStop(w, k); k--) {
      // ("ووفد", a delegation, which the tagger may read as the verb "وفد")
      boolean joined = !verbBetween && w.hasProclitic(k, "و")
          && (ActorGroup.startingAt(groups, k) != null || w.is(k, ActorPositions.PARTS_OF));
      if ((w.is(k, ACCOMPANIED) || joined) && w.isComma(k - 1)) {
        return k - 1;
      }
      verbBetween |= w.isVerb(k);
    }
    return -1;
  }

  /** Feminine nouns of a band of people, which count the doers after a feminine verb: "مجموعة من". */
  private static final java.util.Set<String> BANDS = EventKeys.setOf("مجموعة", "جماعة", "عصابة");

  /** How far before a joined masdar the masdar behind ب whose doer it shares may stand. */
  private static final int JOINED_MASDAR_REACH = 10;

  /** The subject of قام before a masdar behind ب that the masdar at {@code trigger}, joined by و, goes on from. */
  private static ActorGroup joinedDidSubject(SentenceWords w, List<ActorGroup> groups, int trigger, int clauseStart) {
    for (int j = trigger - 1; j >= clauseStart && j >= trigger - JOINED_MASDAR_REACH; j--) {
      if (ActorGroup.inside(groups, j) || !w.hasProclitic(j, "ب") || w.isVerb(j)) {
        continue;
      }
      ActorGroup doer = didSubject(w, groups, j, clauseStart);
      if (doer != null) {
        return doer;
      }
    }
    return null;
  }

  /** Verbs of telling: their subject announces an act, it does not do it ("أعلن ترامب الإفراج عن"). */
  private static final java.util.Set<String> ANNOUNCING = EventKeys.setOf("أعلن", "أعلنت", "اعلن", "اعلنت", "أكد",
      "أكدت", "قال", "قالت", "ذكر", "ذكرت", "أفاد", "أفادت", "كشف", "كشفت");

  /** Verbs of pledging and agreeing whose complement behind ب or على may be a meeting: "تعهد بلقاء". */
  private static final java.util.Set<String> PLEDGES = EventKeys.setOf("تعهد", "تعهدت", "يتعهد", "تتعهد", "وعد",
      "وعدت", "وافق", "وافقت", "يوافق", "توافق");
  private static final int PLEDGE_REACH = 8;

  /**
   * Whether the meeting noun completes a verb of pledging or agreeing, behind ب or على, with only its
   * subject between them ("وتعهد الزعيم الكوري الشمالي كيم جونغ أون بلقاء رئيس كوريا الجنوبية", "ووافق
   * بوتين على لقاء ترامب"): like a purpose behind ل, its genitive is the one met (not the one who meets).
   */
  private static boolean pledgedMeeting(SentenceWords w, int trigger) {
    boolean behindAla = Clauses.behindOn(w, trigger);
    if (!w.hasProclitic(trigger, "ب") && !behindAla || w.is(trigger, VISITS)) {
      return false; // (a visit's genitive is the visitor: "رحب بزيارة الرئيس الروسي")
    }
    int clauseStart = Clauses.clauseStart(w, trigger);
    for (int i = trigger - 1; i >= Math.max(clauseStart, trigger - PLEDGE_REACH); i--) {
      if (w.is(i, PLEDGES)) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of asking: a request, a call, a demand, an appeal. */
  private static final java.util.Set<String> REQUEST_NOUNS = EventKeys.setOf("طلب", "طلبا", "طلبات", "دعوة", "دعوات",
      "مطالب", "مطالبات", "مناشدة", "نداء", "نداءات");
  /** Verbs of answering a request (and the masdar "رفض"): who answers did not ask. */
  private static final java.util.Set<String> ANSWERS = EventKeys.setOf("رفض", "قبل", "وافق", "استجاب", "لبى",
      "تجاهل", "ردت", "رد");

  /**
   * How far before the request its answer may stand: "وافقت اللجنة المركزية لحزب سيريزا الحاكم في اليونان مساء
   * الخميس على طلب" (seed 246).
   */
  private static final int ANSWER_REACH = 12;

  /**
   * Where a verb of answering (or "رفض") stands a few words before the request noun at i, past the commas
   * of a place or a day ("رفضت محكمة الاستئناف في باريس، الأربعاء، طلبا ثانيا"), or -1.
   */
  private static int answerBefore(SentenceWords w, int i) {
    if (i > 0 && w.is(i - 1, ANSWER_NOUNS) && w.hasProclitic(i, "ل")) {
      return i - 1; // "استجابة لمناشدة الحكومة الشرعية", "تلبية لطلب" (seed 250)
    }
    for (int k = i - 1; k >= Math.max(0, i - ANSWER_REACH) && (w.isComma(k) || !Clauses.isBoundary(w, k)); k--) {
      if (w.is(k, ANSWERS) && (w.isVerb(k) || w.is(k, REJECTION))) {
        return k;
      }
    }
    return -1;
  }

  private static final java.util.Set<String> REJECTION = EventKeys.setOf("رفض");
  /** Masdars of answering, with the request behind ل: "استجابة لطلب", "تلبية لمناشدة". */
  private static final java.util.Set<String> ANSWER_NOUNS = EventKeys.setOf("استجابة", "تلبية");

  /** The nearest actor before word i in its clause, not an attribute nor behind a preposition, or null. */
  private static ActorGroup actorBefore(SentenceWords w, List<ActorGroup> groups, int i) {
    int clauseStart = Clauses.clauseStart(w, i);
    for (int k = groups.size() - 1; k >= 0; k--) {
      ActorGroup g = groups.get(k);
      if (g.last() < i && g.first() >= clauseStart && !attributive(g) && !behindPreposition(w, g.first())) {
        return g;
      }
    }
    return null;
  }

  /** Nouns of what is told about an event, whose genitive it is: "دوافع الهجوم", "تفاصيل الاتفاق". */
  private static final java.util.Set<String> ABOUT_HEADS = EventKeys.setOf("دوافع", "أسباب", "اسباب", "تفاصيل",
      "ملابسات", "ذكرى", "خلفية", "حصيلة", "توقيت", "نتائج",
      // where it happened, or the incident it was: "وقف الأمير على موقع التفجير", "بعد حادثة التفجير"
      "موقع", "مكان", "حادثة", "حادث");

  /** Nouns of meeting that, as a purpose after ل, take the one met as their genitive: "للقاء ولي العهد". */
  private static final java.util.Set<String> PURPOSE_MEETINGS = EventKeys.setOf("لقاء", "مقابلة", "استقبال", "زيارة");

  /** Whether the actor is a bare country or nisba, no body or role of it ("القطريين", not "الجيش القطري"). */
  private static boolean nationality(ActorMention m) {
    String country = m.actor().country();
    return country != null && country.equals(m.actor().code());
  }

  /**
   * Where a person's name starts after the bare title (and any styles) that opens at i, with nothing else
   * between, or -1: "الرئيس عبد الفتاح السيسي", "صاحب السمو الملكي الأمير محمد بن سلمان".
   */
  private static int titledGenitive(SentenceWords w, List<ActorGroup> groups, int i) {
    if (i >= w.size() || !w.token(i).clitics().pre().isEmpty()) {
      return -1; // (behind ل it is whom the noun is for: "برقية تعزية لفخامة الرئيس")
    }
    int at = w.is(i, AgentPhrase.STYLES) ? AgentPhrase.pastStyles(w, groups, i) : i;
    if (at > i && startsGroup(groups, at)) {
      return at; // (past the styles and their title)
    }
    if (at >= w.size() || startsGroup(groups, at) || !w.is(at, ActorFinder.PERSON_TITLES)
        || !w.token(at).clitics().pre().isEmpty()) {
      return -1;
    }
    if (!w.isDefinite(at)) {
      // (a title and its portfolio: "على طلب رئيس الوزراء الكسيس تسيبراس عقد مؤتمر", seed 246)
      boolean portfolio = at + 2 < w.size() && w.isDefinite(at + 1) && w.token(at + 1).clitics().isEmpty()
          && !startsGroup(groups, at + 1);
      return portfolio ? at + 2 : -1;
    }
    return at + 1;
  }

  /** "لكن" with the pronoun of the subject before: "لكنه", "لكنها", "ولكنهم". */
  private static final String BUT = EventKeys.of("لكن");
  private static final java.util.Set<String> BUT_HE = EventKeys.setOf("لكنه", "لكنها", "لكنهم");

  /** Whether word i is "لكن" carrying a third-person pronoun, the subject of the verb right after it. */
  private static boolean butHe(SentenceWords w, int i) {
    if (i < 0) {
      return false;
    }
    List<String> post = w.token(i).clitics().post();
    return w.is(i, BUT_HE) || w.isKey(i, BUT) && post.size() == 1 && post.get(0).startsWith("ه");
  }

  /** Counts in the accusative, objects and never a passive's subject: "عددا من". */
  private static final java.util.Set<String> ACCUSATIVE_COUNTS = EventKeys.setOf("عددا");


  /** "نظيره", "نظيرها", "نظراؤه": the subject's counterpart, always another party than the subject. */
  static final java.util.Set<String> COUNTERPARTS = EventKeys.setOf("نظير", "نظيرة", "نظراء");

  /** The subject of the last verb before {@code before}, found by the same rules, or null. */
  private ActorGroup previousSubject(SentenceWords w, List<ActorGroup> groups, int before) {
    int p = verbBefore(w, groups, before);
    if (p < 0) {
      return null;
    }
    ActorGroup governed = GovernedActs.doer(w, groups, p); // "أعلنت كندا طرد": the announcer's
    return governed != null ? governed : subjectGroup(w, groups, p);
  }

  /**
   * Whether no count and no actor follows the verb, past a time ("قتلت في الأسبوع الماضي عشرات الفلسطينيين"
   * has its victims there).
   */
  private static boolean nothingActedOn(SentenceWords w, List<ActorGroup> groups, int verb) {
    int next = w.afterTimeExpression(verb + 1);
    return !w.isCount(next) && !startsGroup(groups, next);
  }

  /** How many words a quoted name may run: "أعلن "تحالف دعم الشرعية في اليمن"، الذي تقوده السعودية". */
  private static final int QUOTED_NAME_WORDS = 8;

  /**
   * Whether a quotation opens at i and runs on: "وقال "حرية الصحافة لا تقدر بثمن، فمن دونها …"" has its
   * speaker in the verb, not in the quotation. Not a quoted name, which closes within a few words and goes on
   * ("وقالت "حماس" إن", "أعلن "تحالف دعم الشرعية في اليمن"، الذي"); a short quotation that ends the sentence
   * is what was said ("وقال "نحن مستعدون"."). (Whether a verb stands inside tells neither: "دعم" reads as one.)
   */
  private static boolean quotationOpens(SentenceWords w, int i) {
    if (i >= w.size() || !ActorPositions.QUOTES.contains(w.token(i).text())) {
      return false;
    }
    int close = EventStage.closingQuote(w, i, QUOTED_NAME_WORDS);
    return close < 0 || close + 1 >= w.size() || SENTENCE_ENDS.contains(w.token(close + 1).text());
  }

  private static final java.util.Set<String> SENTENCE_ENDS = java.util.Set.of(".", "!", "؟", "?", "..", "...");

  /** How far back the plural verb whose subject a joined plural verb shares may stand. */
  private static final int PLURAL_REACH = 25;

  /**
   * The subject of a joined plural verb: that of the nearest plural verb before it ("إن جنودا رصدوا
   * فلسطينيين يحاولان التسلل …، فأطلقوا النار": the soldiers, not the two the dual verb between describes),
   * or of the verb right before when none is plural.
   */
  private ActorGroup previousPluralSubject(SentenceWords w, List<ActorGroup> groups, int trigger, int clauseStart) {
    int p = verbBefore(w, groups, clauseStart);
    for (; p >= 0 && p > trigger - PLURAL_REACH; p = verbBefore(w, groups, p)) {
      if (Agreement.pluralSuffix(w, p)) {
        ActorGroup subject = subjectGroup(w, groups, p);
        return subject != null ? subject : previousSubject(w, groups, clauseStart);
      }
    }
    return previousSubject(w, groups, clauseStart);
  }

  /**
   * The verb before {@code before} at the level of the sentence's main clause, or -1: past a verb inside a
   * complement or relative clause to the verb that governs it ("أكد الجبير أن كندا ارتكبت خطأ، وأشار إلى":
   * أكد, not ارتكبت).
   */
  private static int mainVerbBefore(SentenceWords w, List<ActorGroup> groups, int before) {
    int verb = verbBefore(w, groups, before);
    while (verb > 0) {
      int opener = -1;
      for (int i = verb - 1; i >= 0 && opener < 0 && !(w.isVerb(i) && !ActorGroup.inside(groups, i)); i--) {
        opener = w.is(i, Clauses.OPENERS) ? i : -1;
      }
      int governing = opener > 0 ? verbBefore(w, groups, opener) : -1;
      if (governing < 0) {
        return verb;
      }
      verb = governing;
    }
    return verb;
  }

  /**
   * The nearest verb before {@code before}, or -1: not one after a relative ("مقر تلفزيون العراقية الذي
   * تديره الدولة"), nor a word of an actor the tagger read as a verb ("قوات الأمن" with الأمن as a verb).
   */
  private static int verbBefore(SentenceWords w, List<ActorGroup> groups, int before) {
    for (int p = before - 1; p >= 0; p--) {
      if (w.isVerb(p) && !w.is(p - 1, RELATIVES) && !ActorGroup.inside(groups, p)) {
        return p;
      }
    }
    return -1;
  }

  /** The group holding the subject of the verb at {@code p}, found by the same rules, or null. */
  private ActorGroup subjectGroup(SentenceWords w, List<ActorGroup> groups, int p) {
    List<ActorMention> subject = find(w, groups, p, p, true).sources();
    for (ActorGroup g : groups) {
      if (!subject.isEmpty() && g.members().contains(subject.get(0))) {
        return g;
      }
    }
    return null;
  }

  /**
   * Whether the actor opens right after the time words following the verb, or after a count there
   * ("احتشد اليوم السبت عشرات آلاف الإسرائيليين"); not behind a preposition ("وقال السبت عن لقاء سنغافورة").
   */
  private static boolean afterTimes(SentenceWords w, int at, int timeWords, ActorGroup g) {
    if (timeWords == 0) {
      return false;
    }
    if (g.first() == at) {
      return true;
    }
    int next = at + 1 < w.size() && w.isCount(at + 1) ? at + 2 : at + 1; // "عشرات آلاف"
    return w.isCount(at) && w.token(at).clitics().pre().isEmpty() && g.first() == next;
  }

  /**
   * A counted subject right after a masculine verb, past "نحو" or "أكثر من" and a count of two words:
   * "تظاهر نحو 20 ألف شخص" (a feminine verb before a masculine plural has its subject before it:
   * "واعتقلت أكثر من 540 شخصا").
   */
  private static boolean countedSubject(SentenceWords w, int verb, ActorGroup g) {
    if (Agreement.feminineVerb(w, verb) || Victims.verbForm(w, verb)) {
      return false;
    }
    int j = Victims.countAt(w, verb + 1);
    if (j < 0 && w.is(verb + 1, SentenceWords.ROUND_COUNTS) && w.isKey(verb + 2, "من")) {
      j = verb + 1; // a definite round count is no number the tokenizer counts: "الآلاف من"
    }
    if (j < 0 || w.is(j, ACCUSATIVE_COUNTS)) {
      return false;
    }
    if (w.isKey(j + 1, "من")) {
      // "تظاهر الآلاف من الطلاب", and past their following: "اعتصم الآلاف من أنصار تنظيم الإخوان"
      return g.first() == j + 2 || g.first() == j + 3 && w.is(j + 2, FOLLOWERS);
    }
    return g.first() == (w.isCount(j + 1) ? j + 2 : j + 1);
  }

  /** The following of a body, counted as its people: "الآلاف من أنصار الحزب". */
  private static final java.util.Set<String> FOLLOWERS = EventKeys.setOf("أنصار", "انصار", "مؤيدي", "مناصري",
      "أتباع", "اتباع", "أعضاء", "اعضاء", "عناصر");

  /** How far after a visit or meeting noun the main verb whose subject its pronoun is may come. */
  private static final int NEXT_VERB_REACH = 12;

  /** The subject of the first verb after {@code from} (within {@link #NEXT_VERB_REACH} words), or null. */
  private ActorGroup nextSubject(SentenceWords w, List<ActorGroup> groups, int from) {
    for (int p = from + 1; p < w.size() && p <= from + NEXT_VERB_REACH; p++) {
      if (w.isVerb(p) && !ActorGroup.inside(groups, p)) {
        ActorGroup subject = subjectGroup(w, groups, p);
        return subject != null && subject.first() > p ? subject : null;
      }
    }
    return null;
  }

  /** Whether a verb stands in {@code [from, to)}. */
  private static boolean verbIn(SentenceWords w, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (w.isVerb(i)) {
        return true;
      }
    }
    return false;
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
    if (w.is(end, Clauses.NEGATIONS) && w.token(end).clitics().pre().isEmpty()) {
      end--; // "أن الشرطة والمخابرات لم تعتقل أي مشتبه فيه"
    }
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
      if (g.last() == end && !attributive(g) && w.isKey(g.first() - 1, "من")
          && partOfOpens(w, g.first() - 2, clauseStart)) {
        return g; // "أن مجموعة خاصة من الجيش هاجمت مواقع الحوثيين": a unit of the army, the army's act
      }
      if (g.first() == g.last() && g.last() == verb - 1 && describedRole(w, g) && w.is(verb, DEEDS)
          && perfective(w, verb)
          && w.token(verb).clitics().pre().isEmpty() && w.token(verb).clitics().post().isEmpty()
          && ActorGroup.startingAt(groups, verb + 1) == null) { // (no subject of its own after it)
        return g; // "القبض على مواطن أطلق النار على شقيقه": a clause describing the indefinite noun before it
      }
    }
    return null;
  }

  /** Deeds a clause tells of the person it describes: "القبض على مواطن أطلق النار على شقيقه". */
  private static final java.util.Set<String> DEEDS = EventKeys.setOf("أطلق", "هاجم", "طعن", "قتل", "اعتدى", "أوقف",
      "اعتقل", "اختطف", "خطف", "ضرب", "دهس", "فجر", "استهدف", "اقتحم", "أحرق", "احتجز");

  /**
   * Whether the verb is written as a past tense, with no letter of the present's prefixes first ("أطلق",
   * "هاجمت"; not "تقول", nor "تعاون", whose ت is the lemma's own): stricter than
   * {@link SentenceWords#imperfectiveShape}.
   */
  private static boolean perfective(SentenceWords w, int verb) {
    String bare = w.bare[verb];
    return !bare.isEmpty() && "يتن".indexOf(bare.charAt(0)) < 0;
  }

  /** Whether the group is one indefinite role noun, a person the text has not named ("مواطن", "شخصا"). */
  private static boolean describedRole(SentenceWords w, ActorGroup g) {
    Event.Actor a = g.members().get(0).actor();
    return g.members().size() == 1 && !attributive(g) && !w.isDefinite(g.first()) && !w.isCount(g.first())
        && a.id() == null && a.country() == null && a.code() != null;
  }

  /** Heads of a unit taken from a force: "مجموعة من الجيش", "وحدة خاصة من الشرطة". */
  private static final java.util.Set<String> UNITS = EventKeys.setOf("مجموعة", "وحدة", "قوة", "فرقة", "دورية",
      "كتيبة", "سرية");

  /** Whether the word at i (or the one before it, with i its adjective) is a unit's head opening the clause. */
  private static boolean partOfOpens(SentenceWords w, int i, int clauseStart) {
    int head = i > clauseStart && !w.isVerb(i) && w.token(i).clitics().pre().isEmpty() ? i - 1 : i;
    return head == clauseStart && w.is(head, UNITS) && w.token(head).clitics().pre().isEmpty();
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

  /**
   * Whether the group is one definite adjective of the definite noun before it, which no actor names:
   * "الاعتداء الإرهابي", "العمل الإرهابي" (seed 246), a kind of act, not a party.
   */
  private static boolean adjectiveOfAct(SentenceWords w, ActorGroup g) {
    int noun = g.first() - 1;
    // (not the noun of a body or a source: "المصدر الأمني", "التنظيم المتطرف" name a party)
    return g.first() == g.last() && w.isDefinite(g.first()) && "ADJ".equals(w.token(g.first()).pos())
        && w.token(g.first()).clitics().pre().isEmpty() && noun >= 0 && w.is(noun, DESCRIBED_ACTS)
        && w.isDefinite(noun) && w.token(noun).clitics().post().isEmpty()
        && g.members().get(0).actor().country() == null; // (a role word: a country's nisba is attributive)
  }

  /** Acts a role word may describe: "الاعتداء الإرهابي", "الهجوم المسلح", "العمل الإرهابي". */
  private static final java.util.Set<String> DESCRIBED_ACTS = EventKeys.setOf("اعتداء", "هجوم", "عمل", "تفجير",
      "عملية", "حادث", "هجمات", "اعتداءات", "أعمال", "اعمال", "عمليات", "تفجيرات", "جريمة", "جرائم", "فكر",
      "هجومين");

  /**
   * The actor a relative pronoun at {@code relative} goes back to, or null: it ends right before the
   * pronoun or before a comma ("وكانت واشنطن، التي انتقدت"); "… الذي قدمته الكويت والذي يندد" goes back
   * to the first antecedent, not to the actor before it.
   */
  private static ActorGroup antecedent(SentenceWords w, List<ActorGroup> groups, int relative) {
    boolean comma = w.isComma(relative - 1);
    int end = comma ? relative - 2 : w.hasProclitic(relative, "و") ? -2 : relative - 1;
    // (past the adjectives of an armed body's head: "ميليشيات الحوثي العسكرية التي تقاتل"; but not past
    // another noun's, "مشروع إيران التدميري الذي", the project being the antecedent)
    for (int k = end; k > 0 && !inGroup(groups, k) && "ADJ".equals(w.token(k).pos())
        && w.isDefinite(k) && w.token(k).clitics().pre().isEmpty() && end - k < 2; k--) {
      ActorGroup before = ActorGroup.endingAt(groups, k - 1);
      // (the head before the group or its first word: "ميليشيات الحوثي" is one name since round 59)
      // (or behind ل, no genitive of a noun before: "غطاء جوي للمعارضة السورية المعتدلة التي تقاتل")
      if (before != null && (w.is(before.first() - 1, AGENT_HEADS) || w.is(before.first(), AGENT_HEADS)
          || w.is(before.first(), ActorFinder.MEMBER_NOUNS) // ("قائد ميليشيات الحوثي العسكرية التي")
          || w.hasProclitic(before.first(), "ل") && w.token(before.first()).text().startsWith("لل"))) {
        end = k - 1;
      }
    }
    ActorGroup found = null;
    for (ActorGroup g : groups) {
      if (g.last() == end && !attributive(g)) {
        // (of "للجيش السعودي والشعب اليمني الذي يرفض", the last is the antecedent)
        ActorMention last = g.members().get(g.members().size() - 1);
        found = new ActorGroup(last.first(), last.last(), List.of(last));
      }
    }
    return found;
  }

  /** "During it", after a verb of meeting, of a visit told before: "التقى خلالها", "التقى فيها". */
  private static final java.util.Set<String> DURING_IT = EventKeys.setOf("خلالها", "خلاله", "فيها", "خلال الزيارة");
  /** Verbs of meeting someone during a visit. */
  private static final java.util.Set<String> MET = EventKeys.setOf("التقى", "التقت", "يلتقي", "تلتقي", "قابل",
      "قابلت", "استقبل", "استقبلت");

  /**
   * Whom a verb of meeting met when "خلالها" (during it: a visit told before) follows it and then a party,
   * with no relative before the verb and no "مع" / "ب" complement after the party (else the party is the
   * subject, "التقى فيها الملك بالرئيس"), and no plural verb: "التقى خلالها الرئيس الأميركي دونالد
   * ترامب", "التقى خلالها بالملك سلمان". Null otherwise.
   */
  private static ActorGroup metDuringVisit(SentenceWords w, List<ActorGroup> groups, int trigger, int relative) {
    if (!w.is(trigger, MET) || w.is(relative, RELATIVES) || trigger + 2 >= w.size()
        || !DURING_IT.contains(EventKeys.of(w.token(trigger + 1).text())) || Agreement.pluralSuffix(w, trigger)) {
      return null;
    }
    int at = trigger + 2;
    if (ActorGroup.startingAt(groups, at) == null && w.is(at, ActorFinder.PERSON_TITLES)) {
      at++; // a title the party's name follows: "الملك | عبدالله الثاني"
    }
    ActorGroup met = ActorGroup.startingAt(groups, at);
    if (met == null || attributive(met)) {
      return null;
    }
    boolean withComplement = !w.hasProclitic(met.first(), "ب") && met.last() + 1 < w.size()
        && (w.isKey(met.last() + 1, WITH) || w.hasProclitic(met.last() + 1, "ب"));
    return withComplement ? null : met;
  }

  private static final String WITH = EventKeys.of("مع");

  /** Verbs whose subject is the visit itself: "زيارة تستغرق ثلاثة أيام". */
  private static final java.util.Set<String> LASTING = EventKeys.setOf("استغرقت", "تستغرق", "استمرت", "تستمر",
      "دامت", "تدوم");

  /**
   * Who made the visit a verb of meeting "خلالها" looks back to: the subject of the nearest verb before it
   * ("يقوم السيسي بزيارة إلى روسيا تستغرق ثلاثة أيام يلتقي خلالها"; not the visit's own "تستغرق"), or the
   * antecedent when that verb opens a relative clause ("بومبيو، الذي أجرى زيارة للسعودية التقى خلالها"); null
   * when that verb has no party for subject.
   */
  private ActorGroup visitor(SentenceWords w, List<ActorGroup> groups, int trigger) {
    for (int p = trigger - 1; p >= 0 && !Clauses.isFullStop(w, p); p--) {
      if (w.is(p - 1, RELATIVES) && w.token(p).isWord() && !w.is(p, LASTING)) {
        return antecedent(w, groups, p - 1); // (whatever the tagger reads after the pronoun: "الذي أجرى")
      }
      if (w.isVerb(p) && !ActorGroup.inside(groups, p) && !w.is(p, LASTING)) {
        return subjectGroup(w, groups, p);
      }
    }
    return null;
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

  /**
   * Who did an act someone undergoes, named right after it: its nisba ("تخضع إيران لعقوبات أمريكية"), "من X"
   * ("لعقوبات من الأمم المتحدة") or "من قبل X"; null if none.
   */
  private static ActorGroup undergoneFrom(SentenceWords w, List<ActorGroup> groups, int triggerEnd,
      ActorGroup undergoer, boolean acts) {
    ActorGroup by = AgentPhrase.further(w, groups, triggerEnd, false, undergoer, acts);
    int next = triggerEnd + 1;
    if (by == null && w.isKey(next, "من") && w.token(next).clitics().pre().isEmpty()) {
      by = ActorGroup.startingAt(groups, next + 1);
      by = by != null && !attributive(by) ? by : null;
    } else if (by == null) {
      by = ActorGroup.startingAt(groups, next);
      by = by != null && attributive(by) && by.members().get(0).isCountry() ? by : null;
    }
    return by == null || sameParty(by, undergoer) ? null : by;
  }

  /** How far the act behind ل may stand from who suffered it. */
  private static final int SUFFERED_REACH = 6;

  /** Verbs and participles of undergoing: their subject suffers the act named after them. */
  private static final java.util.Set<String> UNDERGO = EventKeys.setOf("واجه", "يواجه", "تواجه", "يواجهون",
      "خضع", "يخضع", "تخضع", "يخضعان", "خاضع", "الخاضع", "الخاضعة", "تلقى", "يتلقى", "تتلقى", "عانى", "يعاني",
      "تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا", "يتعرضون",
      "طال", "طالت", "يطال", "تطال", // ("وتطال إيران أيضا اتهامات": accusations reach Iran)
      // who repels an attack is attacked: "الدفاعات الجوية السورية تصدت لهجوم صاروخي"
      "تصدى", "تصدت", "يتصدى", "تتصدى", "تصدوا", "يتصدون", "صد", "صدت", "يصد", "تصد");
  /** Who escapes an act behind من underwent it: "نجا قائد شرطة النجدة في بغداد، أمس، من محاولة اغتيال". */
  private static final java.util.Set<String> ESCAPED = EventKeys.setOf("نجا", "نجت", "ينجو", "تنجو", "نجوا");
  private static final int ESCAPED_REACH = 8;

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
    for (int k = 0; k < 2 && verbAt > 0 && !w.is(verbAt, verbs); k++) {
      if (!w.isCount(verbAt) && !("ADP".equals(w.token(verbAt).pos()) && !w.token(verbAt).clitics().post().isEmpty())) {
        break;
      }
      verbAt--; // past the count of the accused and a preposition on a pronoun: "وواجه فيها 32 شخصا اتهامات"
    }
    if (verbAt > 0 && !w.is(verbAt, verbs) && w.is(trigger, ACCUSATIONS) && isNoun(w, verbAt) && w.isDefinite(verbAt)
        && w.token(verbAt).clitics().pre().isEmpty()) {
      verbAt--; // past the accused's title: "نفى الكاردينال جورج بل جميع الاتهامات"
    } else if (verbAt > 0 && !w.is(verbAt, verbs) && w.is(verbAt - 1, verbs) && isNoun(w, verbAt)
        && w.token(verbAt).clitics().pre().isEmpty()) {
      verbAt--; // past the head of its own genitive: "وواجه زعيم حزب العمال انتقادات" (the party's leader)
    }
    boolean all = w.is(g.last() + 1, ALL); // "جميع الاتهامات"
    int gap = trigger - g.last();
    for (int k = g.last() + 1; k < trigger; k++) {
      gap -= w.is(k, ADVERBS) && w.token(k).clitics().pre().isEmpty() ? 1 : 0; // "يواجه … مجددا اتهامات"
    }
    if (w.is(verbAt, verbs) && gap <= (quantity ? 4 : all ? 3 : 2)) {
      return !directed(w, verbAt, trigger);
    }
    if (w.is(verbAt, ESCAPED) && w.isKey(trigger - 1, "من") && trigger - g.last() <= ESCAPED_REACH) {
      return true; // "نجا قائد شرطة النجدة في بغداد، أمس، من محاولة اغتيال"
    }
    // ("تعرض X لـ…": X suffered the act behind ل, however it is described)
    if (w.is(verbAt, Occurrence.SUFFERED) && w.hasProclitic(trigger, "ل") && gap <= SUFFERED_REACH
        && noBoundary(w, g.last() + 1, trigger)) {
      return true; // "بعد تعرض رجلين يرتديان قبعات يهودية لهجوم": the one described at length suffered it
    }
    for (int k = g.last() + 1; k < trigger; k++) {
      if (w.is(k, verbs)) {
        return trigger - k <= 3 && !directed(w, k, trigger);
      }
    }
    return false;
  }

  /**
   * Whether "ووجه" at {@code verb}, which the lemmatiser reads whole as the passive of واجه (was faced),
   * is و + وجه (directed): "ووجهت روسيا انتقادات لواشنطن". The passive takes its noun behind ب ("ووجهت
   * الحكومة بانتقادات").
   */
  private static boolean directed(SentenceWords w, int verb, int noun) {
    String bare = w.bare[verb];
    return bare.startsWith("وو") && w.token(verb).clitics().pre().isEmpty() && !w.hasProclitic(noun, "ب");
  }

  private static final java.util.Set<String> ALL = EventKeys.setOf("جميع", "كل", "كافة");
  /** Bases a site list leaves out (a base is also a rule: "قاعدة"), as the head of an owner's genitive. */
  private static final java.util.Set<String> BASES = EventKeys.setOf("قواعد", "قاعدة");
  /** Stances a speaker may affirm of another, the noun right after his verb: "وأكد دعم لبنان", "وجدد تضامن". */
  private static final java.util.Set<String> STANCES = EventKeys.setOf("دعم", "تأييد", "مساندة", "تضامن", "وقوف",
      "حرص", "التزام", "رفض", "ترحيب", "استعداد", "رغبة", "إدانة", "عزم", "تمسك", "موقف", "مواقف", "حق", "حقوق");

  /**
   * What an actor says, plans or asks, as the object right after a verb of acting on it: "رفضت تصريحات
   * ماي" (the one whose statements are rejected is the target), not "رفضت وزارة الخارجية" (a body, the
   * subject). Not with speech ("وقال تقرير الأمم المتحدة") or a call ({@link #CALLS}: "وتدعو خطة بومبيو"),
   * whose subject may be a document.
   */
  private static final java.util.Set<String> OWNED_WORDS = EventKeys.setOf("تصريحات", "تصريح", "اتهامات", "اتهام",
      "مزاعم", "ادعاءات", "خطة", "خطط", "مقترح", "مقترحات", "اقتراح", "مبادرة", "دعوة", "دعوات", "طلب", "مطالب",
      "سياسة", "سياسات", "تهديدات", "انتقادات", "عرض", "شروط", "إجراءات", "تعليقات", "تغريدة", "تغريدات",
      // (and what one supports or opposes of another: "لتعود وتدعم تطلعات السوريين", "ستدعم موقف أردوغان")
      "تطلعات", "موقف", "مواقف", "سلوك", "جهود", "توجهات", "قرار", "قرارات", "حقوق", "مساعي", "رؤية",
      // (and whose backing or meddling is rejected: "رفض دعم إيران للإرهاب" rejects Iran's, seed 272)
      "دعم", "تدخل", "تمويل", "تسليح");
  private static final java.util.Set<String> CALLS = EventKeys.setOf("دعا", "طالب", "طلب", "حث", "ناشد", "يدعو",
      "تدعو", "يطالب", "تطالب", "يطلب", "تطلب", "يحث", "تحث");
  private static final java.util.Set<String> CALL_NOUNS = EventKeys.setOf("مطالبة", "مناشدة", "دعوة", "مطالبته",
      "مناشدته", "دعوته");
  /** People gathering or protesting, whose purpose a call behind ل may be: "احتشد عشرات السكان … لمطالبة". */
  private static final java.util.Set<String> GATHERINGS = EventKeys.setOf("احتشد", "احتشدوا", "تجمع", "تجمعوا",
      "خرج", "خرجوا", "تظاهر", "تظاهروا", "اعتصم", "اعتصموا", "مظاهرة", "مظاهرات", "تظاهرة", "تظاهرات", "وقفة",
      "مسيرة", "احتجاج", "احتجاجات", "اعتصام");
  /** How far before a call its gathering may be told: "نظم المئات تظاهرة حاشدة أمام مبنى المحافظة لمطالبة". */
  private static final int GATHERING_REACH = 12;

  /** Whether a gathering is told within {@link #GATHERING_REACH} words before the call, in its sentence part. */
  private static boolean gatheredFor(SentenceWords w, int trigger) {
    for (int i = trigger - 1; i >= Math.max(0, trigger - GATHERING_REACH) && !Clauses.isFullStop(w, i); i--) {
      if (w.is(i, GATHERINGS)) {
        return true;
      }
    }
    return false;
  }
  /** "الجهات المعنية", "الجهة المختصة": the state's agencies, whom appeals address and who never make them first. */
  private static final java.util.Set<String> AUTHORITIES = EventKeys.setOf("جهة", "جهات", "الجهة", "الجهات");
  static final java.util.Set<String> ACCUSATIONS = EventKeys.setOf("اتهام", "اتهامات", "الاتهام",
      "الاتهامات", "مزاعم", "ادعاءات");
  private static final java.util.Set<String> ACCUSED = java.util.stream.Stream.concat(UNDERGO.stream(),
      EventKeys.setOf("رفض", "نفى", "ينفي", "تنفي", "نفت", "فند", "دحض", "رد", "أنكر", "ينكر", "تنكر", "أنكرت")
          .stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  static final java.util.Set<String> PLACE_NOUNS = EventKeys.setOf("العاصمة", "عاصمة", "مدينة", "المدينة");

  /** Visit words: a country right after them is the place visited, not the visitor. */
  private static final java.util.Set<String> VISITS = EventKeys.setOf("زار", "يزور", "زيارة", "زيارات");
  /** Nouns of meeting someone, whose pronoun is who meets: "لقائه", "استقباله", "واجتماعه مع". */
  private static final java.util.Set<String> MEETINGS = EventKeys.setOf("لقاء", "استقبال", "اجتماع");

  private static final java.util.Set<String> SPEECH = EventKeys.setOf("أعلن", "اعلن", "أفاد", "افاد", "أكد", "اكد",
      "ذكر", "قال", "أشار", "اشار", "كشف", "نقل", "أورد", "اورد", "نعى", "نفى");

  /** Those who tell of acts, not do them: civilians and activists, the press, rights groups. */
  private static final java.util.Set<String> REPORTERS = java.util.Set.of("CVL", "MED", "HRI", "NGO");

  private static boolean reporter(ActorGroup g) {
    String role = g.members().get(0).actor().role();
    return role != null && REPORTERS.contains(role);
  }

  /** Whether a speech verb stands strictly between two positions. */
  private static boolean speechBetween(SentenceWords w, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (w.is(i, SPEECH)) {
        return true;
      }
    }
    return false;
  }

  /** Where the second side may begin: past up to three bare nouns or adjectives of the first side's phrase. */
  private static int endOfSide(SentenceWords w, int at) {
    for (int i = at; i < at + 3 && i < w.size(); i++) {
      if (!w.token(i).isWord() || !w.token(i).clitics().pre().isEmpty() || w.isVerb(i)
          || "ADP".equals(w.token(i).pos()) || Clauses.isBoundary(w, i)) {
        return i;
      }
    }
    return at;
  }

  /** How far past the trigger its "بين" may stand: a few words of its own phrase. */
  private static final int BETWEEN_REACH = 6;
  /** A fight's "بين" may stand past where it is fought: "اشتباكات تدور في مدينة البوكمال بمحافظة دير الزور، بين". */
  private static final int FIGHT_BETWEEN_REACH = 16;
  private static final java.util.Set<String> PARENTHESES = java.util.Set.of("(", ")");

  /**
   * The sides named by "بين" right after the trigger: one compound group ("بين روسيا ومصر"), or a group
   * and the one joined to it by و ("بين الجيش اللبناني ومسلحين", where "عناصر من" may open the first).
   * A few words of the trigger's phrase may come first, and commas around a day ("اشتباكات مسلحة،
   * الخميس، بين"); a fight's may stand past where it is fought. After a noun, "من جهة … من جهة أخرى" or a
   * second "وبين" may mark sides of several actors each ({@link Sides#apart}).
   */
  private static Sides betweenSides(SentenceWords w, List<ActorGroup> groups, int triggerEnd, boolean verb) {
    int reach = w.is(triggerEnd, StruckPlaces.FIGHTING) ? FIGHT_BETWEEN_REACH : BETWEEN_REACH;
    for (int i = triggerEnd + 1; i <= triggerEnd + reach && i < w.size(); i++) {
      int pastTime = w.afterTimeExpression(i);
      if (pastTime > i) {
        i = pastTime - 1; // a time may come first: "دارت اشتباكات عنيفة ليلة أول من أمس بين"
        continue;
      }
      if (w.isKey(i, "بين") && w.token(i).clitics().post().isEmpty() && !w.isKey(i - 1, "من")) {
        // (not "من بينها إيران واليمن": among them)
        int start = i + 1;
        if (w.is(start, COUNT_NOUNS) && w.isKey(start + 1, "من")) {
          start += 2; // "بين عناصر من ميليشيا حزب الله و…"
        }
        for (int k = 0; k < groups.size(); k++) {
          ActorGroup g = groups.get(k);
          // (a head noun may open the side: "ميليشيا حزب الله")
          // (or the members' own group: "عناصر من ميليشيا حزب الله" is one actor since round 72)
          if (g.first() == i + 1 || g.first() == start || (g.first() == start + 1 && w.token(start).isWord()
              && !"ADP".equals(w.token(start).pos()) && !w.isVerb(start))) {
            // (after a noun: "وأضافت المصادر أن خلافات نشبت بين …، وبين …" names the sides of another word)
            Sides apart = verb ? null : Sides.apart(w, groups, k);
            if (apart != null) {
              return apart;
            }
            if (g.members().size() >= 2 || k + 1 == groups.size()) {
              return Sides.of(g.members());
            }
            // (the first side's phrase may go on past its actor: "بين قوات الجيش الوطني وميليشيا الحوثي")
            int and = endOfSide(w, g.last() + 1);
            if (w.isComma(and) && w.hasProclitic(and + 1, "و")) {
              and++; // a comma after a long name: "بين زعيم كوريا الشمالية كيم جونغ أون، وترامب"
            }
            ActorGroup next = null;
            for (int n = k + 1; n < groups.size() && next == null; n++) {
              next = groups.get(n).first() >= and ? groups.get(n) : null;
            }
            if (next == null) {
              return Sides.of(g.members());
            }
            boolean joined = next.first() == and && w.hasProclitic(and, "و");
            // (a head noun may open the second side too: "بين طالبان ومبعوث أمريكا", "ورئيسة الحكومة البريطانية")
            boolean headed = next.first() == and + 1 && w.hasProclitic(and, "و") && isNoun(w, and);
            if (joined || headed) {
              return new Sides(List.of(g.members().get(0)), List.of(next.members().get(0)));
            }
            return Sides.of(g.members());
          }
        }
        return Sides.NONE;
      }
      // (a place may come first: "اشتباكات عنيفة في حلب بين الجيش والمعارضة", "تدور في مدينة البوكمال
      // بمحافظة دير الزور (شمال شرقي سوريا)، بين")
      boolean in = w.isKey(i, "في");
      boolean aside = w.isComma(i) || w.is(i, Clauses.DAYS) || PARENTHESES.contains(w.token(i).text());
      boolean place = w.hasProclitic(i, "ب") && w.is(i, StruckPlaces.PLACE_HEADS);
      if ((Clauses.isBoundary(w, i) && !aside) || ("ADP".equals(w.token(i).pos()) && !in)
          || w.hasProclitic(i, "ب") && !place || w.hasProclitic(i, "ل")) {
        return Sides.NONE; // "الطلب الكثيف على الدولار بين الإيرانيين": بين belongs to another phrase
      }
    }
    return Sides.NONE;
  }

  /** Whether every actor of the group is one the knowledge base knows: a name, not a role noun. */
  private static boolean named(ActorGroup g) {
    return g.members().stream().allMatch(m -> m.actor().id() != null);
  }
}
