package org.marsad.event;

/**
 * What may stand between commas after a VSO subject, before the object: a name ("اتهم الرئيس الفرنسي،
 * إيمانويل ماكرون، الحكومة الإيطالية"), a circumstance ("أدان مجلس الأمن، في بيان رئاسي الخميس، …") or
 * the subject's post ("اتهم العقيد تركي المالكي، المتحدث باسم التحالف العربي الذي تقوده السعودية في
 * اليمن، الحوثيين"). Each method returns the position after the closing comma, or {@code i} (the position
 * of the opening comma) when there is no such aside.
 */
final class SubjectAsides {
  /** Prepositions that open a circumstance set between commas after the subject. */
  private static final java.util.Set<String> ASIDES = EventKeys.setOf("في", "خلال", "عبر", "من خلال", "عقب", "إثر",
      "اثر", "بعد", "قبل");
  /** How long a post may be: "المتحدث باسم التحالف العربي الذي تقوده المملكة العربية السعودية في اليمن". */
  private static final int POST_REACH = 16;

  private SubjectAsides() {}

  /** Past a circumstance between commas: "، في بيان رئاسي الخميس،". */
  static int afterAside(SentenceWords w, int i) {
    if (i + 2 >= w.size() || !w.isComma(i) || !w.is(i + 1, ASIDES) || !w.token(i + 1).clitics().pre().isEmpty()) {
      return i;
    }
    for (int k = i + 2; k <= i + 7 && k < w.size(); k++) {
      if (w.isComma(k)) {
        return k + 1 < w.size() ? k + 1 : i;
      }
      if (w.isVerb(k) || Clauses.isBoundary(w, k)) {
        return i;
      }
    }
    return i;
  }

  /** Past a name or a short title between commas: a few words with no preposition ("، إيمانويل ماكرون،"). */
  static int afterApposition(SentenceWords w, int i) {
    if (i + 1 >= w.size() || !w.isComma(i) || w.hasProclitic(i + 1, "و") || w.hasProclitic(i + 1, "ف")) {
      return i; // (not "، وقال …": a new clause)
    }
    for (int k = i + 1; k <= i + 5 && k < w.size(); k++) {
      if (w.isComma(k)) {
        return k > i + 1 ? k + 1 : i;
      }
      // (a name may look like a verb to the tagger: "يوفال شتاينتز"; or be a hashtag: "، #إسياس_أفورقي،")
      boolean hashtag = w.token(k).text().startsWith("#");
      if (!w.token(k).isWord() && !hashtag || "ADP".equals(w.token(k).pos()) || Clauses.isBoundary(w, k)) {
        return i;
      }
    }
    return i;
  }

  /** How many words a title right after a name may take before its comma: "وزير خارجية الفلبين،". */
  private static final int BARE_TITLE_WORDS = 6;

  /**
   * Past a title that follows the subject's name with no comma before it and one after it: "اتهم ألبرت ديل
   * روساريو وزير خارجية الفلبين، الصين بممارسة"; i itself when no such title stands at i.
   */
  static int afterBareTitle(SentenceWords w, int i) {
    if (i >= w.size() || !w.is(i, ActorFinder.PERSON_TITLES) || !w.token(i).clitics().pre().isEmpty()) {
      return i;
    }
    for (int k = i + 1; k <= i + BARE_TITLE_WORDS && k + 1 < w.size(); k++) {
      if (w.isComma(k)) {
        return w.hasProclitic(k + 1, "و") || w.hasProclitic(k + 1, "ف") ? i : k + 1;
      }
      if (!w.token(k).isWord() || w.isVerb(k) || Clauses.isBoundary(w, k)) {
        return i;
      }
    }
    return i;
  }

  /** How long a relative clause between commas may be: "، التي لم تنف أبدا سعيها لامتلاك سلاح نووي،". */
  private static final int RELATIVE_REACH = 14;

