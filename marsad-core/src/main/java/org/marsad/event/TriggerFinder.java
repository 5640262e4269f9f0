package org.marsad.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the event triggers of a sentence: words whose lemma, written stem or verb stem is in the
 * lexicon, with the part of speech the entry wants, the needed company and no vetoing neighbour.
 */
final class TriggerFinder {
  /** How far after the trigger its needed word may stand ("وقع الجانبان أمس اتفاقا"). */
  private static final int NEEDS_REACH = 5;
  /** How much further the needed word may stand past a backer's phrase ("، بإسناد من طائرات التحالف"). */
  private static final int SUPPORT_REACH = 6;
  private final TriggerLexicon lexicon;

  TriggerFinder(TriggerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<TriggerMatch> find(SentenceWords w) {
    List<TriggerMatch> found = new ArrayList<>();
    int consumedUpTo = -1;
    for (int i = 0; i < w.size(); i++) {
      if (i <= consumedUpTo || !w.token(i).isWord()) {
        continue;
      }
      if (OTHER_WORDS.contains(w.bare[i]) || conjoinedGeminate(w, i) || countedNotPromised(w, i)
          || touchedNotPetitioned(w, i) || atDawn(w, i) || anonymityAsked(w, i) || clearestProof(w, i)
          || confirmedDeath(w, i)) {
        continue; // by its written form
      }
      // protesters as the subject outrank a converted pattern of the same verb ("أغلق المتظاهرون مدخل …")
      TriggerMatch m = protesterAction(w, i);
      // a curated written form is more specific than its lemma ("احتجاجات", demonstrations, against
      // "احتجاج", which may be a formal protest)
      List<Trigger> written = w.bare[i].equals(w.lemma[i]) ? List.of() : lexicon.get(w.bare[i]);
      boolean ownForm = !written.isEmpty() && written.stream().anyMatch(Trigger::curated);
      if (m == null && ownForm) {
        m = match(w, i, written);
      }
      if (m == null) {
        m = match(w, i, lexicon.get(w.lemma[i]));
      }
      if (m == null && !ownForm && !written.isEmpty()) {
        m = match(w, i, written);
      }
      if (m == null && w.isVerb(i)) {
        // the stripped stem is a guess ("تعرضت" would read عرض): trusted for curated entries only
        m = match(w, i, lexicon.get(EventKeys.verbStem(w.token(i))).stream()
            .filter(Trigger::curated).toList());
        if (m != null) {
          w.readAsPresent(i);
        }
      }
      if (m == null && w.isVerb(i)) {
        m = match(w, i, curatedVerbs(defectiveKeys(w.bare[i]))); // "دعت" (lemmatised as itself) → دعا
      }
      if (m == null && !w.isVerb(i) && w.isKey(i - 1, EXPRESSED_ABOUT)) {
        // a masdar with its possessor's pronoun, which the lemmatiser reads as the verb: "أعرب عن إدانته" →
        // إدانة (only what one expresses: elsewhere "إدانته" may be his conviction, "المطالبة بمحاكمته وإدانته")
        String masdar = possessedMasdar(w, i);
        m = masdar == null ? null : match(w, i, lexicon.get(masdar).stream().filter(t -> !t.verb()).toList());
      }
      if (m == null && w.afterJoinedWa(i) != null && i == Clauses.clauseStart(w, i)) {
        // "ودعا الرئيس", which the segmenter reads whole as "ودع": at the head of its clause, a verb
        m = match(w, i, joinedVerb(w, i), true);
      }
      if (m != null && (notAnEvent(w, i) || disasterEmergency(w, m) || said(m.entry()) && verseFollows(w, i))) {
        continue;
      }
      if (m != null) {
        found.add(m);
        // a curated trigger owns its needed word ("شن هجوما" is one attack); a converted pattern does
        // not, so that "تعرضت لاعتداء" still finds the assault noun the pattern merely needed
        // (nor does a statement own the words up to its complementizer: "يرحب بإعلان السعودية عن النتائج
        // ويقول إنه" has a second statement there)
        consumedUpTo = m.entry().curated() && !said(m.entry()) ? m.consumed() : m.first();
      }
    }
    return found;
  }

  /**
   * The curated entries of a word the segmenter left whole although it opens with the conjunction و and
   * the rest is a verb: "ودعا" and "ودعت" are read as "ودع" (bade farewell), where the news means "and
   * called". The rest is tried as written, as a verb stem, and as a defective verb's third person ("دعت"
   * → دعا).
   */
  private List<Trigger> joinedVerb(SentenceWords w, int i) {
    if (!w.token(i).clitics().pre().isEmpty()) {
      return List.of(); // (the caller asks only of words of four letters or more that open with و)
    }
    String rest = w.afterJoinedWa(i);
    java.util.Set<String> keys = new java.util.LinkedHashSet<>(List.of(rest, EventKeys.verbStem(rest)));
    keys.addAll(defectiveKeys(rest));
    return curatedVerbs(keys);
  }

  /** The curated verb entries of any of the keys. */
  private List<Trigger> curatedVerbs(java.util.Collection<String> keys) {
    List<Trigger> out = new ArrayList<>();
    for (String key : keys) {
      lexicon.get(key).stream().filter(t -> t.curated() && t.verb()).forEach(out::add);
    }
    return out;
  }

  /**
   * The third person of a defective verb whose last letter the feminine or plural ending replaced: "دعت",
   * "دعوا" → دعا (the lemmatiser leaves some such forms as they are written).
   */
  private static List<String> defectiveKeys(String written) {
    if (written.length() == 3 && written.endsWith("ت") || written.length() == 4 && written.endsWith("وا")) {
      return List.of(written.substring(0, 2) + "ا");
    }
    return List.of();
  }

  /**
   * Protesters doing something are a protest even when the verb is ordinary: "احتشد متظاهرون أمام
   * السجن", "المتظاهرون أغلقوا الطريق", "رشق مئات المتظاهرين قوات الأمن بالحجارة". The verb becomes a
   * PROTEST trigger (141 demonstrate, 144 obstruct, 145 riot) when a protester noun is its subject,
   * right after it (with a number word between at most) or right before it.
   */
  private TriggerMatch protesterAction(SentenceWords w, int verb) {
    if (!w.token(verb).isWord()) {
      return null;
    }
    String stem = EventKeys.verbStem(w.token(verb));
    boolean known = PROTEST_ACTIONS.contains(w.lemma[verb]) || PROTEST_ACTIONS.contains(stem);
    if (!known) {
      return null;
    }
    // the tagger reads some sentence-initial verbs as nouns ("ونزل", "ورشق"): then only a protester
    // subject right after the word (VSO) makes it a verb here
    boolean taggedVerb = w.isVerb(verb);
    boolean subject = false;
    for (int j = verb + 1; j <= verb + 3 && j < w.size() && !subject; j++) {
      subject = w.is(j, PROTESTERS) && !w.token(j).clitics().pre().contains("ل") && !w.token(j).clitics().pre().contains("ب");
    }
    for (int j = verb - 1; taggedVerb && !subject && j >= 0 && j >= verb - 4; j--) {
      subject = w.is(j, PROTESTERS); // "متظاهرون فلسطينيون قد خرجوا", "متظاهرون بمدينة العريش قد حطموا"
      if (Clauses.isBoundary(w, j)) {
        break;
      }
    }
    if (!subject) {
      return null;
    }
    String code = OBSTRUCT.contains(w.lemma[verb]) || OBSTRUCT.contains(stem) ? "144"
        : RIOT.contains(w.lemma[verb]) || RIOT.contains(stem) ? "145" : "141";
    return new TriggerMatch(verb, verb, new Trigger(w.lemma[verb], true, code, List.of(), List.of(), null, null, "marsad"));
  }


  /**
   * The key of the noun under a possessive pronoun whose feminine ending the pronoun turned into ت:
   * "إدانته" → إدانة, "مطالبتها" → مطالبة; null for a word with no such pronoun.
   */
  private static String possessedMasdar(SentenceWords w, int i) {
    var post = w.token(i).clitics().post();
    if (post.isEmpty()) {
      return null;
    }
    String pronoun = org.marsad.text.SearchKeys.fold(post.get(post.size() - 1));
    String bare = w.bare[i];
    if (!bare.endsWith("ت" + pronoun) || bare.length() < pronoun.length() + 4) {
      return null;
    }
    return bare.substring(0, bare.length() - pronoun.length() - 1) + "ه"; // (keys fold ة to ه)
  }

  /**
   * Written forms the lemmatiser gives a trigger's lemma that almost always are another word: "تعد" /
   * "يعد" (is counted as, not توعد "threatened"), "أيدي" (hands: "على أيدي", not أيد "supported"), "أدينت"
   * (was convicted, the passive of أدان; the active "أدانت" condemned).
   */
  private static final java.util.Set<String> OTHER_WORDS = EventKeys.setOf("تعد", "يعد", "أيدي", "ايدي", "أدين",
      "أدينت", "أدينوا", "أدينا",
      "تزل", "يزل"); // ("لم تزل القوات تواصل": still, not removed)

  /** "أوضح" (clearest) before a noun of proof: "هو أوضح دليل على هذه الحقيقة" (seed 212), no explaining. */
  private static final String CLEAREST = EventKeys.of("أوضح");
  private static final java.util.Set<String> PROOFS = EventKeys.setOf("دليل", "مثال", "برهان", "دلالة", "تعبير",
      "مؤشر", "صورة");

  /** Whether word i is the superlative "أوضح" before a noun of proof, with no clitic of its own. */
  private static boolean clearestProof(SentenceWords w, int i) {
    return w.bare[i].equals(CLEAREST) && w.token(i).clitics().pre().isEmpty() && w.is(i + 1, PROOFS)
        && !w.isDefinite(i + 1);
  }

  /**
   * "وعدّ بكري مصطفى … محاولة" (and he counted), "وعدَّت ميليت نفسها ضحية": a shadda on the last of three
   * letters opening with و writes و and a doubled verb (عدّ, ردّ), not the root its letters spell unvocalised
   * (وعد promised, ورد); only a subject or object ending may follow it (not "وعدّلت", and modified).
   */
  private static boolean conjoinedGeminate(SentenceWords w, int i) {
    if (w.token(i).text().indexOf('\u0651') < 0) {
      return false; // (most words: no shadda written)
    }
    StringBuilder letters = new StringBuilder();
    int shaddaAfter = -1; // how many letters stand before the shadda
    for (char c : w.token(i).text().toCharArray()) {
      if (c == '\u0651') {
        shaddaAfter = letters.length();
      } else if (c < '\u064B' || c > '\u0652') { // (the other marks are no letters)
        letters.append(c);
      }
    }
    // (the segmenter left the و on the word: it split off the conjunction of "وشنّت", "ويُتّهم")
    return shaddaAfter == 3 && w.bare[i].startsWith("و") && letters.charAt(0) == 'و'
        && GEMINATE_ENDINGS.contains(letters.substring(3));
  }

  /** What may follow a doubled verb's shadda: nothing, or a subject or object ending ("وعدَّت", "وعدّه"). */
  private static final java.util.Set<String> GEMINATE_ENDINGS = java.util.Set.of("", "ت", "ه", "ها", "هم", "ته",
      "تها", "تهم", "وا", "ا");

  /**
   * "وعد الفواز هذا العمل الإجرامي اعتداء" (and he counted it), written without its shadda: "وعد" with no
   * promised thing after it, or with "بمثابة" (as being) first ("وعد الثني حكومة الإنقاذ … بمثابة حكومة غير
   * شرعية"). (With the shadda, {@link #conjoinedGeminate} reads it.)
   */
  private static boolean countedNotPromised(SentenceWords w, int i) {
    return PROMISED.contains(w.bare[i]) && w.token(i).clitics().post().isEmpty() && !promiseFollows(w, i);
  }

  /**
   * "كي لا تمس توزيعات الأرباح", "تصريحات تمس بحق الفلسطينيين": "تمس" written without its "ال" is مسّ
   * (touches, affects), not التمس (petitioned), whose written stem loses the "ال" it begins with.
   */
  private static boolean touchedNotPetitioned(SentenceWords w, int i) {
    return PETITIONED_STEM.equals(w.bare[i]) && !w.token(i).text().contains("لتمس");
  }

  private static final String PETITIONED_STEM = EventKeys.of("تمس");

  /**
   * "فجراً", "الساعة الثالثة فجرا", "شنوا هجوماً فجراً": at dawn, the accusative of فجر; the dual "فجّرا" (the two
   * blew up) takes the shadda or a reflexive after it ("فجرا نفسيهما").
   */
  private static boolean atDawn(SentenceWords w, int i) {
    return AT_DAWN.equals(w.bare[i]) && w.token(i).text().indexOf('\u0651') < 0 && w.token(i).clitics().isEmpty()
        && !(i + 1 < w.size() && (w.bare[i + 1].startsWith(SELF) || w.bare[i + 1].startsWith(SELVES)));
  }

  private static final String AT_DAWN = EventKeys.of("فجرا");

  /** "تأكد", was confirmed (lemmatised as أكد, affirmed), before a death: "بعدما تأكد مصرع فتاة" (seed 289). */
  private static boolean confirmedDeath(SentenceWords w, int i) {
    return CONFIRMED.equals(w.bare[i]) && w.token(i).clitics().post().isEmpty() && w.is(i + 1, DEATHS);
  }

  private static final String CONFIRMED = EventKeys.of("تأكد");
  private static final java.util.Set<String> DEATHS = EventKeys.setOf("مصرع", "مقتل", "وفاة", "موت");
  private static final String EXPRESSED_ABOUT = EventKeys.of("عن");

  /**
   * "وقال المسؤول طالبا عدم ذكر اسمه", "طالبا عدم الكشف عن هويته": the press's formula for an unnamed source,
   * no demand of anyone.
   */
  private static boolean anonymityAsked(SentenceWords w, int i) {
    if (!w.isKey(i + 1, NOT) || !w.is(i, ASKING)) {
      return false;
    }
    for (int k = i + 2; k <= i + 5 && k < w.size(); k++) {
      if (w.is(k, IDENTITIES)) {
        return true;
      }
    }
    return false;
  }

  private static final String NOT = EventKeys.of("عدم");
  private static final java.util.Set<String> ASKING = EventKeys.setOf("طالبا", "طالبة", "طالبين", "طالبتين",
      "مفضلا", "مفضلة", "طالب", "طلب");
  private static final java.util.Set<String> IDENTITIES = EventKeys.setOf("اسمه", "اسمها", "اسمهم", "هويته",
      "هويتها", "هويتهم", "اسمي", "هويتي");
  private static final String SELF = EventKeys.of("نفس");
  private static final String SELVES = EventKeys.of("انفس");

  /** "وعد", and its feminine, which "وعُدّت" (was counted) is written as: "وعدت نسخة الملك فيصل الأكثر براعة". */
  private static final java.util.Set<String> PROMISED = EventKeys.setOf("وعد", "وعدت");
  /** What a promise is of: "وعد بإجراء", "وعد أن", "وعد بأن". */
  private static final java.util.Set<String> PROMISE_OF = EventKeys.setOf("أن", "ان", "بأن", "بان");
  /**
   * How far a promise's object may stand, past its subject and asides: "وعد الرئيس الأرجنتيني موريسيو ماكري
   * الناخبين في حملته الانتخابية عام 2015 بأنه".
   */
  private static final int PROMISE_REACH = 20;

  /** Whether a promised thing follows "وعد": a word behind ب or ل, or "أن", within reach, before "بمثابة". */
  private static boolean promiseFollows(SentenceWords w, int i) {
    for (int k = i + 1; k < w.size() && k <= i + PROMISE_REACH; k++) {
      if (w.is(k, AS_BEING)) {
        return false; // ("بمثابة", as being, is what one counts a thing, never what one promises)
      }
      // (a lone "بها" further on is another verb's: "وعدت نسخة الملك فيصل الأكثر براعة في تصوير الحدث والتي
      // يحتفظ بها", seed 282, was counted the most skilful)
      if (w.hasProclitic(k, "ب") || w.is(k, PROMISE_OF) || w.hasProclitic(k, "ل") || w.is(k, PROMISED_IT) && k <= i + 2
          || "ب".equals(w.token(k).norm())) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> AS_BEING = EventKeys.setOf("بمثابة");

  /** "وعد به", "وعد بها": the promised thing told before, behind its pronoun. */
  private static final java.util.Set<String> PROMISED_IT = EventKeys.setOf("به", "بها", "بهم", "بهما");

  private static final java.util.Set<String> OFFICES = EventKeys.setOf("وزير", "وزيرة", "وزارة", "وزراء", "هيئة",
      "مفوضية", "مديرية", "دائرة", "مجلس", "مكتب", "صندوق", "منظمة", "شركة", "لجنة", "لجان"); // ("لجنة الحوار")
  /** Evading or getting round sanctions: "التهرب من العقوبات", "الالتفاف على العقوبات", "خرق العقوبات". */
  private static final java.util.Set<String> EVADING = EventKeys.setOf("التهرب", "تهرب", "الالتفاف", "التفاف",
      "للتهرب", "للالتفاف", "خرق", "انتهاك", "تجاوز");
  private static final java.util.Set<String> EVADED_VIA = EventKeys.setOf("من", "على");
  /** Threats as risks: "تهديدا", "خطرا" after "يشكل"/"يمثل". */
  private static final java.util.Set<String> RISKS = EventKeys.setOf("تهديد", "تهديدا", "تهديدات");
  private static final java.util.Set<String> CONSTITUTING = EventKeys.setOf("يشكل", "تشكل", "شكل", "شكلت",
      "يمثل", "تمثل", "مثل", "يشكلان", "يشكلون",
      // (and what one faces: "الحركة منقسمة … وتواجه تهديدًا من تنظيم داعش", seed 285, a danger, no act)
      "تواجه", "يواجه", "واجه", "واجهت", "يواجهون", "تواجهها", "يواجهها");

  /** Superlatives between: "تمثل أبرز تهديد", "يشكل أكبر تهديد". */
  private static final java.util.Set<String> MOST = EventKeys.setOf("أبرز", "أكبر", "أخطر", "أهم", "ابرز", "اكبر",
      "اخطر");
  /** Heads of a threat as a degree: "مستوى التهديد". */
  private static final java.util.Set<String> LEVELS = EventKeys.setOf("مستوى", "مستويات", "درجة");
  /** What a danger threatens, not a party threatened: shipping, the waters, security, peace. */
  private static final java.util.Set<String> ENDANGERED = EventKeys.setOf("الملاحة", "للملاحة", "ملاحة", "المياه",
      "السلم", "للسلم", "الاستقرار", "للاستقرار", "الأمن", "للأمن", "السلام", "للسلام");
  /** A threat as what something is held to be: "اعتبرت بريطانيا الهجمات تهديدا خطيرا", "وهي التهديد الجدي". */
  private static final java.util.Set<String> DEEMING = EventKeys.setOf("اعتبر", "اعتبرت", "يعتبر", "تعتبر",
      "اعتبروا", "وصف", "وصفت", "يصف", "تصف", "يرى", "ترى", "رأى", "رأت", "هو", "هي",
      "يعد", "تعد", "يعدان"); // ("التمرد المسلح … يعد تهديدا خطيرا": is deemed a danger)
  /** Ending or warding off a danger: "قضت على تهديد وجودي", "مواجهة التهديد", "لمعالجة التهديدات", "ردع". */
  private static final java.util.Set<String> ENDING = EventKeys.setOf("قضى", "قضت", "يقضي", "القضاء", "مواجهة",
      "لمواجهة", "التصدي", "للتصدي", "إنهاء", "انهاء", "لإنهاء", "لانهاء", "معالجة", "لمعالجة", "ردع", "لردع",
      "وردع", "درء", "لدرء", "مكافحة", "لمكافحة");
  /** "ما يواجهه … من": what one faces of (dangers). */
  private static final java.util.Set<String> FACES = EventKeys.setOf("يواجه", "تواجه", "يواجهه", "تواجهه",
      "يواجهها", "تواجهها", "نواجه", "نواجهه");
  /** Facing or posing a danger, in a relative clause after it: "التهديدات التي نواجهها", "التهديد الذي تشكله". */
  private static final java.util.Set<String> FACED = java.util.stream.Stream.concat(FACES.stream(),
      EventKeys.setOf("نواجهها", "تشكله", "يشكله", "تشكلها", "يشكلها", "تمثله", "يمثله", "تمثلها", "يمثلها").stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** "هناك تهديد": there is a threat, a danger that exists. */
  private static final java.util.Set<String> THERE_IS = EventKeys.setOf("هناك", "هنالك");

  /** Whether "ما" + a verb of facing stands, in the clause, within six words before the "من" at i. */
  private static boolean facedBefore(SentenceWords w, int i) {
    for (int k = i - 1; k >= Math.max(1, i - 6) && !Clauses.isBoundary(w, k); k--) {
      if (w.is(k, FACES) && w.isKey(k - 1, "ما")) {
        return true;
      }
    }
    return false;
  }

  /** "مثل": also "like", so never a verb of posing with words between. */
  private static final java.util.Set<String> LIKE = EventKeys.setOf("مثل");

  /** Whether the words between the verb at k and the word at i are its subject: no verb, no clause boundary. */
  private static boolean subjectBetween(SentenceWords w, int k, int i) {
    for (int j = k + 1; j < i; j++) {
      if (w.isVerb(j) || Clauses.isBoundary(w, j) || !w.token(j).isWord()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the threat word at i names a danger, not someone's threat. */
  private static boolean threatAsRisk(SentenceWords w, int i) {
    for (int k = i + 1; k <= i + 3 && k < w.size(); k++) {
      if (w.is(k, ENDANGERED)) {
        return true; // "تهديد الحوثيين للملاحة البحرية", "تهديد المياه الدولية": a danger to shipping
      }
    }
    if (w.is(i - 1, CONSTITUTING) || w.is(i - 1, MOST) && w.is(i - 2, CONSTITUTING) || w.is(i - 1, LEVELS)
        || w.is(i - 1, ENDING) || w.isKey(i - 1, Clauses.ON) && w.is(i - 2, ENDING)) {
      return true;
    }
    if (w.is(i - 1, ANY)) {
      return true; // "ردع أي تهديدات": any that may come, none made
    }
    if (w.is(i + 1, ActorPositions.RELATIVES) && w.is(i + 2, FACED)) {
      return true; // "التهديدات التي نواجهها", "التهديد الذي تشكله المعارضة": a danger faced or posed
    }
    if (w.is(i - 1, THERE_IS) || w.isKey(i - 1, "من") && facedBefore(w, i - 1)) {
      return true; // "لو أن هناك تهديدا لبريطانيا", "ما يواجهه السياحة والآثار العربية من تهديدات"
    }
    for (int k = i - 2; k >= i - 3 && k >= 0 && !w.isDefinite(i); k--) {
      if (w.is(k, CONSTITUTING) && !w.is(k, LIKE) && subjectBetween(w, k, i)) {
        return true; // "بل تشكل إيران تهديدا": the verb of posing, its subject between
      }
    }
    // "اعتبرت بريطانيا مثل هذه الهجمات تهديدا": the indefinite accusative a verb of deeming governs
    boolean deemed = !w.isDefinite(i) && w.bare[i].endsWith("ا");
    for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
      if (Clauses.isBoundary(w, k)) {
        return false;
      }
      if (w.is(k, DEEMING) && (deemed || k == i - 1)) {
        return true;
      }
    }
    return false;
  }

  /** Titles whose portfolio a second one may join: "وزارة الخارجية والتعاون الدولي". */
  private static final java.util.Set<String> MINISTRIES = EventKeys.setOf("وزير", "وزيرة", "وزارة", "وزراء");
  private static final java.util.Set<String> OCCUPATION = EventKeys.setOf("الاحتلال");
  /** Bodies named "of the occupation": "سلطات الاحتلال", "جيش الاحتلال", "سجون الاحتلال". */
  private static final java.util.Set<String> OCCUPIERS = EventKeys.setOf("سلطات", "قوات", "جيش", "جنود", "شرطة",
      "دولة", "حكومة", "آليات", "طائرات", "زوارق", "سجون", "معتقلات", "جرافات", "مستوطنات", "محاكم", "حكومات");
  private static final java.util.Set<String> TARGETS = EventKeys.setOf("استهدف", "يستهدف", "تستهدف", "استهدفت");
  private static final java.util.Set<String> MEASURES = EventKeys.setOf("عقوبات", "العقوبات", "قرار", "القرار",
      "إجراءات", "الإجراءات", "قانون", "القانون", "حملة", "الحملة", "خطة", "الخطة", "سياسة", "السياسة", "رسوم",
      "الرسوم", "تعريفات", "ضرائب", "أوامر", "الأوامر", "مرسوم", "المرسوم");
  private static final java.util.Set<String> WEAPONS = EventKeys.setOf("صاروخ", "صواريخ", "غارة", "غارات", "قصف",
      "هجوم", "هجمات", "انتحاري", "عبوة", "مفخخة", "قذيفة", "قذائف", "طائرة", "طائرات", "مسلحون", "مسلحين", "نار",
      "النار", "رصاص", "الرصاص", "تفجير", "انفجار");

  private static final String DAWN = EventKeys.of("فجر");
  private static final String LAW = EventKeys.of("قانون");
  private static final java.util.Set<String> DAYS_AND_TIMES = EventKeys.setOf("السبت", "الأحد", "الاثنين", "الإثنين",
      "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "اليوم", "أمس", "امس", "الغد", "يوم", "أول", "اول"); // (seed 248)
  private static final java.util.Set<String> BEFORE_TIMES = EventKeys.setOf("في", "منذ", "حتى", "قبيل", "مع");

  private static final String SPARKED = EventKeys.of("فجر");
  /** What "فجر" sparks when it is no bombing: "فجر نزاعا دبلوماسيا", "فجر أزمة". */
  private static final java.util.Set<String> DISPUTES = EventKeys.setOf("نزاعا", "أزمة", "خلافا", "جدلا", "غضبا",
      "موجة", "فضيحة", "توترا", "صراعا", "مواجهة", "احتجاجات", "أزمات", "خلافات", "مفاجأة");

  /** Whether "فجر" at i has a dispute as its object, further in its sentence (past a long subject and asides). */
  private static boolean sparksDispute(SentenceWords w, int i) {
    return objectFurther(w, i, DISPUTES, false);
  }

  /** Whether a word of the set (indefinite unless {@code definite}) stands after i before the sentence ends. */
  private static boolean objectFurther(SentenceWords w, int i, java.util.Set<String> objects, boolean definite) {
    for (int j = i + 1; j < w.size() && j <= i + 25 && !Clauses.isFullStop(w, j); j++) {
      if (w.is(j, objects) && (definite || !w.isDefinite(j))) {
        return true;
      }
    }
    return false;
  }

  private static final String STABBED = EventKeys.of("طعن");
  /** What one challenges in court ("طعن في الحكم"), where "في" is no body part ("طعنه في رقبته"). */
  private static final java.util.Set<String> CONTESTED = EventKeys.setOf("اتفاق", "الاتفاق", "قرار", "القرار",
      "حكم", "الحكم", "قانون", "القانون", "نتائج", "النتائج", "دستورية", "شرعية", "صحة", "الانتخابات", "قرارات");

  /** Whether "طعن" at i has "في" and a contested thing within a few words after it. */
  private static boolean contested(SentenceWords w, int i) {
    for (int j = i + 1; j + 1 < w.size() && j <= i + 4 && !Clauses.isBoundary(w, j); j++) {
      if (w.isKey(j, Adjuncts.IN) && w.is(j + 1, CONTESTED)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of showing whose subject may be a whole clause, after "مما": "مما يوضح عدم امتلاك الحكومة". */
  private static final java.util.Set<String> SHOWS = EventKeys.setOf("يوضح", "توضح", "يظهر", "تظهر", "يؤكد",
      "تؤكد", "يكشف", "تكشف", "يعكس", "تعكس", "يشير", "تشير");
  private static final java.util.Set<String> WHICH = EventKeys.setOf("مما", "ما", "بما");

  private static final String OCCUPIED = EventKeys.of("احتل");
  private static final String DEMAND = EventKeys.of("طلب");
  private static final java.util.Set<String> FIRED = EventKeys.setOf("أطلق", "إطلاق");
  private static final java.util.Set<String> SHOTS = EventKeys.setOf("النار", "نار", "النيران", "الرصاص", "الأعيرة",
      "أعيرة", "النارية");
  private static final java.util.Set<String> CELEBRATING = EventKeys.setOf("ابتهاجا", "ابتهاجاً", "احتفالا", "احتفالاً",
      "ابتهاج", "احتفاء", "احتفاءً", "فرحا", "فرحاً");
  private static final String CONTROLLED = EventKeys.of("سيطر");
  private static final java.util.Set<String> FIRES = EventKeys.setOf("حريق", "الحريق", "حرائق", "الحرائق", "النيران",
      "النار", "ألسنة", "اللهب");
  private static final java.util.Set<String> PLEDGED = EventKeys.setOf("تعهد", "وعد");
  private static final java.util.Set<String> FIGHTING_NOUNS = EventKeys.setOf("القتال", "قتال");
  /** Fronts, fields and lines, whose genitive "القتال" names a place. */
  private static final java.util.Set<String> FRONTS = EventKeys.setOf("جبهات", "جبهة", "ساحات", "ساحة", "خطوط",
      "خط", "ميادين", "ميدان");
  private static final java.util.Set<String> THREATENS = EventKeys.setOf("هدد", "يهدد", "تهدد");
  /** What a thing risks, behind ب right after "يهدد" (no threat by anyone): "يهدد بإذكاء التنافس". */
  private static final java.util.Set<String> RISKED = EventKeys.setOf("بإذكاء", "إذكاء", "بتقويض", "تقويض",
      "بانهيار", "انهيار", "بتفاقم", "تفاقم", "بزعزعة", "زعزعة", "بتأجيج", "تأجيج", "بنسف", "نسف", "بتدهور", "تدهور",
      "بإفشال", "إفشال", "بعرقلة", "عرقلة", "بتعطيل", "تعطيل");
  /** What a thing endangers, right after "يهدد": "يهدد استقرار المنطقة", "تهدد حياة المدنيين". */
  private static final java.util.Set<String> ENDANGERED_THINGS = EventKeys.setOf("حياة", "مستقبل", "استقرار",
      "أمن", "سلامة", "وحدة", "مصير", "بقاء");
  /** Whether the word after a threat verb is what it risks or endangers ({@link #RISKED}, the endangered). */
  private static boolean risks(SentenceWords w, int next) {
    // (past the sentence's end every test is false: "… الذي يهدد")
    return w.hasProclitic(next, "ب") ? w.is(next, RISKED) : w.is(next, ENDANGERED_THINGS) || w.is(next, ENDANGERED);
  }

  /** What a vow of victory or of confronting someone promises, behind its ب. */
  private static final java.util.Set<String> VICTORY = EventKeys.setOf("انتصار", "الانتصار", "فوز", "الفوز",
      "التصدي", "هزيمة", "دحر");

  /** Whether the first complement behind ب after the pledge at i is a victory or a confrontation. */
  private static boolean vowsVictory(SentenceWords w, int i) {
    for (int j = i + 1; j <= i + 6 && j < w.size() && !Clauses.isBoundary(w, j); j++) {
      if (w.hasProclitic(j, "ب")) {
        return w.is(j, VICTORY);
      }
    }
    return false;
  }
  /** Ranks one holds: "احتلت منظمة أوكسفام المرتبة الرابعة", "احتل الصدارة". */
  private static final java.util.Set<String> RANKS = EventKeys.setOf("مرتبة", "المرتبة", "مراتب", "المراتب",
      "صدارة", "الصدارة", "ترتيب", "الترتيب");

  private static final String LAUNCHED = EventKeys.of("أطلق");
  /** What one names something: "أطلق عليها اسم", "أطلقت على هجومها عملية الخندق". */
  private static final java.util.Set<String> NAMES = EventKeys.setOf("اسم", "تسمية", "لقب", "عملية", "اسما", "وصف");

  /** Whether "أطلق" at i names: "على" right after it (or after its subject) and then a word of naming. */
  private static boolean named(SentenceWords w, int i) {
    for (int j = i + 1; j <= i + 4 && j < w.size(); j++) {
      if (w.isKey(j, Clauses.ON)) {
        for (int k = j + 1; k <= j + 3 && k < w.size(); k++) {
          if (w.is(k, NAMES)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** "تذكر" after "أي حادثة": worth mentioning. */
  private static final java.util.Set<String> WORTH_TELLING = EventKeys.setOf("تذكر", "يذكر");
  private static final java.util.Set<String> ANY = EventKeys.setOf("أي", "اي");

  /** Vetoes by context, asked only of a word that matched (so not on every word of the text). */
  private static final String SON_OF = EventKeys.of("بن");
  private static final String DEMANDED_NAME = EventKeys.of("طالب");

  /**
   * Whether word i is an indefinite singular nisba, as after a student ("طالب تونسي", "طالب جامعي"); a verb's
   * subject with its nisba is definite or plural ("طالب السعوديون", "طالب الرئيس التونسي").
   */
  private static boolean studentNisba(SentenceWords w, int i) {
    if (i >= w.size() || !w.token(i).isWord() || w.isDefinite(i) || !w.token(i).clitics().pre().isEmpty()) {
      return false;
    }
    return w.isNisbaAdjective(i);
  }

  /** Whether the shots fired after word i are told as celebration: "أطلق النار ابتهاجا", "الأعيرة النارية احتفالا". */
  private static boolean celebratory(SentenceWords w, int i) {
    for (int j = i + 1; j <= i + 4 && j < w.size(); j++) {
      if (w.is(j, SHOTS) && w.is(j + 1, CELEBRATING)) {
        return true;
      }
    }
    return false;
  }

  /** Whether what word i (سيطر) controlled is a fire: "سيطرت فرق الإطفاء على الحريق". */
  private static boolean fireFought(SentenceWords w, int i) {
    for (int j = i + 1; j <= i + 8 && j < w.size() && !Clauses.isBoundary(w, j); j++) {
      if (w.isKey(j, Clauses.ON)) {
        return w.is(j + 1, FIRES);
      }
    }
    return false;
  }

  /** "تقدم": an advance, or with an object pronoun after a relative one "provides" ("الذي تقدمه"). */
  private static final String ADVANCED = EventKeys.of("تقدم");
  /** "أقر" (acknowledged), whose lemma the tagger also gives "تقرر" / "يقرر" (decides: قرر). */
  private static final String ACKNOWLEDGED = EventKeys.of("أقر");
  private static final String DECIDED = EventKeys.of("قرر");
  /** Names written as a form of a trigger's verb: "نزار قباني" (not "نُزار", we are visited), "محمد تقي". */
  private static final java.util.Set<String> NAMES_LIKE_VERBS = java.util.Set.of(EventKeys.of("نزار"),
      EventKeys.of("تقي"));
  /**
   * Names written as such a form with a clitic, kept whole: "سيزار" (César, not سـ + يُزار, "will be visited":
   * "والاسباني سيزار اسبيليكويتا", seed 212; news writes that future "ستتم زيارة").
   */
  private static final java.util.Set<String> NAMES_LIKE_CLITIC_VERBS = java.util.Set.of("سيزار");
  /** Words of God and His Prophet, as written: "قال الله تعالى", "قال النبي صلى الله عليه وسلم". */
  private static final java.util.Set<String> SACRED_SPEAKERS = java.util.Set.of("الله", "النبي", "الرسول", "تعالى");
  private static final java.util.Set<String> SACRED_SAYING = EventKeys.setOf("قال", "يقول");

  /** Whether the saying at word i quotes scripture: God or the Prophet is the speaker right after it. */
  private static boolean scripture(SentenceWords w, int i) {
    if (!w.is(i, SACRED_SAYING) || i + 1 >= w.size() || !w.token(i + 1).clitics().isEmpty()) {
      return false;
    }
    String next = w.token(i + 1).text();
    return SACRED_SPEAKERS.contains(next) || "رسول".equals(next) && i + 2 < w.size()
        && "الله".equals(w.token(i + 2).text()) || blessedAfter(w, i + 2)
        // (or a companion's, ending right before the verb: "عن أسماء بنت أبى بكر رضي الله عنهما قالت", seed 246)
        || i >= 3 && blessing(w, i - 3) && w.token(i - 1).text().startsWith("عن");
  }

  /** How far past the speaker the blessing may follow his name: "المصطفى صلى الله عليه", "النبي محمد صلى". */
  private static final int BLESSING_REACH = 2;

  /**
   * Whether a blessing follows the speaker near word i: the Prophet's ("ويقول المصطفى صلى الله عليه وآله وسلم",
   * seed 243), whatever name he is called by, another prophet's or a companion's ("ويقول موسى عليه السلام
   * لقومه", seed 246): a verse or a hadith told, no news.
   */
  private static boolean blessedAfter(SentenceWords w, int i) {
    for (int k = i; k < i + BLESSING_REACH && k + 1 < w.size(); k++) {
      if (blessing(w, k)) {
        return true;
      }
    }
    return false;
  }

  /** "صلى الله", "عليه السلام", "عليها السلام", "رضي الله" at word k. */
  private static boolean blessing(SentenceWords w, int k) {
    String first = w.token(k).text();
    String second = w.token(k + 1).text();
    return ("صلى".equals(first) || "رضي".equals(first)) && "الله".equals(second)
        || ("عليه".equals(first) || "عليها".equals(first)) && "السلام".equals(second);
  }

  private static final String WELCOMED = EventKeys.of("رحب");
  /** Guests one welcomes: "رحب سموه بالضيوف", "ورحب مدير عام الخطوط السعودية بالوفد". */
  private static final java.util.Set<String> GUESTS = EventKeys.setOf("ضيف", "ضيوف", "الضيف", "الضيوف", "زائر",
      "زوار", "الزائر", "الزوار", "الزائرين", "زائرين", "وفد", "الوفد", "وفود", "الوفود");
  /** A host's wishes to a guest: "متمنياً له طيب الإقامة". */
  private static final java.util.Set<String> WISHING = EventKeys.setOf("متمنيا", "متمنية", "متمنين", "متمنيًا");

  /**
   * Whether the welcome at word i is of a guest, not of a step ("ورحب أمير منطقة عسير بالقرني متمنياً له طيب
   * الإقامة", "رحب سموه بالضيوف"): hosting, told by the visit's own words, no endorsement.
   */
  private static boolean welcomedGuest(SentenceWords w, int i) {
    // (past a long subject: "ورحب مدير عام الخطوط الجوية العربية السعودية المهندس صالح الجاسر بالوفد")
    for (int j = i + 1; j <= i + 12 && j < w.size() && !Clauses.isBoundary(w, j); j++) {
      if (w.hasProclitic(j, "ب")) {
        return w.is(j, GUESTS) || w.near(j, 3, WISHING);
      }
    }
    return false;
  }

  /** "أن" with its pronoun after "تظاهر ب": pretending that. */
  private static final java.util.Set<String> PRETENDED = EventKeys.setOf("أن", "أنه", "أنها", "أنني", "أنهم", "أنك");

  /** Words of a conviction, whose charges follow behind ب: "ادينوا بـ«الاغتيال والقتل»". */
  private static final java.util.Set<String> CONVICTED_OF = EventKeys.setOf("ادينوا", "أدينوا", "ادين", "أدين",
      "أدينت", "ادينت", "أدينا", "ادينا");
  /** How many words a list of crimes may run before the noun. */
  private static final int CRIME_LIST = 6;

  /**
   * Whether the noun at i is in the list of crimes a conviction names: its verb, then ب on the first crime,
   * the others joined by و, with no clause between.
   */
  private static boolean listedCrime(SentenceWords w, int i) {
    for (int k = i; k >= 0 && k >= i - CRIME_LIST; k--) {
      if (k < i && Clauses.isBoundary(w, k)) {
        return false;
      }
      if (w.is(k - 1, CONVICTED_OF)
          || w.is(k - 2, CONVICTED_OF) && w.token(k - 1).kind() == org.marsad.doc.TokenKind.PUNCT) {
        // (the crime itself behind ب, or one joined by و to the list: not "أدين بأشد العبارات التفجير", I condemn)
        return (w.hasProclitic(k, "ب") || w.token(k).text().startsWith("ب")) && (k == i || w.hasProclitic(i, "و"));
      }
    }
    return false;
  }

  private static final java.util.Set<String> MARCH = EventKeys.setOf("مسيرة");

  private static final java.util.Set<String> WEBSITE = EventKeys.setOf("موقع", "الموقع", "مواقع", "المواقع");
  private static final java.util.Set<String> ONLINE = EventKeys.setOf("الكتروني", "إلكتروني", "الإلكتروني",
      "الالكتروني", "إلكترونية", "الإلكترونية", "الكترونية", "الالكترونية");
  private static final java.util.Set<String> ON_HIM = EventKeys.setOf("عليه", "عليها", "عليهم");

  /**
   * Whether the verb at i stands between a proper name and the clause's perfective verb: the rest of the name
   * ("توماس ليدنك احتفظ"), since two verbs do not follow a bare name.
   */
  private static boolean surnameBetween(SentenceWords w, int i) {
    return i > 0 && i + 1 < w.size() && "PROPN".equals(w.token(i - 1).pos()) && w.token(i - 1).clitics().isEmpty()
        && w.token(i).clitics().pre().contains("ل") && w.isVerb(i + 1) && !w.isImperfective(i + 1)
        && w.token(i + 1).clitics().pre().isEmpty();
  }

  private static boolean notAnEvent(SentenceWords w, int i) {
    if (w.isKey(i, DEMAND) && !w.isVerb(i) && w.is(i - 1, ON_HIM) && w.isKey(i + 1, "من") && w.isKey(i + 2, "قبل")) {
      return true; // "عليها طلب من قبل المسؤولين": she is in demand, no one's appeal (seed 276)
    }
    if (w.is(i, VisitedPlaces.VISITS) && w.is(i + 1, WEBSITE) && w.is(i + 2, ONLINE)) {
      return true; // "زيارة موقع الكتروني": visiting a website (seed 278)
    }
    if (w.is(i, MARCH) && !w.isVerb(i) && List.of("ه").equals(w.token(i).clitics().post())) {
      return true; // "خدمة الغناء ومسيرته": his career; a march is a crowd's (seed 269)
    }
    if (w.isVerb(i) && surnameBetween(w, i)) {
      return true; // "النجم التشيكي توماس ليدنك احتفظ باللقب": a surname the tagger read as "to condemn you"
    }
    if (w.isKey(i, DEMAND) && passesGreetings(w, i)) {
      return true; // "طلب جلالة الملك عبدالله الثاني نقل تحياته إلى أخيه": a courtesy, no appeal (seed 250)
    }
    // (an office named by its genitive is indefinite, its genitive behind no ب: "ووفد من الوزارة بزيارة" is
    // the ministry's delegation on a visit, seed 282)
    if (i > 0 && w.is(i - 1, OFFICES) && !w.isVerb(i) && !(w.isDefinite(i - 1) && w.hasProclitic(i, "ب"))) {
      return true; // "وزير الانسحاب من الاتحاد الأوروبي", "مجلس التعاون": a name of an office, not an event
    }
    if (i >= 2 && !w.isVerb(i) && w.hasProclitic(i, "و") && w.is(i - 2, MINISTRIES) && w.isDefinite(i - 1)
        && w.token(i - 1).clitics().pre().isEmpty() && w.token(i - 1).isWord()) {
      return true; // "وزير الخارجية والتعاون الدولي", "وزيرة الاستثمار والتعاون": a title's second portfolio
    }
    if (w.is(i, PENALTIES) && (w.is(i - 2, EVADING) && w.is(i - 1, EVADED_VIA) || w.is(i - 1, EVADING))) {
      return true; // "تساعد إيران على التهرب من العقوبات": sanctions evaded are in place, no new ones
    }
    if (w.is(i, RISKS) && threatAsRisk(w, i)) {
      return true; // "يشكل تهديدا للنظام التجاري": a risk, no one threatening
    }
    if (w.is(i, OCCUPATION) && w.is(i - 1, OCCUPIERS)) {
      return true; // "سلطات الاحتلال", "قوات الاحتلال": Israel's bodies by their usual name, no act
    }
    if (cognateObject(w, i)) {
      return true; // "رفضت رفضا قاطعا": the verb's own masdar stresses it, no second event
    }
    if (w.isKey(i, DAWN) && (w.is(i + 1, DAYS_AND_TIMES)
        || w.is(i - 1, BEFORE_TIMES) && w.token(i - 1).clitics().post().isEmpty())) { // (not "عندما فجر")
      return true; // "سلموا أنفسهم فجر الأحد", "في فجر اليوم": dawn, not a bombing
    }
    if (w.is(i, PENALTIES) && w.isKey(i - 1, LAW)) {
      return true; // "قانون العقوبات": the penal code, no sanctions
    }
    if (!w.isVerb(i) && listedCrime(w, i)) {
      return true; // "ادينوا بـ«الاغتيال والاغتصاب والقتل»": the crimes a court convicted of, listed
    }
    if (w.isVerb(i) && w.isKey(i, SPARKED) && sparksDispute(w, i)) {
      return true; // "وفجر تعرض العميل سكريبال للتسمم … نزاعا دبلوماسيا": sparked a dispute, no bombing
    }
    if (w.isKey(i, STABBED) && contested(w, i)) {
      return true; // "بعد أن طعنت الكنيسة في الاتفاق": challenged it in court, stabbed no one
    }
    if (w.is(i, FIRED) && celebratory(w, i)) {
      return true; // "وأطلق جنوده النار ابتهاجا": shots in the air for joy, at no one
    }
    if (w.isKey(i, CONTROLLED) && fireFought(w, i)) {
      return true; // "سيطرت وحدات الدفاع المدني على حريق": a fire put out, no land taken
    }
    if (scripture(w, i)) {
      return true; // "قال الله تعالى", "وقال رسول الله صلى الله عليه وسلم": a verse or a hadith quoted, no news
    }
    if (w.isKey(i, ADVANCED) && w.is(i - 1, ActorPositions.RELATIVES) && !w.token(i).clitics().post().isEmpty()) {
      return true; // "الدعم الذي تقدمه الولايات المتحدة": provides it (قدّم), no advance (not "التي تقدمت إليها")
    }
    if (w.prayer(i)) {
      return true; // "الأمير محمد بن سلمان أيدهم الله ووفقهم": a prayer after the names, no endorsement
    }
    if (w.isKey(i, ACKNOWLEDGED) && w.bare[i].contains(DECIDED)) {
      return true; // "لتقرر الحكومة", "وسيقرر ترامب": decides (قرر), no acknowledging (أقر)
    }
    if (NAMES_LIKE_VERBS.contains(org.marsad.text.SearchKeys.stem(w.token(i)))
        || NAMES_LIKE_CLITIC_VERBS.contains(w.token(i).text())) {
      return true; // "عبدالعزيز خوجه ونزار قباني", "الحكم السنغافوري محمد تقي": names (not "التقي", met)
    }
    if (w.isKey(i, WELCOMED) && welcomedGuest(w, i)) {
      return true; // "ورحب أمير منطقة عسير بالقرني متمنياً له طيب الإقامة": a guest made welcome, no endorsement
    }
    if (w.isKey(i, DEMAND) && !w.isVerb(i) && w.isDefinite(i) && marketDemand(w, i)) {
      return true; // "يؤثر على الطلب على النفط": a market's demand for a good, no one asks
    }
    if (w.is(i, SHOWS) && i > 0 && w.is(i - 1, WHICH)) {
      return true; // "مما يوضح عدم امتلاك الحكومة لمعلومات": the clause before shows it, no one says it
    }
    if (w.is(i, FIGHTING_NOUNS) && w.is(i - 1, FRONTS)) {
      return true; // "في مختلف جبهات القتال", "ساحات القتال": where fighting goes on, a place, no event
    }
    if (w.isVerb(i) && w.is(i, THREATENS) && w.imperfectiveShape(i) && risks(w, i + 1)) {
      return true; // "يهدد بإذكاء التنافس الإقليمي", "تهدد استقرار المنطقة": risks or endangers, no one threatens
    }
    if (w.isVerb(i) && w.is(i, PLEDGED) && vowsVictory(w, i)) {
      return true; // "وتعهد الرئيس التركي بانتصار تاريخي على المعارضة": no pledge to cooperate
    }
    if (w.isVerb(i) && w.isKey(i, OCCUPIED) && objectFurther(w, i, RANKS, true)) {
      return true; // "واحتلت منظمة أوكسفام الخيرية المرتبة الرابعة": ranked, occupied nothing
    }
    if (w.isVerb(i) && w.isKey(i, LAUNCHED) && named(w, i)) {
      return true; // "وأطلقت طالبان على هجومها عملية الخندق": named it, fired nothing
    }
    if (w.isVerb(i) && w.is(i, WORTH_TELLING) && i >= 2 && !w.isDefinite(i - 1) && ActorPositions.isNoun(w, i - 1)
        && (w.is(i - 2, ANY) || w.is(i - 2, Clauses.NEGATIONS))) {
      return true; // "ولم تسجل أي حادثة تذكر": worth mentioning, no one telling
    }
    boolean demonstrate = w.isKey(i, "تظاهر") || EventKeys.verbStem(w.token(i)).equals("تظاهر");
    if (demonstrate && w.hasProclitic(i + 1, "ب") && w.is(i + 1, PRETENDED)) {
      return true; // "كنت أتظاهر بأنني لا أسمع": pretended, no demonstration
    }
    if (w.isKey(i, DEMANDED_NAME) && w.isKey(i + 1, SON_OF)) {
      return true; // "شيخهم طالب بن لاهوم": a man's name, "طالب", with his father's after (not "استقبل بن سلمان")
    }
    if (DEMANDED_NAME.equals(w.bare[i]) && !w.isVerb(i) && w.token(i).clitics().pre().isEmpty()
        && studentNisba(w, i + 1)) {
      return true; // "في هجوم شنه طالب تونسي مسلح": a student, described by his country, demands nothing
    }
    if (w.is(i, RECALLED) && (w.is(i + 1, THAT) || w.is(i + 1, ObjectFinder.TO) && w.is(i + 2, THAT))) {
      // "يذكر أن …", "يشار إلى أن …", "it is worth recalling that": the narrator's background, nobody speaks
      return true;
    }
    if (w.isKey(i + 1, RELIGION) && "تقي".equals(w.token(i).norm())) {
      return true; // "زياد تقي الدين": a name, not "التقى" (met)
    }
    if (w.isKey(i, STUDENT) && (w.isCount(i - 1) || w.is(i + 1, STUDENTS) || constructHead(w, i - 1))) {
      return true; // "500 طالب وطالبة", "إفادة طالب لشبكة سي إن إن": a student, no demand
    }
    if (w.is(i, REMOVED) && w.near(i, 3, MINES)) {
      return true; // "نزعت الفرق الهندسية عشرات الألغام": demining
    }
    // (and a count of visitors right after the verb: "وزار 3573 عمانياً سويسرا", seed 280)
    if (w.is(i, VisitedPlaces.VISITS) && (touristsBefore(w, i) || w.is(i - 1, LARGE_UNITS) || w.is(i + 1, BROWSING)
        || w.isVerb(i) && i + 1 < w.size() && w.token(i + 1).kind() == org.marsad.doc.TokenKind.NUMBER)) {
      return true; // "بدخول السياح الاجانب لزيارة الاقصى", "المليار زيارة تصفح": tourism and page views, no state visit
    }
    if (w.is(i, TRUCES) && Clauses.verbBefore(w, i, 4, EXPLOITED) >= 0) {
      return true; // "استغلت جماعة الحوثي الهدنة": a truce in force, exploited, none declared
    }
    if (w.is(i, NAMED_IN_CONSTRUCT) && w.is(i - 1, OFFICES_AND_MEN) && constructHead(w, i - 1)) {
      // "إدارة التعاون الدولي" is a department, "آخر جندي احتلال" a soldier of the occupation (seed 203)
      return true;
    }
    if (w.isKey(i, SEEKING) && i + 1 < w.size() && w.hasProclitic(i + 1, "ل") && w.is(i + 1, SOUGHT)) {
      return true; // "هرع المتظاهرون طلبا للحماية": in search of, no request ("قدمت طلبا للاستئناف" is one)
    }
    if (w.is(i, DEMANDING_PROTEST) && w.token(i).clitics().post().contains("نا")) {
      return true; // "لاحتجنا إلى مئة وزير": احتاج, we would need ("we protested" is احتججنا; protest takes no object)
    }
    if (w.is(i, DEMANDING_PROTEST) && i + 1 < w.size() && w.hasProclitic(i + 1, "ب") && !w.is(i + 1, STRONGLY_B)) {
      return true; // "احتجوا بوجود وزارة السكان": cited it as their excuse, no protest ("احتج بشدة" is one)
    }
    if (w.is(i, BOMBS) && defused(w, i)) {
      return true; // "وتفكيك 15 عبوة ناسفة", "ضبط قنبلة": a bomb made safe or found went off nowhere
    }
    if (w.is(i, DETONATING) && w.isKey(i - 1, "من") && managedBefore(w, i - 1) && bombsAfter(w, i)) {
      // "تمكنت قوات الأمن المصرية من تفجير 7 عبوات ناسفة": bombs found and blown up where they lay (seed 201)
      return true;
    }
    if (w.is(i, INTERCEPTED) && w.near(i, 6, PROJECTILES)) {
      return true; // "اعترضت القبة الحديدية الصاروخين": air defence, nothing seized
    }
    if (w.is(i, CONVICTION) && i + 1 < w.size() && (w.is(i + 1, COURTS)
        || (!w.token(i).clitics().post().isEmpty() || w.isKey(i, CONVICTED)) && w.hasProclitic(i + 1, "ب")
        && !w.is(i + 1, STRONGLY))) {
      // ("أدانت المحكمة المتهمين": the court convicts)
      return true; // "بعد إدانته بمساعدة جماعة مسلحة", "أدين بقتل": a court's verdict, not a condemnation
    }
    if (w.is(i, PENALTIES) && w.near(i, 5, PRISON)) {
      return true; // "أقصى عقوبات … السجن لـ 7 سنوات": sentences, not sanctions
    }
    if (i > 0 && w.is(i - 1, AFFAIRS) && !w.isVerb(i)) {
      return true; // "وزيرة الدولة لشؤون التعاون الدولي": the portfolio in a title, not an event
    }
    if (i > 0 && w.is(i, SOCIETY) && w.is(i - 1, SCIENCE_OF) && !w.isVerb(i)) {
      return true; // "عالم الاجتماع", "أستاذ علم الاجتماع": sociology, no meeting
    }
    if (CooperationKinds.behindBa(w, i)) {
      return true; // "بدأ الجيش بالتعاون مع الشرطة عملية", "بتهمة التعاون مع": no cooperation of its own
    }
    if (inName(w, i)) {
      return true; // "مركز الملك عبدالله العالمي للحوار", "المنظمة الدولية للتعاون الشرطي": part of a body's name
    }
    if (!w.isVerb(i) && (w.is(i - 1, FUTURE_OF) || w.is(i - 1, ABOUT) && w.is(i - 2, TALK))) {
      return true; // "ناقشا مستقبل التعاون", "أهمية التعاون", "من المبكر الحديث عن انسحاب أمريكي": a topic
    }
    if ((w.is(i, MEETINGS) || w.is(i, CALLS)) && interview(w, i)) {
      return true; // "اتهم الشيخ سلطان في لقاء مع "العربية""، "في مقابلة مع صحيفة": an interview, where one spoke
    }
    if (w.is(i, CALLS) && (w.is(i + 1, FOR_COMMENT) || w.is(i + 2, FOR_COMMENT))) {
      return true; // "لم يرد متحدث باسم الشرطة على اتصال هاتفي للتعليق": a reporter's call, not a consultation
    }
    if (w.is(i, REQUESTS) && forComment(w, i)) {
      return true; // "ولم ترد إمبراير على طلب للتعليق": a reporter's request for comment, no appeal
    }
    if (w.is(i, TELLING) && attribution(w, i)) {
      return true; // "حسبما أفاد مراسل بي بي سي", "وفق ما ذكرت وكالة الأنباء": the source of what was told, no statement
    }
    if (w.isKey(i, TRANSFER) && quotedFrom(w, i)) {
      return true; // "نقلت الوكالة عن مصدر عسكري": quoted from a military source, no troops moved
    }
    // "قرار … يستهدف النفط": what a measure aims at; "تستهدف ألمانيا الحصول على": a goal
    return w.is(i, TARGETS) && (aimOfMeasures(w, i) || aimsToDo(w, i));
  }

  /** Masdars of what one sets out to reach, after "يستهدف" to aim: "تستهدف ألمانيا الحصول على 80 في المائة". */
  private static final java.util.Set<String> GOALS = EventKeys.setOf("حصول", "وصول", "تحقيق", "رفع", "زيادة",
      "خفض", "تخفيض", "تقليص", "جذب", "استقطاب", "انتهاء", "تعزيز", "تطوير", "توفير", "إنتاج", "تصدير", "إسقاط",
      "إطاحة", "مراقبة", "توظيف", "تدريب", "إنشاء", "بناء", "تحسين"); // (keys fold the article and hamza)

  /** Whether the aim verb at i sets out to do something, a masdar right after it or past its subject. */
  private static boolean aimsToDo(SentenceWords w, int i) {
    for (int k = i + 1; k <= i + 2 && k < w.size(); k++) {
      if (w.is(k, GOALS) && w.token(k).clitics().pre().isEmpty()) {
        return true; // (past its subject: "الوزارة تستهدف الانتهاء من تحقيقها", "تستهدف ألمانيا الحصول")
      }
    }
    return false;
  }

  /** "الاجتماع" after a science or its scholars: sociology. */
  private static final java.util.Set<String> SOCIETY = EventKeys.setOf("الاجتماع");
  private static final java.util.Set<String> SCIENCE_OF = EventKeys.setOf("علم", "عالم", "علماء", "عالمة",
      "وعلم", "وعالم");

  /** Disasters and epidemics, for which a state of emergency is relief, not coercion. */
  private static final java.util.Set<String> DISASTERS = EventKeys.setOf("إعصار", "الإعصار", "عاصفة", "العاصفة",
      "فيضان", "فيضانات", "الفيضانات", "زلزال", "الزلزال", "حرائق", "الحرائق", "وباء", "الوباء", "طبية", "صحية",
      "الأمطار", "أمطار", "الثلوج", "السيول", "سيول", "الجفاف", "الكوليرا", "إيبولا");

  /**
   * Whether the trigger declares a state of emergency (1724) against a disaster or an epidemic ("أعلن
   * ترامب حالة الطوارئ في فلوريدا" after a hurricane, "حالة طوارئ طبية"): relief, not a coercive act.
   */
  private static boolean disasterEmergency(SentenceWords w, TriggerMatch m) {
    if (!"1724".equals(m.entry().cameo())) {
      return false;
    }
    for (int i = 0; i < w.size(); i++) {
      if (w.is(i, DISASTERS)) {
        return true;
      }
    }
    return false;
  }

  /** An indefinite accusative masdar right after its own verb: "رفضت رفضا قاطعا", "أدان إدانة شديدة". */
  private static boolean cognateObject(SentenceWords w, int i) {
    var t = w.token(i);
    // (the tagger may read it as a dual verb, "رفضا", which cannot follow its own verb)
    return i > 0 && w.isVerb(i - 1) && !w.isDefinite(i) && t.clitics().pre().isEmpty()
        && t.clitics().post().isEmpty() && (w.bare[i].endsWith("ا") || w.bare[i].endsWith("ة"))
        && w.lemma[i - 1].length() >= 3 && (w.lemma[i].equals(w.lemma[i - 1])
            || w.bare[i].startsWith(w.lemma[i - 1]) || w.bare[i].startsWith("ا" + w.lemma[i - 1].substring(1)));
  }

  private static final java.util.Set<String> CALLS = EventKeys.setOf("اتصال", "اتصالات", "مكالمة");
  private static final java.util.Set<String> FOR_COMMENT = EventKeys.setOf("للتعليق", "تعليق", "لطلب", "للحصول");
  private static final java.util.Set<String> REQUESTS = EventKeys.setOf("طلب", "طلبات", "طلبا");
  private static final java.util.Set<String> COMMENT = EventKeys.setOf("تعليق", "التعليق");

  /**
   * Whether "للتعليق" follows the request within a few words ("على طلبات وكالة الأنباء الفرنسية للتعليق"); a
   * request's "تعليق" without ل is a suspension asked for ("طلبت إيران تعليق العقوبات").
   */
  private static boolean forComment(SentenceWords w, int request) {
    for (int j = request + 1; j <= request + 4 && j < w.size(); j++) {
      if (w.hasProclitic(j, "ل") && w.is(j, COMMENT)) {
        return true;
      }
    }
    return false;
  }

  /** "مستقبل التعاون": the future of an act is what is talked about, not the act. */
  private static final java.util.Set<String> FUTURE_OF = EventKeys.setOf("مستقبل", "أهمية", "اهمية", "آفاق", "سبل");
  private static final java.util.Set<String> ABOUT = EventKeys.setOf("عن", "حول");
  /** Talk about an act: "الحديث عن انسحاب", "التكهنات حول". */
  private static final java.util.Set<String> TALK = EventKeys.setOf("الحديث", "حديث", "التكهنات", "تكهنات",
      "الكلام", "كلام");

  /** Nouns of meeting that also name an interview: "لقاء مع قناة", "مقابلة مع صحيفة", "حوار مع وكالة". */
  private static final java.util.Set<String> MEETINGS = EventKeys.setOf("لقاء", "مقابلة", "حوار");
  /** Media outlets by the word that heads their names ({@link ObjectFinder#OUTLETS}), and some named without one. */
  private static final java.util.Set<String> OUTLETS = java.util.stream.Stream.concat(ObjectFinder.OUTLETS.stream(),
      EventKeys.setOf("رويترز", "الحرة", "العربية", "الجزيرة", "سي", "بي", "فوكس", "صحف", "الصحف", "وسائل",
          "برنامج", "برامج")
          .stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Kinds of interview: "لقاء تلفزيوني", "حوار صحفي", "مقابلة إذاعية". */
  private static final java.util.Set<String> BROADCAST = EventKeys.setOf("تلفزيوني", "تلفزيونية", "متلفز",
      "متلفزة", "صحفي", "صحفية", "صحافي", "صحافية", "إذاعي", "إذاعية", "اذاعي", "اذاعية",
      // and forums where one speaks to the public: "خلال لقاء حواري انتخابي"
      "حواري", "انتخابي", "جماهيري", "شعبي");

  /**
   * Whether the meeting or call noun at i is with a media outlet ("مع "العربية"", "مع صحيفة", "في اتصال هاتفي
   * مع «الشرق الأوسط»") or of a broadcast kind ("في لقاء تلفزيوني"): an interview.
   */
  private static boolean interview(SentenceWords w, int i) {
    if (w.is(i + 1, BROADCAST)) {
      return true;
    }
    int with = i + 1;
    while (with < i + 3 && with < w.size() && "ADJ".equals(w.token(with).pos())) {
      with++; // "في مقابلة حصرية مع"
    }
    if (w.is(with, OUTLETS) && w.hasProclitic(with, "ل")) {
      return true; // given to the press: "في حوار لصحيفة الحياة"
    }
    boolean givenTo = w.isKey(with, "ل"); // the lam written apart: "لـ"
    if (!w.isKey(with, "مع") && !givenTo) {
      return false;
    }
    int k = with + 1;
    while (k < w.size() && k <= with + 2 && OPENING_MARKS.contains(w.token(k).text())) {
      k++;
    }
    // (a quoted name that the talk was given to is a paper's: "في حوار هاتفي لـ(عكاظ)"; and a paper's name in
    // quotes after "مع": "في اتصال هاتفي مع «الشرق الأوسط»")
    return k < w.size() && (w.is(k, OUTLETS) || givenTo && k > with + 1 || k > with + 1 && w.is(k, PAPERS));
  }

  /** The first words of papers' names, which stand for the paper when quoted: "«الشرق الأوسط»", "«عكاظ»". */
  private static final java.util.Set<String> PAPERS = EventKeys.setOf("الشرق", "عكاظ", "الرياض", "الحياة", "الوطن",
      "المدينة", "سبق", "اليوم", "الجزيرة", "الاقتصادية", "البيان", "الخليج", "الأهرام", "الاهرام", "النهار",
      "الاتحاد", "القبس", "الراي", "الرأي", "الغد", "المصري", "الشروق");

  /** Marks that open an outlet's name: quotes, and the brackets some papers use ("لـ(عكاظ)"). */
  private static final java.util.Set<String> OPENING_MARKS = java.util.Set.of("\"", "«", "“", "(");

  private static final java.util.Set<String> AFFAIRS = EventKeys.setOf("شؤون", "لشؤون", "الشؤون", "شئون", "لشئون");

  /** Heads of a body's name, whose purpose follows behind ل: "مركز … للحوار", "المنظمة الدولية للتعاون". */
  private static final java.util.Set<String> BODY_HEADS = EventKeys.setOf("مركز", "منظمة", "مجلس", "هيئة", "معهد",
      "جمعية", "اتحاد", "منتدى", "وكالة", "برنامج", "صندوق", "مؤسسة", "جامعة");

  /**
   * Whether the noun at i, behind ل, names the purpose of a body in that body's name: a body head within
   * the six words before, the words between being its adjectives or its genitive name, and no verb before
   * the head that would make the body a subject.
   */
  private static boolean inName(SentenceWords w, int i) {
    if (w.isVerb(i) || !w.token(i).clitics().pre().equals(List.of("ل"))) {
      return false;
    }
    for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
      if (w.is(k, BODY_HEADS) && w.token(k).clitics().post().isEmpty()) {
        return !(k > 0 && w.isVerb(k - 1)); // (not "دعا مجلس الأمن للتحقيق": a subject acting to a purpose)
      }
      if (!w.token(k).isWord() || w.isVerb(k) || !w.token(k).clitics().pre().isEmpty()) {
        return false;
      }
    }
    return false;
  }

  /** Raids: whatever their aim verb says, no armed attack ("في مداهمة استهدفت شقة سكنية" is the arrest's). */
  static final java.util.Set<String> RAIDS = EventKeys.setOf("مداهمة", "مداهمات");
  /** Attack nouns that are events of their own, whose aim verb follows them. */
  private static final java.util.Set<String> ATTACK_NOUNS = java.util.stream.Stream.concat(RAIDS.stream(),
      EventKeys.setOf("غارة", "غارات", "قصف", "هجوم", "هجمات", "تفجير", "تفجيرات", "ضربة", "ضربات").stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * The attack noun whose aim the verb at i is, past the noun's adjectives and a relative pronoun ("ضربة
   * جوية إسرائيلية استهدفت موقعا"), or -1. When that noun is coded, it is the event, and the aim is not
   * another one.
   */
  static int attackAimedAt(SentenceWords w, int i) {
    if (!w.is(i, TARGETS) || !w.token(i).clitics().pre().isEmpty() || !w.token(i).clitics().post().isEmpty()) {
      return -1; // ("واستهدفت", "استهدفها": a clause of its own)
    }
    int k = i - 1;
    if (k >= 0 && w.is(k, AIM_RELATIVES)) {
      k--;
    }
    if (afterElapsed(w, k + 1)) {
      k -= 2; // "تفجير ثان بعد دقائق استهدف كنيسة": when, between the noun and its aim
    }
    k = beforeDay(w, k); // "29 ضربة جوية يوم الاحد استهدفت تنظيم الدولة"
    for (int adjectives = 0; adjectives <= 3 && k >= 0; adjectives++, k--) {
      if (w.is(k, ATTACK_NOUNS)) {
        return k;
      }
      if (!adjective(w, k)) {
        break;
      }
    }
    // (past the noun's agent behind ل: "غارات لطيران التحالف العربي استهدفت مواقع")
    for (k = i - 2; k >= Math.max(0, i - 6); k--) {
      if (w.isVerb(k) || Clauses.isBoundary(w, k)) {
        return -1;
      }
      if (w.is(k, ATTACK_NOUNS) && (w.hasProclitic(k + 1, "ل") || w.hasProclitic(k + 1, "ب"))) {
        return k; // (or past its means behind ب: "هجوم بغاز الأعصاب استهدف جاسوسا")
      }
    }
    return -1;
  }

  /** Verbs of telling that follow "حسبما" / "وفق ما" in an attribution. */
  static final java.util.Set<String> TELLING = EventKeys.setOf("أفاد", "افاد", "أفادت", "افادت", "ذكر",
      "ذكرت", "أورد", "أوردت", "اورد", "اوردت", "نقل", "نقلت", "أعلن", "أعلنت", "اعلن", "اعلنت", "قال", "قالت",
      "أكد", "أكدت", "اكد", "اكدت", "أوضح", "أوضحت", "أشار", "أشارت", "نشر", "نشرت", "أظهر", "أظهرت",
      // and the present, with or without the pronoun of what is told: "بحسب ما تقوله وثائق المحكمة"
      "يقول", "تقول", "يقوله", "تقوله", "قاله", "قالته", "ذكره", "ذكرته", "يذكر", "تذكر", "تفيد", "يفيد", "تظهر",
      "يظهر", "تؤكد", "يؤكد");
  private static final java.util.Set<String> ACCORDING_AS = EventKeys.setOf("حسبما", "بحسبما", "وفقما");
  private static final java.util.Set<String> WHAT = EventKeys.setOf("ما", "لما");

  /** Whether word i is a verb of telling in an attribution: "وفق ما ذكرت وكالة رويترز". */
  static boolean attributes(SentenceWords w, int i) {
    return w.is(i, TELLING) && attribution(w, i);
  }

  /** Whether the verb of telling at i names the source of what the sentence told: "بحسب ما أفاد صحفي". */
  private static boolean attribution(SentenceWords w, int i) {
    return w.is(i - 1, ACCORDING_AS) || w.is(i - 1, WHAT) && w.is(i - 2, Clauses.ACCORDING);
  }

  /** Whether a short while ("بعد دقائق", "بعد ساعات") stands right before word i. */
  static boolean afterElapsed(SentenceWords w, int i) {
    return i >= 2 && w.is(i - 1, ELAPSED) && w.is(i - 2, BEFORE_OR_AFTER);
  }

  /**
   * The word before a day named at k ("يوم الاحد", "ليل الأربعاء الخميس", "اليوم"), or k when no day
   * stands there.
   */
  private static int beforeDay(SentenceWords w, int k) {
    int j = k;
    while (j >= 0 && k - j < 2 && (w.is(j, Clauses.DAYS) || w.isKey(j, "اليوم"))) {
      j--;
    }
    if (j < k && w.is(j, PARTS_OF_DAY)) {
      j--;
    }
    return j;
  }

  /** What may name the part of a day before the day: "يوم الأحد", "مساء السبت". */
  private static final java.util.Set<String> PARTS_OF_DAY = EventKeys.setOf("يوم", "مساء", "صباح", "فجر", "ليل",
      "ليلة", "ظهر", "عصر");

  /** A short while: "بعد دقائق", "بعد ساعات". */
  private static final java.util.Set<String> ELAPSED = EventKeys.setOf("دقائق", "دقيقة", "ساعات", "ساعة", "لحظات",
      "أيام", "يومين");
  private static final java.util.Set<String> AIM_RELATIVES = EventKeys.setOf("الذي", "التي");

  /** An adjective by its tag or, as the tagger misses nisbas ("إسرائيلية"), by its ending. */
  static boolean adjective(SentenceWords w, int k) {
    String bare = w.bare[k];
    return "ADJ".equals(w.token(k).pos()) || bare.endsWith("ي") || bare.endsWith("يه");
  }
  private static final java.util.Set<String> RECALLED = EventKeys.setOf("يذكر", "يشار");
  private static final java.util.Set<String> THAT = EventKeys.setOf("أن", "ان", "أنه", "انه", "أنها", "انها");
  private static final String RELIGION = EventKeys.of("الدين");
  private static final String STUDENT = EventKeys.of("طالب");
  private static final java.util.Set<String> STUDENTS = EventKeys.setOf("وطالبة", "طالبة", "وطالبات");
  private static final java.util.Set<String> REMOVED = EventKeys.setOf("نزع", "نزعت", "ينزع", "تنزع", "نزعوا");
  private static final java.util.Set<String> TRUCES = EventKeys.setOf("هدنة", "الهدنة");
  private static final java.util.Set<String> EXPLOITED = EventKeys.setOf("استغل", "استغلت", "استغلوا", "يستغل",
      "تستغل", "يستغلون");
  /** Tourists and pilgrims, whose visits are no one's diplomacy. */
  private static final java.util.Set<String> TOURISTS = EventKeys.setOf("سياح", "السياح", "سائح", "السائح", "سائحين",
      "زوار", "الزوار", "زائر", "الزائر", "المعتمرين", "معتمرين", "الحجاج", "حجاج");
  private static final java.util.Set<String> LARGE_UNITS = EventKeys.setOf("مليون", "ملايين", "مليار", "ألف", "آلاف",
      "الف", "الاف");
  private static final java.util.Set<String> BROWSING = EventKeys.setOf("تصفح", "للموقع", "للمواقع", "للصفحة");

  /** Whether tourists or pilgrims are named in the visit's clause, at most 12 words before it. */
  private static boolean touristsBefore(SentenceWords w, int i) {
    // (past the relative pronoun of the tourists' own clause: "سياح دول الخليج الذين زاروا سويسرا", seed 280)
    for (int k = i - 1; k >= Math.max(0, i - 12) && (!Clauses.isBoundary(w, k) || w.is(k, ActorPositions.RELATIVES));
        k--) {
      if (w.is(k, TOURISTS)) {
        return true;
      }
    }
    return false;
  }

  /** Whether "نقل" and greetings follow the request at i within a few words, past who asks: "طلب الملك نقل تحياته". */
  private static boolean passesGreetings(SentenceWords w, int i) {
    return w.pairAfter(i, GREETINGS_REACH, PASSING_ON, GREETINGS);
  }

  private static final int GREETINGS_REACH = 8;
  private static final java.util.Set<String> PASSING_ON = EventKeys.setOf("نقل", "إبلاغ", "ابلاغ");
  private static final java.util.Set<String> GREETINGS = EventKeys.setOf("تحيات", "تحياته", "تحياتها", "تحياتهم",
      "تحية", "سلام", "سلامه", "تمنيات", "تمنياته", "تهانيه", "تقدير", "تقديره");

  /**
   * Whether the definite "الطلب" at i is a market's demand: for a good behind على, past an adjective ("الطلب
   * الأوروبي على النفط", seed 252), or growing, falling or kept up with ("مواكبة الطلب المتنامي").
   */
  private static boolean marketDemand(SentenceWords w, int i) {
    int next = i + 1 < w.size() && "ADJ".equals(w.token(i + 1).pos()) ? i + 2 : i + 1;
    return w.isKey(next, Clauses.ON) || w.is(i - 1, MARKET_MOVES) || w.is(i + 1, MARKET_ADJECTIVES);
  }

  /** What the market's demand does: "مواكبة الطلب", "ارتفاع الطلب", "تراجع الطلب". */
  private static final java.util.Set<String> MARKET_MOVES = EventKeys.setOf("مواكبة", "ارتفاع", "تراجع", "انخفاض",
      "زيادة", "نمو", "ضعف", "تباطؤ");
  private static final java.util.Set<String> MARKET_ADJECTIVES = EventKeys.setOf("المتنامي", "المتزايد", "العالمي",
      "المحلي");

  /** Words of making a bomb safe or finding it: "تفكيك", "إبطال مفعول", "ضبط", "العثور على". */
  private static final java.util.Set<String> DEFUSING = EventKeys.setOf("تفكيك", "فكك", "فككت", "إبطال", "ابطال",
      "أبطل", "ابطل", "أبطلت", "ضبط", "ضبطت", "العثور", "عثر", "عثرت", "نزع", "إزالة", "ازالة");

  /** Whether a word of defusing or finding stands right before the bomb at i, past a count and "على". */
  private static boolean defused(SentenceWords w, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (w.is(k, DEFUSING)) {
        return true;
      }
      if (!w.isCount(k) && !w.isKey(k, Clauses.ON) && !w.is(k, Clauses.COUNT_LEAD) && !w.is(k, MAKE_SAFE)) {
        return false;
      }
    }
    return false;
  }

  private static final java.util.Set<String> DETONATING = EventKeys.setOf("تفجير");
  /** "طلبا", the accusative masdar: before what people go in search of ({@link #SOUGHT}), no request. */
  private static final String SEEKING = EventKeys.of("طلبا");
  /** Event nouns that, in construct after an office or a man, name them: "إدارة التعاون", "جندي احتلال". */
  private static final java.util.Set<String> NAMED_IN_CONSTRUCT = EventKeys.setOf("تعاون", "احتلال");
  private static final java.util.Set<String> OFFICES_AND_MEN = EventKeys.setOf("إدارة", "مديرية", "قسم",
      "وحدة", "شعبة", "مكتب", "جندي", "جنود", "ضابط", "ضباط", "مستوطن", "دولة", "سلطة", "سلطات");

  /** What people go in search of ("طلبا للحماية", "طلبا للرزق"), not what a request asks a body to do. */
  // (keys fold the article: "للحماية" is matched by "حماية")
  private static final java.util.Set<String> SOUGHT = EventKeys.setOf("حماية", "مساعدة", "رزق", "احتماء", "علاج",
      "أمان", "نجاة", "لجوء", "حلوى", "عمل", "علم", "مأوى", "راحة", "فاحشة", "ثأر", "شهرة", "مساعد");
  /** "احتج", to protest; before ب (not "بشدة") it cites an excuse. */
  private static final java.util.Set<String> DEMANDING_PROTEST = EventKeys.setOf("احتج");
  private static final java.util.Set<String> STRONGLY_B = EventKeys.setOf("شدة", "قوة");
  /** "تمكن من", managed to: what the forces managed to blow up they had found. */
  private static final java.util.Set<String> MANAGED = EventKeys.setOf("تمكنت", "تمكن", "تمكنوا", "وتمكنت", "وتمكن");

  /** Whether "تمكن" stands before "من" at {@code from}, past its subject: "تمكنت قوات الأمن المصرية من". */
  private static boolean managedBefore(SentenceWords w, int from) {
    for (int k = from - 1; k >= 0 && k >= from - 5; k--) {
      if (w.is(k, MANAGED)) {
        return true;
      }
      if (Clauses.isBoundary(w, k)) {
        return false;
      }
    }
    return false;
  }

  /** Whether bombs follow the detonation at i, past a count: "تفجير 7 عبوات ناسفة". */
  private static boolean bombsAfter(SentenceWords w, int i) {
    int k = i + 1;
    while (k < w.size() && k <= i + 2 && w.isCount(k)) {
      k++;
    }
    return w.is(k, BOMBS);
  }

  /** "مفعول", between "إبطال" and the bomb: "إبطال مفعول عبوة ناسفة". */
  private static final java.util.Set<String> MAKE_SAFE = EventKeys.setOf("مفعول");
  private static final java.util.Set<String> MINES = EventKeys.setOf("ألغام", "الألغام", "الغام", "الالغام", "ألغاما",
      "عبوات", "العبوات");
  /** Bombs and mines ({@link #MINES} and their singulars). */
  private static final java.util.Set<String> BOMBS = java.util.stream.Stream.concat(MINES.stream(),
      EventKeys.setOf("عبوة", "عبوتين", "عبوتان", "قنبلة", "قنابل", "لغم").stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Whether i is an indefinite noun with no clitics, the head of a construct whose genitive follows it. */
  private static boolean constructHead(SentenceWords w, int i) {
    return i >= 0 && "NOUN".equals(w.token(i).pos()) && !w.isDefinite(i) && w.token(i).clitics().pre().isEmpty()
        && w.token(i).clitics().post().isEmpty();
  }

  private static final java.util.Set<String> INTERCEPTED = EventKeys.setOf("اعترض", "اعترضت", "تعترض", "يعترض",
      "اعتراض");
  private static final java.util.Set<String> PROJECTILES = EventKeys.setOf("صاروخ", "صواريخ", "صاروخين", "الصاروخين",
      "قذيفة", "قذائف", "طائرة", "طائرات", "مسيرة", "مسيرات");
  private static final java.util.Set<String> CONVICTION = EventKeys.setOf("إدانة", "ادانة", "أدان", "ادان", "أدين",
      "ادين");
  private static final String CONVICTED = EventKeys.of("أدين");
  private static final java.util.Set<String> COURTS = EventKeys.setOf("المحكمة", "محكمة", "القاضي", "قاض", "القضاء",
      "محلفون", "المحلفون", "هيئة");
  private static final java.util.Set<String> STRONGLY = EventKeys.setOf("شدة", "أشد", "اشد");
  private static final java.util.Set<String> PENALTIES = EventKeys.setOf("عقوبة", "عقوبات");
  private static final java.util.Set<String> PRISON = EventKeys.setOf("السجن", "سجن", "بالسجن", "الحبس", "حبس",
      "الإعدام", "إعدام", "الاعدام", "حكم", "الحكم", "محكمة", "المحكمة",
      // and the offenders punished: "إيقاع أشد العقوبات على مرتكبيها" (drug crimes), "مخالفي النظام"
      "مرتكبي", "مرتكبيها", "مرتكبيه", "المخالفين", "مخالفي", "المخدرات", "الجناة", "المتورطين", "غرامة", "غرامات");

  private static final String TRANSFER = EventKeys.of("نقل");
  private static final String FROM = EventKeys.of("عن");

  /** Whether "نقل" at i quotes: "عن" follows within its subject ("نقلت وكالة الأنباء اليمنية عن"). */
  private static boolean quotedFrom(SentenceWords w, int i) {
    for (int j = i + 1; j <= i + 5 && j < w.size(); j++) {
      if (w.isKey(j, FROM)) {
        return true;
      }
    }
    return false;
  }

  /** Whether "استهدف" at i is a measure's aim: a sanction, law or plan near it and no weapon or attack. */
  private static boolean aimOfMeasures(SentenceWords w, int i) {
    boolean measure = false;
    for (int k = Math.max(0, i - 8); k <= Math.min(w.size() - 1, i + 8); k++) {
      if (w.is(k, WEAPONS)) {
        return false;
      }
      measure |= w.is(k, MEASURES);
    }
    return measure;
  }

  private static final java.util.Set<String> PROTESTERS = EventKeys.setOf("متظاهر", "متظاهرون", "متظاهرين", "المتظاهرين",
      "محتج", "محتجون", "محتجين", "معتصم", "معتصمون", "معتصمين", "مضربون", "مضربين");
  private static final java.util.Set<String> OBSTRUCT = EventKeys.setOf("أغلق", "قطع", "سد", "عرقل", "احتل");
  private static final java.util.Set<String> RIOT = EventKeys.setOf("رشق", "أحرق", "أضرم", "أشعل", "حطم", "اشتبك", "هاجم", "اقتحم", "ألقى");
  // what protesters do that makes the sentence a protest report; chanting, carrying banners and
  // demanding describe a protest told elsewhere (the gold says "no" to 31 of 32 such sentences, even half)
  private static final java.util.Set<String> PROTEST_ACTIONS = EventKeys.setOf("احتشد", "تجمع", "تجمهر", "خرج", "نزل", "سار",
      "تدفق", "أغلق", "قطع", "سد", "رشق", "أحرق", "أضرم", "حطم", "اشتبك", "اقتحم", "ألقى", "حاصر", "طوق",
      "تظاهر", "احتج", "اعتصم", "زحف", "جاب", "هاجم", "أشعل", "احتل",
      "أقدم");

  private TriggerMatch match(SentenceWords w, int i, List<Trigger> entries) {
    return match(w, i, entries, false);
  }

  /** The first entry that fits the word and finds its needed word; {@code verbKnown}: the tag is not asked. */
  private TriggerMatch match(SentenceWords w, int i, List<Trigger> entries, boolean verbKnown) {
    for (Trigger t : entries) {
      if (!(verbKnown || posFits(w, i, t)) || vetoed(w, i, t)) {
        continue;
      }
      if (t.needs().isEmpty()) {
        return new TriggerMatch(i, i, t);
      }
      // (a statement's complement comes after its speaker, who may be long: "إعلان التحالف العربي بقيادة
      // السعودية الاثنين أنه")
      // (and a sentence's penalty may come after the court and the sentenced: "حكمت محكمة روسية على المعارض
      // نافالني بالسجن")
      int reach = said(t) ? EventStage.SPEECH_REACH : sentencing(t) ? NEEDS_REACH + SENTENCED_REACH : NEEDS_REACH;
      for (int j = i + 1; j <= i + reach && j < w.size(); j++) {
        // (a converted verb pattern's object is not where: "أخذ السكان داخل مدينة الفلوجة بالتظاهر" took no town)
        boolean where = t.verb() && !t.curated() && w.is(j - 1, WHERE);
        // (a sentence's penalty stands behind ب: "قضت بسجن", "حكمت عليه بالإعدام"; "قضى 10 سنوات في السجن"
        // served them; and "الحكم بالإعدام" with the article is the penalty in general)
        boolean unsentenced = sentencing(t) && (!w.hasProclitic(j, "ب") || !t.verb() && w.isDefinite(i));
        if ((t.needs().contains(w.bare[j]) || t.needs().contains(w.lemma[j])) && !(said(t) && notSaid(w, j))
            && !where && !unsentenced) {
          if (approved(w, i, j, t)) {
            break;
          }
          // a needed word behind a preposition is not in the trigger's phrase, whose genitive comes
          // first: "انسحاب الولايات المتحدة من مجلس حقوق الإنسان" (but "شن هجوما" is one phrase)
          boolean behind = !t.verb() && j > i + 1 && ActorPositions.behindPreposition(w, j);
          // (nor is a statement's complement: the speaker stands between, "إعلان التحالف أنه")
          return new TriggerMatch(i, behind || said(t) && !t.verb() ? i : j, t, j);
        }
        // a comma may stand before the object: "سيوقعان خلال أيام، العقد"; and a quote before a curated
        // verb's object: "ستنسحب من "خطة العمل المشتركة الشاملة"" (not a converted pattern's, which would
        // reach into quoted names: "ما أطلق عليه "الجيش المصري الحر"", nor a noun's: "بـ"الإفراج سريعا" عن")
        boolean quoteOpens = t.verb() && t.curated()
            && ActorPositions.QUOTES.contains(w.token(j).text());
        // (and the quote that closes the subject's name opened after the verb: "أعلن «داعش» تبنيه", seed 282)
        boolean nameCloses = t.verb() && t.curated() && CLOSING_QUOTES.contains(w.token(j).text())
            && quoteOpenedBetween(w, i, j);
        if (Clauses.isBoundary(w, j) && !w.isComma(j) && !quoteOpens && !nameCloses) {
          break;
        }
        if (t.verb() && w.isComma(j) && reach == NEEDS_REACH && j + 1 < w.size()
            && ObjectFinder.supportWith(w, j + 1)) {
          reach += SUPPORT_REACH; // "شنت قوات الجيش، بإسناد من طائرات التحالف العربي هجوما": past who backs it
        }
        // (past a circumstance between commas right after the verb: "فرضت، في 25 مايو، عقوبات")
        int aside = t.verb() && j == i + 1 && w.isComma(j) ? SubjectAsides.afterAside(w, j) : j;
        if (aside > j) {
          reach = aside - i + 1;
        }
      }
    }
    return null;
  }

  private static final java.util.Set<String> CLOSING_QUOTES = java.util.Set.of("»", "”");

  /** A poet's title: "يقول الشاعر", "قال شاعرنا". */
  private static final java.util.Set<String> POETS = EventKeys.setOf("الشاعر", "الشاعرة", "شاعر", "شاعرنا");

  /**
   * Whether a poet's verse follows the speech verb at i: the poet named right after it and the sentence
   * ending in a colon, the verse on the lines after ("ففي بداية القرن العشرين قال الشاعر حافظ ابراهيم:",
   * seed 281; "ويقول الشاعر عبدالله بن قعيّد - رحمه الله:"). A poem quoted in an essay is no statement.
   */
  private static boolean verseFollows(SentenceWords w, int i) {
    int last = w.size() - 1;
    // (or cited "as X said:" at the sentence's end: "كما أن المصائب جمعتنا هنا وهناك، كما قال أحمد شوقي:", seed 289)
    boolean cited = i > 0 && w.isKey(i - 1, AS) && last - i <= CITED_NAME_WORDS;
    return (w.is(i + 1, POETS) || w.is(i + 2, POETS) && !w.token(i + 1).isWord() || cited)
        && last > i && w.token(last).text().equals(":");
  }

  private static final String AS = EventKeys.of("كما");
  /** How many words the name of one cited "as X said:" may run to the colon. */
  private static final int CITED_NAME_WORDS = 5;

  /** Whether an opening quote stands between words i and j (both left out). */
  private static boolean quoteOpenedBetween(SentenceWords w, int i, int j) {
    for (int k = i + 1; k < j; k++) {
      if (ActorPositions.QUOTES.contains(w.token(k).text()) && !w.token(k).text().equals("\"")) {
        return true;
      }
    }
    return false;
  }

  /** Words that say where, before a place: "داخل مدينة" ("في" also opens objects: "توغلت في منطقة"). */
  private static final java.util.Set<String> WHERE = EventKeys.setOf("داخل", "خارج", "قرب", "وسط");

  /** How a body approves: "أقر البرلمان بالإجماع القانون". */
  private static final java.util.Set<String> BY_VOTE = EventKeys.setOf("بالإجماع", "بأغلبية", "بالأغلبية");

  /** Participles and verbs that open a complement of their own: "مؤكدة أنه", "مما يعني أن". */
  private static final java.util.Set<String> OWN_COMPLEMENT = EventKeys.setOf("مؤكدا", "مؤكدة", "مشيرا", "مشيرة",
      "موضحا", "موضحة", "مضيفا", "مضيفة", "يعني", "تعني", "بينها", "منها", "ومنها");

  /**
   * Whether an acknowledgement verb ("أقر") has an object, so it approved something rather than admitted
   * it: its pronoun ("أقره الكنيست"), or a participle or a verb of meaning between it and the complementizer,
   * whose that is ("أقرت المحكمة القانون مؤكدة أنه", "أقر مجلس الوزراء عددا من الإجراءات من بينها أن"). An
   * admission takes its complement right after its subject ("أقر الجبير أنه") or behind ب ("بأنه").
   */
  private static boolean approved(SentenceWords w, int i, int complement, Trigger t) {
    if (!t.verb() || !t.cameo().equals("015") || !w.bare[complement].startsWith("ان")
        || w.hasProclitic(complement, "ب")) {
      return false;
    }
    if (!w.token(i).clitics().post().isEmpty()) {
      return true;
    }
    for (int k = i + 1; k < complement; k++) {
      if (w.hasProclitic(k, "ب") && !w.is(k, BY_VOTE)) {
        return false; // what it admitted behind ب comes first: "أقرت فيه بوقوع الخطأ، مشيرة إلى أنها"
      }
      if (w.is(k, OWN_COMPLEMENT)) {
        return true;
      }
    }
    return false;
  }

  /** How much further a sentence's penalty may stand than other needed words, past the sentenced. */
  private static final int SENTENCED_REACH = 3;
  /** The words of a court's sentence: "قضت" (whose lemma the lemmatiser gives as قض), "حكمت", "حكم". */
  private static final java.util.Set<String> SENTENCING = EventKeys.setOf("قضى", "قض", "حكم");

  /** Whether the entry is a court's sentence (173), whose needed penalty stands behind ب. */
  static boolean sentencing(Trigger t) {
    return "173".equals(t.cameo()) && t.curated() && SENTENCING.contains(t.key());
  }

  /** Whether the entry is a statement, whose needed word is the complementizer of what is said. */
  private static boolean said(Trigger t) {
    return t.cameo().startsWith("01");
  }

  private static final java.util.Set<String> BEFORE_OR_AFTER = EventKeys.setOf("قبل", "بعد");

  /**
   * Whether the complementizer at j opens no complement: "قبل أن يبدأ" (before), "فإن" (then, indeed),
   * as after "يتابع امرأتين … قبل أن" (followed, not went on to say).
   */
  private static boolean notSaid(SentenceWords w, int j) {
    return w.hasProclitic(j, "ف") || w.is(j - 1, BEFORE_OR_AFTER);
  }

  private static final java.util.Set<String> MASDAR_HEADS = EventKeys.setOf("عملية", "عمليات", "محاولة", "محاولات",
      "تم", "يتم", "تمت", "سيتم");

  /** A verb entry needs a word the tagger did not call a noun, and the other way round. */
  private static boolean posFits(SentenceWords w, int i, Trigger t) {
    String pos = w.token(i).pos();
    if (pos == null) {
      return true;
    }
    // (after "عملية", "محاولة" or "تم" the word is the masdar, whatever the tagger says: "تم خطف الصيادين")
    boolean isVerb = (w.isVerb(i) || w.isMisreadVerb(i)) && !(i > 0 && w.is(i - 1, MASDAR_HEADS));
    if (t.verb()) {
      return isVerb || MessageMakers.speaksIn(w, i) || w.opensBare(i) && !w.is(i, NOUN_OPENERS);
    }
    return !isVerb && !pos.equals("ADP") && !pos.equals("PART") && !pos.equals("SCONJ") && !pos.equals("PRON")
        && !nisbaOfNoun(w, i);
  }

  /**
   * An adjective made from the event noun by the nisba ending: "السياسة الاحتلالية" (occupying policy), "الأسلحة
   * الهجومية", which the lexicon lemmatises to the noun itself. It describes a thing; no event took place.
   */
  private static boolean nisbaOfNoun(SentenceWords w, int i) {
    String bare = w.bare[i];
    String lemma = w.lemma[i];
    if (!"ADJ".equals(w.token(i).pos()) || lemma == null || bare.length() <= lemma.length() || w.is(i, EVENT_NISBAS)
        || lemma.endsWith("ي") || lemma.endsWith("يه") || lemma.endsWith("ية")) {
      return false;
    }
    // (not a dual in construct, which looks the same: "بهجومَيْ طعن", "لمحاولتي اغتيال")
    boolean dual = w.token(i).text().contains("َيْ") || bare.endsWith("تي");
    return (bare.endsWith("يه") || bare.endsWith("ية") || bare.endsWith("ي")) && !dual;
  }

  /** Nisbas that tell the event their head noun names: "وقفة احتجاجية", "عملية انتحارية". */
  private static final java.util.Set<String> EVENT_NISBAS = EventKeys.setOf("احتجاجية", "الاحتجاجية", "احتجاجي",
      "الاحتجاجي", "احتجاجيه", "انتحارية", "الانتحارية", "انتحاري", "الانتحاري", "احتجاجيا", "انتحاريا", "اعتصامية",
      "اعتصامي", "الاعتصامية", "مضربين", "مضربون"); // (the participle: "الأسرى المضربين عن الطعام")

  /** Words that open headlines as masdars ("طلب", "رفض"), or whose passive the noun entry reads better ("قتل"). */
  private static final java.util.Set<String> NOUN_OPENERS = EventKeys.setOf("طلب", "رفض", "دعم", "حظر", "قتل", "وقتل",
      "فقتل");

  private static boolean vetoed(SentenceWords w, int i, Trigger t) {
    if (t.unless().isEmpty()) {
      return false;
    }
    for (int j = i - 1; j <= i + 1; j += 2) {
      if (j >= 0 && j < w.size() && (t.unless().contains(w.bare[j]) || t.unless().contains(w.lemma[j]))) {
        return true;
      }
    }
    // (a verb's veto may stand after its one-word subject: "احتلت إسرائيل المركز السادس", "وأطلق المتظاهرون هتافات")
    int past = i + 2;
    if (!t.verb() || past >= w.size() || !w.token(i + 1).isWord()) {
      return false;
    }
    boolean oneWordSubject = "PROPN".equals(w.token(i + 1).pos())
        || ("NOUN".equals(w.token(i + 1).pos()) || "ADJ".equals(w.token(i + 1).pos())) && w.isDefinite(i + 1)
            && w.token(i + 1).clitics().pre().isEmpty();
    return oneWordSubject
        && (t.unless().contains(w.bare[past]) || t.unless().contains(w.lemma[past]));
  }
}
