package org.marsad.event;

/**
 * Speech that opens reported content without being a coded statement: a speaker the coder cannot code
 * ("ذكر البيان أنه", "تقارير تؤكد أن"), a saying noun ("نقلت الوكالة عن مصدر قوله إن") or a participle
 * of speech ("مشيرا إلى أن"). The tagger reads several of these as nouns or gives them a wrong lemma
 * ("تؤكد" as تأكد), so they are matched by their written form, and only with their complement.
 */
final class SpeechFrames {
  private SpeechFrames() {}

  // (not "يذكر أن", "it is worth recalling that": the narrator's own background, told as fact)
  private static final java.util.Set<String> FRAMES = EventKeys.setOf("قوله", "قولها", "قولهم", "قولهما", "ذكر",
      "ذكرت", "تؤكد", "يؤكد", "تفيد", "يفيد", "تقول", "يقول", "يقولون", "تزعم", "يزعم", "زعم",
      "زعمت", "مؤكدا", "مؤكدة", "مضيفا", "مضيفة", "مشيرا", "مشيرة", "موضحا", "موضحة", "معتبرا", "معتبرة", "لافتا",
      "لافتة", "زاعما", "مدعيا", "أفادت", "افادت", "أفاد", "افاد");

  /** "بيّن", "explained": written without its shadda it is the preposition "between", so only in its own frame. */
  private static final java.util.Set<String> EXPLAINED = EventKeys.setOf("بين");

  /** The first such frame whose complement (its أن, إن or colon) follows, or -1 if the sentence has none. */
  static int first(SentenceWords w) {
    for (int i = 0; i < w.size(); i++) {
      if ((w.is(i, FRAMES) || cameIn(w, i)) && EventStage.complementStart(w, i) >= 0 || explained(w, i)
          || explainedBy(w, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "وجاء في البيان: هاجم مستوطنون …", "وجاء في بيان للجيش أن": what a text says (its issuer, if any,
   * stands in the genitive or after ل), so each act in it is reported (judges of seed 181).
   */
  private static boolean cameIn(SentenceWords w, int i) {
    return w.isKey(i, CAME) && w.isVerb(i) && w.isKey(i + 1, IN) && w.is(i + 2, TEXTS);
  }

  private static final String CAME = EventKeys.of("جاء");
  private static final String IN = EventKeys.of("في");
  private static final java.util.Set<String> TEXTS = EventKeys.setOf("بيان", "تقرير", "رسالة", "نص", "كلمة",
      "تصريح", "خطاب", "وثيقة", "مذكرة", "تغريدة", "منشور", "إعلان", "اعلان");

  /**
   * Whether word i is "بيّن", "explained", with its speaker named: the sentence opens with it ("وبين الناطق
   * الرسمي للجنة أن", "كما بين الوزير أن") and its "أن" follows within a speaker's reach (seed 174). Opening
   * a sentence, the preposition "between" is not followed by "أن". (A frame, not a statement trigger: the
   * argument finder reads the tagged preposition as no verb; the speaker is found by its phrase.)
   */
  private static boolean explainedBy(SentenceWords w, int i) {
    return w.is(i, EXPLAINED) && w.token(i).clitics().post().isEmpty() && (i == 0 || i == 1 && w.isKey(0, Agreement.ALSO))
        && !Clauses.isThat(w, i + 1) && EventStage.complementStart(w, i) > i + 1;
  }

  /**
   * "وبين معاليه أن مجلس الوزراء …", "وبين أن": the cabinet's spokesman tells what it heard and decided,
   * so each act in it is reported (judges of seeds 172 and 173). Only with "أن" at once or past an honorific
   * pronoun: "between" is followed by nouns ("بين معاليه والسفير" is no frame).
   */
  private static boolean explained(SentenceWords w, int i) {
    if (!w.is(i, EXPLAINED) || w.token(i).clitics().post().size() > 0) {
      return false;
    }
    int that = Honorifics.isPronoun(w, i + 1) ? i + 2 : i + 1;
    that += w.isComma(that) ? 1 : 0; // ("وبين معاليه ، أن")
    return Clauses.isThat(w, that) && w.token(that).clitics().pre().isEmpty();
  }
}