  /**
   * Past a relative clause between commas, which describes the subject: "ورفضت طهران، التي لم تنف أبدا سعيها
   * لامتلاك سلاح نووي، حديث نتانياهو". No "و" or "ف" may open a clause inside it.
   */
  static int afterRelative(SentenceWords w, int i) {
    if (i + 2 >= w.size() || !w.isComma(i) || !w.is(i + 1, ActorPositions.RELATIVES)) {
      return i;
    }
    for (int k = i + 2; k <= i + RELATIVE_REACH && k < w.size(); k++) {
      if (w.isComma(k)) {
        return k + 1 < w.size() && !w.hasProclitic(k + 1, "و") && !w.hasProclitic(k + 1, "ف") ? k + 1 : i;
      }
      if (!w.token(k).isWord() || w.hasProclitic(k, "و") || w.hasProclitic(k, "ف") || Clauses.isBoundary(w, k)) {
        return i;
      }
    }
    return i;
  }

  /**
   * Past the subject's post between commas, however long: it opens with a title ("المتحدث", "وزير") and may
   * hold prepositions and a relative clause, but no other verb and no "و" opening a clause.
   */
  static int afterPost(SentenceWords w, int i) {
    if (i + 2 >= w.size() || !w.isComma(i) || !w.token(i + 1).clitics().pre().isEmpty()
        || !w.is(i + 1, ActorFinder.PERSON_TITLES)) {
      return i;
    }
    for (int k = i + 2; k <= i + POST_REACH && k < w.size(); k++) {
      if (w.isComma(k)) {
        return k + 1 < w.size() ? k + 1 : i;
      }
      boolean relativeVerb = w.is(k - 1, ActorPositions.RELATIVES);
      if (!w.token(k).isWord() || (w.isVerb(k) && !relativeVerb) || w.hasProclitic(k, "و") || w.hasProclitic(k, "ف")) {
        return i;
      }
    }
    return i;
  }

  /**
   * The SVO subject behind "أن" with a comma alone before the verb: "وذكر البيان أن السيسي، التقى رئيس الوزراء
   * الإثيوبي" (what follows the verb is then its object); null otherwise.
   */
  static ActorGroup behindThat(SentenceWords w, java.util.List<ActorGroup> groups, int verb) {
    if (verb < 3 || !w.isComma(verb - 1)) {
      return null;
    }
    ActorGroup g = ActorGroup.endingAt(groups, verb - 2);
    return g != null && g.first() > 0 && w.is(g.first() - 1, THAT) && coded(g) ? g : null;
  }

  /**
   * The SVO subject whose name stands between commas right before the verb: "أن الرئيس الأميركي، دونالد
   * ترامب، سيستقبل" (the comma before the verb ends the clause the subject search looks in). The named
   * group between the commas, or else the one before the first comma; null when the verb does not follow
   * such an apposition.
   */
  static ActorGroup namedBefore(SentenceWords w, java.util.List<ActorGroup> groups, int verb) {
    if (!w.isComma(verb - 1) || Victims.verbForm(w, verb)) {
      return null; // (not "ثمانية اشخاص، بينهم طفلان، قتلوا": the dead before a killing verb are its victims)
    }
    for (int k = verb - 2; k >= verb - 6 && k > 0; k--) {
      if (w.isComma(k)) {
        if (w.hasProclitic(k + 1, "و")) {
          return null; // "المرصد السوري، ومقره بريطانيا، أكد": a clause of its own between the commas
        }
        ActorGroup whole = ActorGroup.endingAt(groups, verb - 2);
        if (whole != null && whole.first() < k && coded(whole)) {
          return whole; // the title and the name between commas are one actor: "وزير الدفاع، سيرغي شويغو، قال"
        }
        ActorGroup between = ActorGroup.startingAt(groups, k + 1);
        between = between != null && between.last() == verb - 2 && coded(between) ? between : null;
        ActorGroup before = ActorGroup.endingAt(groups, k - 1);
        before = before != null && !ActorPositions.behindPreposition(w, before.first()) && coded(before) ? before : null;
        // (the title before the name says whose the person is: "مستشار الأمن القومي الأمريكي، جون بولتون،")
        return before != null ? before : between;
      }
      if (!w.token(k).isWord() || w.isVerb(k)) {
        return null;
      }
    }
    return null;
  }

  private static final java.util.Set<String> THAT = EventKeys.setOf("أن", "إن");

  /** A party the coder can code, not a nisba describing a noun ("الكاتب السعودي") nor a name it lacks. */
  private static boolean coded(ActorGroup g) {
    ActorMention first = g.members().get(0);
    return !ActorPositions.attributive(g) && first.actor().code() != null && !first.isCivilian();
  }
}
