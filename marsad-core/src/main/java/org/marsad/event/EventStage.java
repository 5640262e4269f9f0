package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.ActorRef;
import org.marsad.doc.Document;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;
import org.marsad.doc.Event.Mode;
import org.marsad.doc.Sentence;
import org.marsad.doc.Span;
import org.marsad.doc.TimeExpression;
import org.marsad.doc.Token;
import org.marsad.pipeline.Stage;

/**
 * Fills {@link Document#events()}: in each sentence, triggers from the event lexicon, their source and
 * target actors, the CAMEO code with its Goldstein score, QuadClass and PLOVER type, and the mode.
 * Needs the text, entity, link and time layers.
 *
 * <p>No fallbacks: a trigger with no actor the text ties to it yields nothing, and a cooperative or
 * statement event needs a source, and so do demands (only conflict events may have a target alone: "قتل 5
 * جنود").
 *
 * <p>An {@link EventFilter}, a learned judge of which protests and attacks a reader would count, then
 * drops the PROTEST and ASSAULT events it finds unlikely; {@link #load()} uses the shipped one
 * (`marsad train events-filter`; its cross-validated effect is in docs/EVALUATION.md), {@link
 * #withFilter} another or none.
 */
public final class EventStage implements Stage {
  /** "إنه", "إنها": a complementizer carrying the pronoun of the one who speaks (and acts). */
  private static final java.util.Set<String> SELF_COMPLEMENT = EventKeys.setOf("إنه", "أنه", "انه", "إنها", "أنها",
      "انها", "إنهم", "أنهم", "انهم");
  /** How many words after a speech verb its complement may start ("قال الوزير في بيان أمس إن …"). */
  static final int SPEECH_REACH = 12;
  /** How far a complement may stand when only the speaker's phrase comes between (no verb). */
  private static final int LONG_SPEECH_REACH = 20;
  private final TriggerFinder triggers;
  private final ActorFinder actors;
  private final ArgumentFinder arguments = new ArgumentFinder();
  private final ModeFinder modes = new ModeFinder();
  /** Roots of what is said, asked or threatened: statements, appeals, threats. */
  private static final java.util.Set<String> SAYING_ROOTS = java.util.Set.of("01", "02", "13");
  /** A threat in the present tense, which a thing may make as well as an actor. */
  private static final java.util.Set<String> THREATENS_NOW = EventKeys.setOf("يهدد", "تهدد", "يهددان", "تهددان",
      "يهددون");

  /**
   * Whether the speakers are a state's authorities (a state role, {@link PlaceCountry#STATE_ROLES}, or an
   * IGO), whose announcement makes an act news;
   * not a news agency or "sources", which tell of it ("أعلنت وكالة الأنباء (وفا) مقتل 6 فلسطينيين").
   */
  private static boolean authority(List<ActorMention> speakers) {
    return !speakers.isEmpty() && speakers.stream().allMatch(m -> {
      String code = m.actor().code();
      return code != null && (code.startsWith("IGO") || PlaceCountry.STATE_ROLES.contains(code.substring(Math.max(0, code.length() - 3))));
    });
  }

  /** Verbs that announce: what they make known is told as done, not as someone's claim. */
  private static final java.util.Set<String> ANNOUNCING = EventKeys.setOf("أعلن"); // (by lemma: أعلنت, يعلن)
  private final CameoCodes codes;
  private final EventFilter filter;

  public EventStage(TriggerLexicon lexicon, AgentLexicon agents, CameoCodes codes, EventFilter filter) {
    this(new TriggerFinder(lexicon), new ActorFinder(agents), codes, filter);
  }

  private EventStage(TriggerFinder triggers, ActorFinder actors, CameoCodes codes, EventFilter filter) {
    this.triggers = triggers;
    this.actors = actors;
    this.codes = codes;
    this.filter = filter;
  }

  /** The stage with the lexicons shipped in the jar (and the event filter, if one was shipped). */
  public static EventStage load() {
    return new EventStage(TriggerLexicon.load(), AgentLexicon.load(), CameoCodes.load(), EventFilter.load());
  }

  /** The same stage with another event filter, or none ({@code null}: every coded event is kept). */
  public EventStage withFilter(EventFilter other) {
    return new EventStage(triggers, actors, codes, other);
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Document apply(Document doc) {
    List<Event> events = new ArrayList<>();
    int entity = 0;
    int ref = 0;
    int time = 0;
    int[] mention = {0};
    boolean sports = SportsReport.of(doc);
    String country = DocumentCountry.of(doc); // the country the article is about, if one stands out
    NameMemory names = new NameMemory(); // who a person named earlier in this document is
    BareTitles titles = new BareTitles(); // whom "الوزير" alone stands for
    Honorifics honorifics = new Honorifics(); // whom "سموه", "معاليه" stand for
    List<Sentence> sentences = doc.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      int entityEnd = entity;
      while (entityEnd < doc.entities().size() && doc.entities().get(entityEnd).start() < sentence.end()) {
        entityEnd++;
      }
      int refEnd = ref;
      while (refEnd < doc.actors().size() && doc.actors().get(refEnd).start() < sentence.end()) {
        refEnd++;
      }
      int timeEnd = time;
      while (timeEnd < doc.times().size() && doc.times().get(timeEnd).start() < sentence.end()) {
        timeEnd++;
      }
      code(doc, s, doc.entities().subList(entity, entityEnd), doc.actors().subList(ref, refEnd),
          doc.times().subList(time, timeEnd), sports, country, names, titles, honorifics, events, mention);
      entity = entityEnd;
      ref = refEnd;
      time = timeEnd;
    }
    if (sports) {
      events.removeIf(e -> !SportsReport.newsBeyondTheGame(e));
    }
    // "بالتعاون بين الإدارة العامة للتخطيط والإدارة العامة للمشاريع": no one's cooperation the base knows
    events.removeIf(CooperationKinds::betweenUnknownParties);
    events = VisitMemory.withDestinations(events); // "زيارة أوباما" after "زيارة … إلى إثيوبيا": to Ethiopia
    if (filter != null) {
      Document coded = doc.withEvents(events);
      events.removeIf(e -> !filter.keeps(coded, e));
    }
    return doc.withEvents(EventMerger.merge(events));
  }

  /** The sentence's actors, each name, bare title and honorific resolved by what the document said before. */
  private List<ActorGroup> groups(SentenceWords w, List<Entity> entities, List<ActorRef> refs, NameMemory names,
      BareTitles titles, Honorifics honorifics) {
    return honorifics.resolve(w, titles.resolve(w, names.resolve(w, actors.find(w, entities, refs))));
  }

  /** The word that opens the keyword line news sites print under an article: "سمات اجتماع جون كيري …". */
  private static final java.util.Set<String> TAGS = EventKeys.setOf("سمات");

  private void code(Document doc, int s, List<Entity> entities, List<ActorRef> refs, List<TimeExpression> times,
      boolean sports, String articleCountry, NameMemory names, BareTitles titles, Honorifics honorifics,
      List<Event> out, int[] mention) {
    SentenceWords w = new SentenceWords(doc, doc.sentences().get(s));
    List<TriggerMatch> found = triggers.find(w);
    if (w.is(0, TAGS)) {
      return; // ("سمات توقيف لبنان مسلحين": an article's tags, a list of keywords, not a sentence)
    }
    if (found.isEmpty()) {
      // a sentence of no event still names people the document goes on to call by a name, a bare title or an
      // honorific: "حث صاحب السمو الأمير جلوي … أمير منطقة نجران" makes the next "وقال سموه" his (seed 263)
      groups(w, entities, refs, names, titles, honorifics);
      return;
    }
    int first = out.size(); // this sentence's events start here
    List<ActorGroup> groups = groups(w, entities, refs, names, titles, honorifics);
    List<Entity> withOwnCountry = OwnCountry.resolved(w, found, groups, entities, arguments);
    if (withOwnCountry != entities) {
      // "وقال العطية إن بلاده ترفض": the speaker's country, found once his words are, is one actor more
      groups = groups(w, withOwnCountry, refs, names, titles, honorifics);
    }
    List<Arguments> args = new ArrayList<>(found.size());
    boolean[] verbal = new boolean[found.size()]; // (a killing verb the tagger read as a noun counts as a verb)
    for (int k = 0; k < found.size(); k++) {
      TriggerMatch t = found.get(k);
      verbal[k] = t.entry().verb() || Victims.verbBeforeSubject(w, t.first());
      args.add(arguments.find(w, groups, t.first(), t.last(), verbal[k], !t.isStatement()));
    }
    // speech first: what a speaker says is reported content, and "نفى أن" negates it
    int reportedFrom = Integer.MAX_VALUE;
    boolean announcement = false; // what is said is announced: "أعلن الجيش مقتل 15 إرهابيا"
    boolean denial = false;
    List<ActorMention> speakers = List.of();
    int reportedBy = -1; // the speech word: whose phrase tells an uncoded speaker (SpeakerPhrase)
    for (int k = 0; k < found.size(); k++) {
      TriggerMatch t = found.get(k);
      // (from the verb itself: the needed word of "أقر بأنه" is the complementizer)
      int complement = t.isStatement() ? complementStart(w, t.first()) : -1;
      if (complement < 0 && t.isStatement()) {
        complement = announcedAct(w, found, t, args.get(k));
      }
      if (complement >= 0 && complement < reportedFrom) {
        reportedFrom = complement;
        reportedBy = t.first(); // (the speech verb, not its needed "أن": "وأضاف المسؤول أن")
        speakers = args.get(k).sources();
        // (not unnamed sources, whose word is a claim: "أعلنت مصادر أمنية فلسطينية أن الجيش الإسرائيلي شن")
        announcement = w.is(t.first(), ANNOUNCING) && authority(args.get(k).sources())
            && args.get(k).sources().stream().noneMatch(m -> ActorFinder.unnamedSources(w, m));
      }
    }
    int frame = SpeechFrames.first(w); // "ذكر البيان أنه": said by no one the coder can code
    int framed = frame < 0 ? -1 : complementStart(w, frame);
    if (framed >= 0 && framed < reportedFrom) {
      reportedFrom = framed;
      reportedBy = frame;
      speakers = List.of();
      announcement = false;
    }
    for (int i = 0; i < w.size() && i < reportedFrom; i++) {
      int complement = w.is(i, Clauses.DENIALS) ? complementStart(w, i) : -1;
      if (complement >= 0) {
        reportedFrom = complement;
        reportedBy = i;
        denial = true;
        speakers = arguments.find(w, groups, i, i, true).sources();
      }
    }
    // a quotation that closes before the sentence ends: the narrator speaks again after it, and a speech
    // verb there opens words of its own ("…"، وأشار الرئيس الأمريكي إلى أن …)
    int reportedTo = reportedFrom == Integer.MAX_VALUE ? w.size() : QuotedSpeech.end(w, reportedFrom);
    int trailing = reportedFrom == Integer.MAX_VALUE ? TrailingSpeech.find(w, found, args) : -1;
    if (trailing >= 0) {
      // "قتل خمسة جنود أتراك …، قال الجيش التركي": what is said stands before the comma
      reportedFrom = -1;
      reportedTo = found.get(trailing).first() - 1;
      reportedBy = found.get(trailing).last();
      speakers = args.get(trailing).sources();
    }
    int laterFrom = Integer.MAX_VALUE;
    List<ActorMention> laterSpeakers = List.of();
    int laterBy = -1;
    for (int k = 0; k < found.size() && reportedTo < w.size(); k++) {
      TriggerMatch t = found.get(k);
      int complement = t.isStatement() && t.first() > reportedTo ? complementStart(w, t.first()) : -1;
      if (complement >= 0 && complement < laterFrom) {
        laterFrom = complement;
        laterBy = t.first();
        laterSpeakers = args.get(k).sources();
      }
    }
    ActorGroup author = null;
    boolean authorSought = false;
    for (int k = 0; k < found.size(); k++) {
      TriggerMatch t = found.get(k);
      if (isInsideActor(groups, t.first())) {
        continue; // "وزارة الدفاع": a name, not an event
      }
      if (sports && SportsReport.sportsSense(w, t.first())) {
        continue; // "التقى الفريقان" in a match report is a game
      }
      if (!verbal[k] && args.get(k).sources().isEmpty()
          && neededByCodedVerb(w, found, k, out.subList(first, out.size()))) {
        continue; // "أمرت السلطات التركية باعتقال 271 جنديا": the order's needed word, one arrest told once
      }
      int purposeOf = ProtestPurpose.protestOf(w, found, k, codes);
      if (purposeOf >= 0 && codedAt(w, out.subList(first, out.size()), found.get(purposeOf).first())) {
        continue; // "تجمعوا أمام السفارة احتجاجا على …": why they gathered, told once
      }
      var code = codes.get(t.entry().cameo());
      if (code.isEmpty() || sports && SportsReport.gameFight(w, t.first(), code.get().root())) {
        continue; // (and "ظلت كرواتيا تهاجم": the game's attacks)
      }
      if (ObjectSenses.otherSense(w, t.first()) || ObjectSenses.received(w, t.first())) {
        continue; // "تستقبل غرفة الشرقية طلبات الشركات": applications, no guests and no appeal; a rank taken
      }
      if (t.isStatement() && EventsThatShow.of(w, t, args.get(k))) {
        continue; // "إن التفجير الإرهابي كشف مدى حقد هؤلاء": what an act shows, no one's statement
      }
      if (AccidentalDeaths.of(w, t.first())) {
        continue; // "صاعقة تسببت في مقتل 16 شخصا": no one's act
      }
      if (args.get(k).sources().stream().allMatch(m -> m.first() >= t.first() && m.last() <= t.last())
          && AccidentalDeaths.toldBefore(doc, s, w, t.first())) {
        continue; // "وقتل 12 شخصا" after the typhoon's landfall: its toll, no one's act
      }
      if (code.get().code().equals("051") && w.near(t.first(), 5, POLL_WORDS)) {
        continue; // "يدعم ستة وخمسون في المئة منهم … الاتفاق", "حل بوتن بتأييد 30 في المئة": a poll, no endorsement
      }
      boolean later = t.first() > laterFrom;
      boolean reported = later || t.first() > reportedFrom && t.first() < reportedTo;
      int saidFrom = later ? laterFrom : reportedFrom;
      List<ActorMention> saidBy = later ? laterSpeakers : speakers;
      boolean denied = denial && !later && !timeMark(w, t.first());
      // (what is said, asked or threatened carries its own conditions: "توعدت بفرض عقوبات في حال …")
      boolean saying = SAYING_ROOTS.contains(code.get().root());
      // (what one refuses to do did not happen: cooperation, concessions, cutting ties, coercion)
      String root = code.get().root();
      // (not talks called off, which the calling off codes: "ألغت محادثات مع سول" is 164, no negated 046)
      boolean refusable = (root.compareTo("03") >= 0 && root.compareTo("09") <= 0 || root.equals("16")
          || root.equals("17")) && !(code.get().code().equals("046") && HaltedTalks.of(w, t.first()));
      Mode mode = modes.find(w, t.first(), times, reported, reported && denied, !saying, refusable);
      if (mode == Mode.NEGATED && REFUSED_MEETINGS.contains(code.get().code())
          && ModeFinder.refusedMeeting(w, t.first())) {
        continue; // "يرفض لقاء أوباما": the refusal is the event (125), the meeting none (a refused visit stays)
      }
      if (mode == Mode.REPORTED && announcement && !later && !denial) {
        mode = Mode.ASSERTED; // an act announced as done is told as a fact ("أعلن ترامب الإفراج عن ثلاثة أمريكيين")
      }
      Arguments a = args.get(k);
      boolean verb = verbal[k];
      // "ونفت السلطات المصرية احتجازه": the act it denies did not happen (also inside what is said: "وأكد أن
      // المصابين عولجوا، نافيا مقتل عشرات الأشخاص")
      boolean plain = mode == Mode.ASSERTED || mode == Mode.REPORTED;
      if (!verb && plain && !t.entry().cameo().equals("112") && deniedMasdar(w, t.first())) {
        mode = Mode.NEGATED;
      }
      int answer = verb ? -1 : answerBefore(w, t.first());
      boolean answered = answer >= 0;
      if (answered) {
        // "ضربات جوية ردا على هجوم بالغاز أسفر عن مقتل العشرات": the act answered, and its toll, are the other
        // side's, not the responder's
        a = new Arguments(a.sources().stream().filter(m -> m.first() > answer).toList(), a.targets(),
            a.reciprocal(), a.evidence());
      }
      if (k > 0 && sharesArguments(w, found.get(k - 1), args.get(k - 1), t, verb)) {
        // "اعتقال شرطة بلاده لـ6 أتراك وترحيلهم": the same police, the same Turks; but a noun with its own
        // object after it shares only the doer: "زيارة … للأردن واجتماعه مع الملك عبدالله الثاني"
        boolean ownObject = a.targets().stream().anyMatch(m -> m.first() > t.last());
        a = ownObject ? new Arguments(args.get(k - 1).sources(), a.targets(), false, a.evidence()) : args.get(k - 1);
      }
      if (k > 0 && !verb && sharesDoerByLightVerb(w, found.get(k - 1), args.get(k - 1), t)) {
        // "قتلت قوات الأمن التونسي إرهابيا وألقت القبض على آخر": the forces arrested, not the man they killed
        a = new Arguments(args.get(k - 1).sources(), a.targets().stream().filter(m -> m.first() > t.last()).toList(),
            false, a.evidence());
      }
      if (k > 0 && a.targets().isEmpty() && sameSidesByPronoun(w, found.get(k - 1), args.get(k - 1), t, verb)) {
        a = args.get(k - 1); // "اعتقلت الشرطة الناشط وأفرجت عنه": the same police, the same activist
      }
      a = Retaliation.againstTheBlamed(w, found, args, k, a, verb); // "واتهمت حماس إسرائيل … وتوعدت بالانتقام"
      boolean ownAct = reported && speakerActs(w, t, saidFrom);
      if (ownAct) {
        // (a speaker the coder cannot code, "ويقول التحالف إنه لا يستهدف مدنيين", still is the subject:
        // the actor after the verb is its object)
        // the tagger reads "قتل" after إنه as a noun, where a noun would need "هو" or a predicate
        verb |= t.first() == saidFrom + 1;
        // the count after the verb is then its object, not a passive subject, and so is an actor the word
        // order took for a VSO subject ("أكدت الشرطة أنها اعتقلت الناشط")
        List<ActorMention> objects = a.targets().isEmpty() ? a.sources() : a.targets();
        a = new Arguments(saidBy, objects, false, 0.8);
      }
      a = RelativeDoer.of(w, groups, t, verb, code.get(), a); // "بالزيارة التي قام بها وفد جامعة واشنطن"
      a = FrontedObjects.of(w, groups, t, verb, code.get(), a); // "وكان الصحفي قد اعتقلته الشرطة"
      if (code.get().isAttack()) {
        a = PlantedWeapons.of(w, groups, t, a); // "انفجار ألغام زرعها الحوثيون": the Houthis
      }
      ActorGroup agent = AgentPhrase.after(w, groups, t.first(), t.last(), verb);
      if (agent != null && !agent.members().equals(a.sources())) {
        // "أطلقت من قبل القوات الإيرانية", "أثار انتقادات من جماعات إسلامية": the "by" phrase is the agent,
        // and the actor word order took for the subject is what the act was about
        // (a verb's object stays; a noun's "about" is the actor before it: what comes after belongs to the
        // voice, "انتقادات من جماعات إسلامية وبعض النواب من الحزب الحاكم")
        List<ActorMention> about = verb ? a.targets()
            : java.util.stream.Stream.concat(a.sources().stream(), a.targets().stream())
                .filter(m -> m.last() < t.first()).toList();
        ActorGroup receiver = verb ? null : MessageMakers.receiver(w, groups, t.first());
        if (receiver != null && !receiver.members().isEmpty()) {
          about = receiver.members(); // "تلقى الأمير محمد بن سلمان … وزير الدفاع اتصالاً من": the prince
        }
        a = new Arguments(agent.members(), about.equals(agent.members()) ? List.of() : about, false, 0.8);
      }
      CombatDeaths.Cause cause = null;
      // (a rights group or the press that tells of the dead did not kill them: "ووثق المرصد السوري مقتل")
      boolean noKiller = a.sources().stream().allMatch(m -> ForceArguments.unarmed(m, code.get()));
      if (noKiller && code.get().isAttack()) {
        // "قتل 17 من ميليشيات الحوثي في مواجهات مع الجيش اليمني": the side named after the dead caused them
        cause = CombatDeaths.causeAfter(w, groups, t.first(), a.targets());
        ActorGroup otherSide = cause != null && cause.agent() != null ? null
            : CombatDeaths.otherSideBefore(w, groups, t.first(), a.targets());
        if (otherSide != null) {
          // "مواجهات … بين المقاومة الشعبية من جانب والمسلحين الحوثيين … ما أسفر عن مقتل ثمانية حوثيين"
          cause = new CombatDeaths.Cause(otherSide, cause != null ? cause.code() : "190");
        }
        if (cause != null && cause.agent() != null) {
          List<ActorMention> dead = a.targets().equals(cause.agent().members()) ? List.of() : a.targets();
          a = new Arguments(cause.agent().members(), dead, false, 0.8);
        } else if (!answered) { // (the sentence's attacker answered this attack: he did not launch it)
          if (!authorSought) {
            author = Attribution.author(w, groups); // one scan of the sentence, for all its attacks
            authorSought = true;
          }
          a = withAuthor(a, author);
        }
      }
      if (code.get().isAttack()) {
        a = FatalAttacks.withDead(w, groups, t, a); // "لقي 17 مسلحا مصرعهم في هجوم شنته المقاومة": the dead
      }
      if (t.isStatement()) {
        a = SpeakersOwnWords.without(w, t, a); // "قال مفتش الشرطة محمد فوزي هارون": his name, no one addressed
        List<ActorMention> others = a.targets().stream().filter(m -> !OwnCountry.isMention(w, m)).toList();
        if (others.size() < a.targets().size()) {
          a = new Arguments(a.sources(), others, false, a.evidence()); // "شدد ترمب على أن بلاده": his own
        }
      }
      if (t.isStatement() && StatementTopic.toldToPress(w, t, a)) {
        a = new Arguments(a.sources(), List.of(), false, a.evidence()); // "قال … لرويترز إن": the channel, no target
      }
      if (t.isStatement() && a.targets().isEmpty() && !a.sources().isEmpty()) {
        a = k == trailing ? TrailingSpeech.withTopic(groups, t, a) // "…، قال الجيش التركي": about its first party
            : StatementTopic.withTopic(w, groups, t, a); // "قال ترامب إن إيران ستواجه مشكلات": about Iran
      }
      if (code.get().root().equals("14")) {
        a = ProtestTargets.dispersed(w, t, a); // "لتفريق التظاهرات": not the police's protest
        a = CondemnedDoers.of(w, groups, t, a, true); // "استنكارا لحرق المستوطنين للطفل": the settlers
        a = ProtestTargets.withTarget(w, groups, t, a); // "تظاهروا ضد الحكومة", "أمام سفارة استونيا"
      }
      if (code.get().code().equals("111")) {
        a = CondemnedDoers.of(w, groups, t, a, false); // "ندد بحرق المستوطنين للطفل": the settlers
      }
      if (code.get().root().equals("13")) {
        a = VisitedPlaces.threatenedPlace(w, entities, t, verb, a); // "هددت إسرائيل قطاع غزة": PSE
      }
      if (code.get().code().equals("051") && w.isKey(t.last(), "جانب")) {
        a = ObjectFinder.stoodBy(w, groups, t, a); // "يقف إلى جانب المملكة": whom one stands by
        if (a.targets().isEmpty() || w.is(t.first() - 1, WHILE_HE) && w.hasProclitic(t.first() - 1, "و")) {
          // "ووقف القس بجانب صورة", "من جانبها": standing beside no one is no endorsement, nor is
          // standing beside someone while speaking ("وهو يقف إلى جانب زوجته")
          continue;
        }
      }
      if (code.get().code().equals("051")) {
        a = ObjectFinder.declaredStandingBy(w, groups, t, a); // "أكدوا وقوفهم إلى جانب المملكة"
        a = EffortOwners.of(w, groups, t, a); // "دعمت الجهود المبذولة من قبل مبعوث الأمم المتحدة"
      }
      if (code.get().code().equals("042")) {
        a = VisitedPlaces.leftAfter(w, groups, entities, t, verb, a); // "غادر X عدن بعد زيارة": X visited Aden
        a = VisitedPlaces.withPlace(w, entities, t, verb, a); // "زار العبادي البصرة": the town's country hosts
      }
      Event.Actor speaker = reported && !saidBy.isEmpty() ? saidBy.get(0).actor() : null;
      a = OwnForces.ofSpeaker(w, groups, a, speaker); // "قال الجيش الإسرائيلي إن جنوده قتلوا": his soldiers
      a = ForceArguments.adjust(w, entities, groups, t, verb, code.get(), a, speaker == null ? List.of() : saidBy);
      a = GenitiveDoers.of(w, groups, t, verb, code.get(), a); // "قصف الحوثيين على مدينة عدن": the Houthis shelled
      a = OpposingSide.of(groups, a, code.get().root()); // the coalition's strikes, the Houthis named elsewhere
      if (verb && a.sources().isEmpty() && code.get().root().equals("13") && w.is(t.first(), THREATENS_NOW)) {
        continue; // "الخطر الذي يهدد فرنسا", "خلافاتهما تهدد بإلحاق الأذى": a danger, no one threatening
      }
      CameoCode coded = code.get();
      String weapon = WeaponKinds.codeOf(w, t.first(), coded); // "هجوم كيميائي", "سيارة مفخخة"
      boolean generic = coded.code().equals("1823") || coded.code().equals("190");
      boolean repression = Repression.of(w, coded.code(), a.sources())
          || Repression.ofProtesters(w, coded.code(), t.first(), a.sources())
          && (mode == Mode.ASSERTED || mode == Mode.REPORTED); // (not "يعتزمان تنفيذ هجوم")
      String refined = weapon != null ? weapon : repression ? "175" // (fire on protesters)
          : cause != null && generic ? cause.code() : CodeRefinements.of(w, entities, t, coded, a, purposeOf);
      if ("016".equals(refined) && coded.code().equals("112")) {
        a = Accusations.denied(w, groups, t.first(), a); // the denier acts; whoever accused is its target
      }
      if ("173".equals(refined) && Convictions.of(w, t.first())) {
        a = Convictions.withConvicted(w, groups, t.first(), a); // "بعد إدانته": the convicted, a person
      }
      coded = refined == null ? coded : codes.get(refined).orElse(coded);
      if (coded.code().equals("173")) {
        a = Sentences.withSentenced(w, groups, t, a); // "حكمت المحكمة على الناشط بالسجن"
      }
      a = AccusedParty.of(w, coded, t.last(), a); // "لإدانة المتهم": the accused is convicted, does not convict
      if (coded.code().equals("112")) {
        a = DirectedCharges.of(w, t, verb, a); // "أقرت وارنر بالاتهامات الموجهة إليها": she is the accused
      }
      if (coded.code().startsWith("183")) {
        if (DisposedExplosives.of(w, t, a.sources())) {
          continue; // "فجرت قوات الأمن سبع عبوات ناسفة عثرت عليها": a disposal, no attack
        }
        a = BombingTargets.withTarget(w, groups, t, a); // "فجر انتحاري نفسه بجانب دورية عسكرية ألمانية"
      }
      // "اعتقلت الشرطة ثلاثة أشخاص في ألمانيا": a state body named by its role is of its sentence's country
      // (a speaker's country is not in what is said)
      int named = reported ? w.size() : t.first() > reportedTo ? laterFrom : reportedFrom;
      int saidAt = k > 0 && found.get(k - 1).isStatement() ? found.get(k - 1).last() : -1;
      if (Interviews.of(w, t, coded, a) || coded.root().equals("04") && Interviews.toldIn(w, t, a, saidAt)) {
        continue; // "التقت فرانس24 رئيس المفوضية", "في لقاء بثته وكالة بلومبرغ": an interview, no meeting
      }
      a = DeployedForces.withoutOwn(coded, a); // "ونشرت كوريا الشمالية جنودا": its own troops, no target
      if (coded.code().equals("0874")) {
        a = VisitedPlaces.withdrawnFrom(w, entities, t, a); // "انسحاب إسرائيل من جنوب لبنان": LBN
      }
      if (coded.code().startsWith("081") || coded.code().startsWith("085")) {
        a = LiftedSanctions.beneficiary(w, t, verb, a); // "وافقت طهران … مقابل رفع العقوبات": Iran gains
      }
      if (coded.code().equals("160") || coded.code().equals("163")) {
        a = Withdrawals.withDealPartner(w, groups, a); // "انسحاب واشنطن من الاتفاق النووي": with Iran
      }
      if (coded.isAttack()) {
        a = EventScenes.sceneNotDoer(w, t, verb, a); // "شهدت تركيا 4 هجمات": where, not who
      } else if (coded.isProtest() && !coded.code().equals("114")) {
        a = EventScenes.peopleOfScene(w, t, a); // "وشهدت بغداد مظاهرات": Baghdad's people, not its government
      }
      boolean protest = coded.isProtest();
      a = new Arguments(PlaceCountry.located(w, entities, groups, a.sources(), a.targets(), named, protest),
          PlaceCountry.located(w, entities, groups, a.targets(), a.sources(), named, protest), a.reciprocal(),
          a.evidence());
      // "جوان سانبورن، العميلة الخاصة بمكتب التحقيقات الفيدرالي،": an unknown person's post names their body
      a = PersonPosts.apply(w, groups, a);
      // "الميليشيات الإيرانية" in news that names the Houthis is the Houthis
      a = a.recoded(m -> IranianMilitias.inYemen(doc, m));
      // "وقصف الطيران مواقع المتمردين" in news of the Houthis: the coalition's aircraft, not Yemen's
      a = a.recoded(m -> CoalitionAircraft.inYemen(doc, m));
      // "التحالف العربي" in news that never names Saudi Arabia: the coalition, no country
      a = a.recoded(m -> CoalitionLeaders.named(doc, m));
      // "وقالت الوزارة" in a report on Russia: a body the sentence gives no country is the article's
      a = new Arguments(DocumentCountry.located(w, entities, groups, a.sources(), a.targets(), articleCountry),
          DocumentCountry.located(w, entities, groups, a.targets(), a.sources(), articleCountry), a.reciprocal(), a.evidence());
      if (coded.root().equals("17") || coded.code().equals("0841")) {
        // "اعتقلت الشرطة الهندية امرأة": an Indian woman; "أعلنت النيابة السعودية إطلاق سراح نشطاء": Saudis
        a = new Arguments(a.sources(), PlaceCountry.heldBy(w, entities, groups, a.targets(), a.sources(), named),
            a.reciprocal(), a.evidence());
      }
      // (an uncoded speaker is still told: "قالت مصادر ليبية إن", "قال شهود عيان إن")
      Event.Actor told = speaker != null || !reported ? speaker
          : SpeakerPhrase.after(w, groups, later ? laterBy : reportedBy, saidFrom);
      if (mode == Mode.REPORTED && (t.isStatement() || ownAct) && !saidBy.isEmpty() && !a.sources().isEmpty()
          && a.sources().get(0).sameAs(saidBy.get(0))) {
        // "أكد الجبير أن كندا ارتكبت خطأ، وأشار إلى أن": the speaker's next statement is his own act, not
        // something he reports; so is what he says he did ("والجيش الإسرائيلي يؤكد أنه نفذ سلسلة غارات"),
        // an act its doer announces as done
        mode = Mode.ASSERTED;
        told = null;
      }
      emit(w, s, t, verb, coded, a, mode, told, out, mention);
    }
    tollsOfAttacks(w, out.subList(first, out.size()));
    aimsOfCodedAttacks(w, out.subList(first, out.size()));
    AttackMeans.drop(w, out.subList(first, out.size())); // "استهدف بغارات جوية": the verb's means, told once
    SharedAirForce.assign(out.subList(first, out.size())); // "الغارات استهدفت … فيما قصفت طائرات التحالف"
    ChargedActs.assign(w, out.subList(first, out.size())); // "اتهمت إسرائيل بشن غارة": the accused's act, claimed
    DemandedActs.drop(w, out.subList(first, out.size())); // "طالب بالإفراج عن": the release did not happen
  }

  /** Sanctions and sieges, whose lifting relieves a party: "رفع العقوبات عن إيران", "رفع الحصار عن قطر". */
  private static final java.util.Set<String> SANCTIONS = EventKeys.setOf("عقوبات", "العقوبات", "الحصار", "حصار");

  /** "ردا على", "رداً على", "في رد على": in answer to. */
  private static final java.util.Set<String> RESPONSES = EventKeys.setOf("ردا", "رداً", "رد", "الرد");

  /**
   * Where "ردا على" stands before the noun at i, in its clause ("ردا على هجوم بالغاز", "رداً على إطلاق
   * صواريخ"): what follows it is the act answered; -1 when there is none.
   */
  static int answerBefore(SentenceWords w, int i) {
    for (int j = i - 2; j >= 0 && j >= i - ANSWER_REACH; j--) {
      if (w.is(j, RESPONSES) && w.isKey(j + 1, Clauses.ON)) {
        return j;
      }
      if (Clauses.isBoundary(w, j)) {
        return -1;
      }
    }
    return -1;
  }

  /** How far after "ردا على" the answered act or its toll may stand (words). */
  private static final int ANSWER_REACH = 8;

  /**
   * "ضربة جوية إسرائيلية استهدفت موقعا بمحافظة حماه": the aim verb of an attack noun that is coded itself
   * is that attack, told once (the noun's event takes the aim's object as its target). A raid's aim is no
   * attack, whether the raid is coded or not.
   */
  private static void aimsOfCodedAttacks(SentenceWords w, List<Event> sentence) {
    java.util.Set<Integer> coded = new java.util.HashSet<>();
    for (Event e : sentence) {
      coded.add(w.tokenAt(e.trigger().start()));
    }
    sentence.removeIf(e -> {
      int noun = TriggerFinder.attackAimedAt(w, w.tokenAt(e.trigger().start()));
      return noun >= 0 && (coded.contains(noun) || w.is(noun, TriggerFinder.RAIDS));
    });
  }

  /** A killing an attack of the sentence resulted in takes the attack's agent and code ({@link CausedDeaths}). */
  private void tollsOfAttacks(SentenceWords w, List<Event> sentence) {
    for (int i = 0; i < sentence.size(); i++) {
      Event killing = sentence.get(i);
      Event cause = CausedDeaths.agentless(killing) ? CausedDeaths.causeOf(w, sentence, killing) : null;
      if (cause != null) {
        CameoCode c = codes.get(cause.cameo()).orElseThrow();
        sentence.set(i, new Event(killing.sentence(), killing.trigger(), cause.source(), killing.target(),
            c.code(), c.base(), c.root(), c.quadClass(), c.goldstein(), cause.plover(), killing.mode(),
            killing.speaker(), killing.confidence(), killing.mention(), killing.mentions()));
        if (killing.target() != null) {
          // the attack that named no one it struck struck its dead: "قصفت الميليشيات … منازل المدنيين، ما أدى
          // إلى مقتل ثلاثة مواطنين" (seeds 195 and 199 had the shelling aimed at no one)
          for (int j = 0; j < sentence.size(); j++) {
            Event e = sentence.get(j);
            if (e.target() == null && e.trigger().equals(cause.trigger()) && e.mention() == cause.mention()) {
              sentence.set(j, e.withTarget(killing.target()));
            }
          }
        }
      }
    }
  }

  /**
   * Whether a masdar joined by و with a pronoun for its object follows right on the phrase of the act
   * before it, and so has that act's doer and patient: "اعتقال شرطة بلاده لـ6 أتراك وترحيلهم".
   */
  private static boolean sharesArguments(SentenceWords w, TriggerMatch before, Arguments its, TriggerMatch t,
      boolean verb) {
    var form = w.token(t.first()).clitics();
    if (verb || before.entry().verb() || !form.pre().equals(List.of("و")) || form.post().isEmpty()
        || its.targets().isEmpty() || its.sources().isEmpty()) {
      return false;
    }
    int end = its.targets().get(its.targets().size() - 1).last();
    return end == t.first() - 1 && before.first() < t.first();
  }

  /**
   * Whether the noun trigger is the object of a light verb joined by و right before it ("وألقت القبض", "وشنت
   * هجوما") after a verb's act with its doer named: the light verb, naming no subject of its own, shares that
   * doer (seed 259 had the man the forces killed arresting them).
   */
  private static boolean sharesDoerByLightVerb(SentenceWords w, TriggerMatch before, Arguments its, TriggerMatch t) {
    int light = t.first() - 1;
    return light > before.last() && before.entry().verb() && !before.entry().cameo().startsWith("01")
        && !its.sources().isEmpty() && w.is(light, LIGHT_VERBS) && !w.hasProclitic(t.first(), "ل")
        && w.token(light).clitics().pre().equals(List.of("و")) && w.token(light).clitics().post().isEmpty()
        && its.sources().stream().allMatch(m -> m.last() < light);
  }

  /**
   * Light verbs whose object is the act (not "وأظهر الهجوم", "وتواصلت الغارات", whose noun is the subject), in
   * the perfective's persons.
   */
  private static final java.util.Set<String> LIGHT_VERBS = EventKeys.setOf("ألقى", "ألقت", "ألقوا", "شن", "شنت",
      "شنوا", "نفذ", "نفذت", "نفذوا", "قام", "قامت", "قاموا", "أجرى", "أجرت", "أجروا", "عقد", "عقدت", "عقدوا", "وجه",
      "وجهت", "وجهوا", "أنحى", "أنحت", "فرض", "فرضت", "فرضوا", "أطلق", "أطلقت", "أطلقوا", "ارتكب", "ارتكبت", "ارتكبوا",
      "خاض", "خاضت", "خاضوا");

  /**
   * Whether a verb joined by و whose object is a pronoun (on the verb, "وسلمته", or on the preposition after
   * it, "وأفرجت عنه") follows right on the act of a verb before it with both sides named, and so has that
   * act's doer and patient.
   */
  private static boolean sameSidesByPronoun(SentenceWords w, TriggerMatch before, Arguments its, TriggerMatch t,
      boolean verb) {
    var form = w.token(t.first()).clitics();
    if (!verb || !before.entry().verb() || !form.pre().equals(List.of("و")) || its.targets().isEmpty()
        || its.sources().isEmpty() || before.first() >= t.first()) {
      return false;
    }
    int next = t.first() + 1;
    boolean pronoun = !form.post().isEmpty() || next < w.size() && "ADP".equals(w.token(next).pos())
        && !w.token(next).clitics().post().isEmpty();
    int end = its.targets().get(its.targets().size() - 1).last();
    return pronoun && end < t.first() && ActorPositions.noBoundary(w, end + 1, t.first());
  }

  /** Quantities of acts: "سلسلة غارات", "موجة ضربات". */
  private static final java.util.Set<String> SERIES = EventKeys.setOf("سلسلة", "موجة", "عدة", "عشرات", "مئات");

  /** Whether the noun trigger k is the needed word of a verb before it coded with the same code. */
  private static boolean neededByCodedVerb(SentenceWords w, List<TriggerMatch> found, int k, List<Event> sentence) {
    TriggerMatch noun = found.get(k);
    for (int j = 0; j < k; j++) {
      TriggerMatch verb = found.get(j);
      if (verb.entry().verb() && verb.last() == noun.first() && verb.entry().cameo().equals(noun.entry().cameo())
          && codedAt(w, sentence, verb.first())) {
        return true;
      }
    }
    return false;
  }

  /** "وهو", "وهي": a circumstance of the clause before ("وأضاف ماكرون وهو يقف إلى جانب زوجته"). */
  private static final java.util.Set<String> WHILE_HE = EventKeys.setOf("هو", "هي", "هما", "هم");

  /** Whether an event of the sentence so far has its trigger at word i. */
  private static boolean codedAt(SentenceWords w, List<Event> sentence, int i) {
    int start = w.token(i).start();
    return sentence.stream().anyMatch(e -> e.trigger().start() == start);
  }

  /** The words of an opinion poll's share: "في المئة", "%", "استطلاع". */
  private static final java.util.Set<String> POLL_WORDS = EventKeys.setOf("المئة", "المائة", "بالمئة", "بالمائة", "%",
      "استطلاع");

  /** Whether the masdar at i is the object of "نفى" a few words before it, in its clause: "نفى الجيش قصف المستشفى". */
  private static boolean deniedMasdar(SentenceWords w, int i) {
    // (or of its participle right before it: "نافيا مقتل عشرات الأشخاص")
    return Clauses.verbBefore(w, i, 4, Clauses.DENIALS) >= 0 || i > 0 && w.is(i - 1, DENYING);
  }

  /** Meetings and talks, whose refusal is coded on the refusal (125): consult, call, meet elsewhere, negotiate. */
  private static final java.util.Set<String> REFUSED_MEETINGS = java.util.Set.of("040", "041", "044", "046");

  /** Words that make the event noun after them a point in time: "قبل محادثات السلام", "بعد الهجوم". */
  private static final java.util.Set<String> TIME_MARKS = EventKeys.setOf("قبل", "بعد", "عقب", "إثر", "اثر");

  /**
   * Whether the event noun at i only dates what is said, behind قبل, بعد, عقب or إثر: a denial does not deny
   * it ("نفى جيش جنوب السودان … أن حكومة جوبا تفرض عليهم حصارا … قبل محادثات السلام", seed 227).
   */
  private static boolean timeMark(SentenceWords w, int i) {
    return i > 0 && !w.isVerb(i) && w.is(i - 1, TIME_MARKS) && w.token(i - 1).clitics().pre().isEmpty();
  }

  /** The participle of "نفى", the denial of a circumstance: "…، نافيا مقتل عشرات الأشخاص". */
  private static final java.util.Set<String> DENYING = EventKeys.setOf("نافيا", "نافية", "نافين", "نافيين");

  /**
   * Whether two parties of one code are two people named by their posts: "استقبل الأمير فيصل بن بندر أمير منطقة
   * الرياض … محافظ الهيئة السعودية للمواصفات" (SAUGOV and SAUGOV), who meet as two.
   */
  private static boolean twoOfficials(SentenceWords w, ActorMention a, ActorMention b) {
    return a.actor().id() == null && b.actor().id() == null && w.is(a.first(), ActorFinder.PERSON_TITLES)
        && w.is(b.first(), ActorFinder.PERSON_TITLES) && !a.actor().text().equals(b.actor().text());
  }

  /** An attack told without its agent takes the author the sentence names elsewhere, unless that is its target. */
  private static Arguments withAuthor(Arguments a, ActorGroup author) {
    if (author == null) {
      return a;
    }
    for (ActorMention target : a.targets()) {
      for (ActorMention m : author.members()) {
        if (m == target || m.sameAs(target)) {
          return a;
        }
      }
    }
    return new Arguments(author.members(), a.targets(), false, 0.75);
  }

  /**
   * Whether the trigger is what the speaker says they did themselves: a verb right after "إنه"/"إنها"
   * ("قال الجيش إنه قتل ثلاثة مسلحين", also a killing verb the tagger read as a noun), or an attack noun
   * after a launch verb there ("أقر التحالف بأنه نفذ ضربات جوية"). The pronoun on إنه is the speaker.
   */
  private static boolean speakerActs(SentenceWords w, TriggerMatch t, int complement) {
    if (t.first() > complement && Agreement.firstPerson(w, t.first())) {
      return true; // "قال: «ندعو الصين إلى …»", "وأضاف: رفضنا": the speaker is the verb's "we"
    }
    if (!w.is(complement, SELF_COMPLEMENT)) {
      return false;
    }
    if (t.first() == complement + 1 || (t.first() == complement + 2 && w.is(complement + 1, Clauses.NEGATIONS))) {
      // (also "إنه لا يستهدف": a negated one; but "قالت الشرطة إنه اغتيل": the pronoun of a passive is its victim)
      return (t.entry().verb() || Victims.verbForm(w, t.first())) && !Victims.passiveForm(w, t.first());
    }
    // (past a quantity of them: "أكد الجيش أنه نفذ سلسلة غارات")
    boolean counted = t.first() == complement + 3 && w.is(complement + 2, SERIES);
    return (t.first() == complement + 2 || counted) && w.is(complement + 1, Attribution.CARRIED_OUT);
  }

  /** The impersonal passive of saying, "it is said": a hedge that frames what follows, no one's statement. */
  private static final java.util.Set<String> IMPERSONAL_SAYING = EventKeys.setOf("يقال", "قيل");

  private void emit(SentenceWords w, int s, TriggerMatch t, boolean verb, CameoCode code, Arguments args, Mode mode,
      Event.Actor speaker, List<Event> out, int[] mention) {
    if (code.root().equals("01") && IMPERSONAL_SAYING.contains(w.bare[t.first()])) {
      return; // ("فتاة يقال إنها تعرضت للعنف": what is said stays reported)
    }
    if (CooperationKinds.withoutPartner(t, verb, args)) {
      return; // "أكدا أهمية التعاون": cooperation as a goal or a topic, with no one to cooperate with
    }
    List<ActorMention> sources = args.sources();
    double evidence = args.evidence();
    boolean protest = code.isProtest();
    // (a siege lasts: "تفرض إسرائيل حصارا" is news in the present tense)
    // ("التي يحاصر فيها الأطفال": children trapped, no one besieging)
    boolean lasting = code.code().equals("191") && verb && !sources.isEmpty()
        && sources.stream().noneMatch(ActorMention::isCivilian);
    if ((protest || code.isAttack()) && (!(lasting || Occurrence.tookPlace(w, t.first(), verb, protest, mode))
        || Occurrence.accident(w, t.first()) || (!protest && Occurrence.trial(w, t.first())))) {
      // "منذ اغتيال الحريري", "كل الذين يقتلون العراقيين": named, not reported as having happened; and deaths
      // in an accident, or an attack that is the case of a trial, are no news of an attack
      return;
    }
    if (protest && !verb && !code.code().startsWith("140") && !sources.isEmpty()
        && sources.stream().allMatch(m -> m.last() < t.first() && m.actor().role() != null
            && PlaceCountry.STATE_ROLES.contains(m.actor().role()))) {
      // "الاجتماع بين الملك ورئيس الوزراء هاني الملقي، على وقع الاحتجاجات التي تشهدها البلاد": the state
      // meets amid demonstrations, it does not march (a formal protest, 140, may be a state's)
      sources = List.of();
    }
    // (the passive "تم خطفهما" implies a kidnapper as the noun's own agent column would)
    String implied = t.entry().agent() != null ? t.entry().agent()
        : code.isAttack() && Occurrence.toldAsPassive(w, t.first()) ? "UAF" : null;
    if (sources.isEmpty() && implied != null
        && (verb || Occurrence.nounTookPlace(w, t.first(), protest))) {
      sources = List.of(ActorMention.impliedBy(w, t.first(), implied));
      evidence = 0.6;
    }
    // "الإفراج عن ثلاثة أمريكيين", "رفع العقوبات عن إيران": who is released or relieved is news by itself
    // (sanctions or a siege: "رفع الحظر عن قيادة النساء" relieves no party)
    boolean released = (code.code().startsWith("084") || code.code().startsWith("085") && w.is(t.needed(), SANCTIONS))
        && !args.targets().isEmpty();
    if (sources.isEmpty() && (code.root().compareTo("11") < 0 && !released || args.targets().isEmpty())) {
      return; // (a demand or an inquiry with no one making it is no news: "مشروع قرار يطالب …")
    }
    Token first = w.token(t.first());
    Span trigger = Span.of(w.doc.text(), first.start(), w.token(t.first()).end());
    String plover = t.entry().plover() != null ? t.entry().plover() : code.plover();
    double confidence = (t.entry().curated() ? 0.85 : 0.6) * evidence;
    int id = mention[0]++;
    List<Event.Actor[]> pairs = new ArrayList<>();
    // (two sides that meet or agree act on each other; two that attack or sanction together act on
    // someone the sentence names elsewhere, if at all: "أطلقت الولايات المتحدة وفرنسا وبريطانيا صواريخ")
    boolean exchanged = sources.size() >= 2 && args.targets().isEmpty()
        && (exchanged(w, t.first()) || sources.size() == 2 && ofBoth(w, t.last()));
    if (args.reciprocal() && (mutual(code) || exchanged)) {
      for (int i = 0; i < sources.size(); i++) {
        for (int j = i + 1; j < sources.size(); j++) {
          pairs.add(new Event.Actor[] {sources.get(i).actor(), sources.get(j).actor()});
          if (exchanged) { // "وتبادل نتنياهو وأردوغان الانتقادات": each criticised the other
            pairs.add(new Event.Actor[] {sources.get(j).actor(), sources.get(i).actor()});
          }
        }
      }
    } else {
      for (ActorMention src : sources.isEmpty() ? nullList() : sources) {
        for (ActorMention tgt : args.targets().isEmpty() ? nullList() : args.targets()) {
          // (an agent the trigger implies is no one named: "مقتل 15 إرهابيا" is no militant killing himself)
          if (src != null && tgt != null && src.first() != t.first() && src.sameAs(tgt) && !twoOfficials(w, src, tgt)) {
            continue;
          }
          // (one word read as both parties is the place of the act, not its doer: "تفجير كابول", "هجمات باريس";
          // the two Koreas of "الكوريتان" are two countries)
          boolean onePlace = src != null && tgt != null && src.first() == tgt.first()
              && java.util.Objects.equals(src.actor().country(), tgt.actor().country());
          pairs.add(new Event.Actor[] {src == null || onePlace ? null : src.actor(), tgt == null ? null : tgt.actor()});
        }
      }
    }
    for (Event.Actor[] pair : pairs) {
      out.add(new Event(s, trigger, pair[0], pair[1], code.code(), code.base(), code.root(), code.quadClass(),
          code.goldstein(), plover, mode, speaker, round(confidence), id,
          List.of(new Event.Mention(s, trigger))));
    }
  }

  private static final java.util.Set<String> EXCHANGE = EventKeys.setOf("تبادل", "تتبادل", "يتبادل", "تبادلت",
      "تبادلا", "تبادلوا", "يتبادلان", "تتبادلان", "يتبادلون");
  /** How far before its act an exchange verb may stand, past the two sides: "تبادل رئيس الوزراء … الانتقادات". */
  private static final int EXCHANGE_REACH = 16;

  /** Whether an act is exchanged between its subjects: "تبادل الطرفان الاتهامات", "وتبادلت إسرائيل وحماس القصف". */
  private static boolean exchanged(SentenceWords w, int trigger) {
    for (int i = trigger - 1; i >= Math.max(0, trigger - EXCHANGE_REACH); i--) {
      if (w.is(i, EXCHANGE)) {
        return true;
      }
      if (Clauses.isBoundary(w, i) && !w.isComma(i)) {
        return false; // (not past a verb only: the tagger reads names as verbs, "رجب طيب أردوغان")
      }
    }
    return false;
  }

  /**
   * What two sides hold together, with the dual pronoun: their cooperation, relations, summit (not "نيتهما",
   * their intention, each its own; nor "لهما", the two as the object).
   */
  private static final java.util.Set<String> BOTH_HELD = EventKeys.setOf("تعاون", "علاقات", "علاقة", "قمة", "شراكة",
      "تقارب", "حوار", "بين", "اتفاق", "تنسيق", "لقاء", "محادثات", "مباحثات");
  /** How far after its trigger the two sides' shared thing may stand: "ورحبت باريس ولندن رسمياً بتعاونهما". */
  private static final int BOTH_REACH = 5;

  /**
   * Whether what the act is about belongs to both its subjects, a noun with the dual pronoun right after them:
   * "ورحبت باريس ولندن رسمياً بتعاونهما" (each welcomed the other's cooperation; seed 169 had no target).
   */
  private static boolean ofBoth(SentenceWords w, int trigger) {
    for (int i = trigger + 1; i < w.size() && i <= trigger + BOTH_REACH; i++) {
      if (w.token(i).clitics().post().contains("هما") && !w.isVerb(i) && w.is(i, BOTH_HELD)) {
        return true;
      }
      if (Clauses.isBoundary(w, i)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Acts that two sides named together do with each other: meeting and consulting (04), cooperating (050,
   * 06) and agreeing (057). Others are done by each side alone: "تعهدت بريطانيا وفرنسا وألمانيا" pledges,
   * not a pledge of Britain to France.
   */
  private static boolean mutual(CameoCode code) {
    String c = code.code();
    return code.root().equals("04") || code.root().equals("06") || c.equals("050") || c.startsWith("057");
  }

  private static List<ActorMention> nullList() {
    List<ActorMention> list = new ArrayList<>(1);
    list.add(null);
    return list;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static boolean isInsideActor(List<ActorGroup> groups, int i) {
    for (ActorGroup g : groups) {
      for (ActorMention m : g.members()) {
        if (i >= m.first() && i <= m.last() && m.actor().code() != null && m.last() > m.first()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Adverbs of when or how an announcement was made: "أعلنت مصادر أمنية سابقا مقتل …". */
  private static final java.util.Set<String> WHEN_TOLD = EventKeys.setOf("سابقا", "لاحقا", "رسميا", "اليوم",
      "مساء", "صباح", "أيضا", "ايضا");

  /**
   * An act named as the object of an announcement, "أعلنت السلطات التونسية اعتقال شخصين", "أعلنت وكالة
   * الأنباء (وفا)، الجمعة، مقتل 6 فلسطينيين", "أفاد بمقتل": told by the speaker as a "قال إن" would.
   * Returns the position before the act (where its reported content starts), or -1.
   */
  private static int announcedAct(SentenceWords w, List<TriggerMatch> found, TriggerMatch speech, Arguments args) {
    int at = speech.last() + 1;
    for (ActorMention s : args.sources()) {
      if (s.first() >= at && s.first() <= at + 2) {
        at = Math.max(at, s.last() + 1); // past the speaker after the verb
      }
    }
    if (args.sources().isEmpty()) {
      // past a speaker the coder cannot code: "وأفاد المرصد بمقتل", "وذكر سكان محليون سقوط قتلى"
      Event.Actor phrase = SpeakerPhrase.after(w, List.of(), speech.first(), Math.min(w.size(), at + 4));
      at = phrase == null ? at : w.tokenAt(phrase.end() - 1) + 1;
    }
    for (int skipped = 0; skipped < 8 && at < w.size()
        && (!w.token(at).isWord() || w.is(at, Clauses.DAYS) || w.is(at, WHEN_TOLD)); skipped++) {
      if ("(".equals(w.token(at).text())) {
        while (at + 1 < w.size() && !")".equals(w.token(at).text()) && skipped++ < 8) {
          at++; // "(وفا)": the speaker's short name
        }
      }
      at++; // "، الجمعة،"
    }
    while (at < w.size() && "ADJ".equals(w.token(at).pos()) && w.token(at).clitics().pre().isEmpty()) {
      at++; // (the speaker's adjective: "سكان محليون")
    }
    int act = actAt(w, found, at);
    if (act >= 0) {
      return act;
    }
    // (the paper the sources speak to, in quotes the loop above passed: "مصادر "الرياض"")
    int quoted = at > 0 && OPENING_QUOTES.contains(w.token(at - 1).text()) ? quotedName(w, at - 1) : -1;
    at = quoted >= 0 ? quoted + 1 : at;
    if (w.isKey(at, IN)) {
      // where the sources are: "وأفادت مصادر "الرياض" في تعز بمقتل مدني"
      int place = at + 1;
      while (place < w.size() && place <= at + PLACE_WORDS && w.token(place).isWord()
          && w.token(place).clitics().pre().isEmpty()) {
        place++;
      }
      at = place > at + 1 && w.hasProclitic(place, "ب") ? place : at;
    }
    return actAt(w, found, at);
  }

  /** The position before the act told at {@code at} ("سقوط قتلى": the noun after), or -1 when none is there. */
  private static int actAt(SentenceWords w, List<TriggerMatch> found, int at) {
    if (w.isKey(at, ABOUT) && at + 1 < w.size() && !claimBefore(w, at)) {
      at++; // "أفاد مصدر أمني عن إصابة رجل": what he told of (not "مسؤوليته عن": a claim, the act is told as fact)
    }
    if (w.is(at, FALLEN) && at + 1 < w.size()) {
      at++; // "سقوط قتلى", "وقوع انفجار": the act is the noun after
    }
    for (TriggerMatch t : found) {
      if (t.first() == at && !t.isStatement() && (!t.entry().verb() || w.hasProclitic(at, "ب"))) {
        return at - 1;
      }
    }
    if (w.is(at, HURT)) {
      // "وأفاد مصدر أمني إصابة ثلاثة أشخاص بانفجار عبوة": the act that hurt them, behind ب or في (seed 217)
      for (TriggerMatch t : found) {
        if (t.first() > at && t.first() <= at + HURT_REACH && !t.isStatement()
            && (w.hasProclitic(t.first(), "ب") || w.isKey(t.first() - 1, IN))) {
          return at - 1;
        }
      }
    }
    return -1;
  }

  private static final String ABOUT = EventKeys.of("عن");

  /** Whether a claim of responsibility stands a few words before i: "أعلنت مجموعة مسؤوليتها الاثنين عن". */
  private static boolean claimBefore(SentenceWords w, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (w.is(k, RESPONSIBILITY)) {
        return true;
      }
    }
    return false;
  }

  /** "مسؤوليته عن": a claim of responsibility, with the pronoun the lemmatiser leaves on the written form. */
  private static final java.util.Set<String> RESPONSIBILITY = EventKeys.setOf("مسؤولية", "مسئولية", "مسؤوليته",
      "مسؤوليتها", "مسؤوليتهم", "مسئوليته", "مسئوليتها", "مسئوليتهم");
  /** Masdars of being hurt, before the victims and the act that hurt them: "إصابة ثلاثة أشخاص بانفجار". */
  private static final java.util.Set<String> HURT = EventKeys.setOf("إصابة", "بإصابة", "جرح", "بجرح");
  /** How far past the masdar of being hurt the act may be told: the victims' words between. */
  private static final int HURT_REACH = 6;

  private static final String IN = EventKeys.of("في");
  private static final java.util.Set<String> OPENING_QUOTES = java.util.Set.of("\"", "«", "“");
  /** How many words the place of the sources may take before the act told: "في محافظة تعز". */
  private static final int PLACE_WORDS = 3;

  /** Masdars of befalling, before the act told: "ذكر سكان محليون سقوط قتلى". */
  private static final java.util.Set<String> FALLEN = EventKeys.setOf("سقوط", "بسقوط", "وقوع", "بوقوع");

  /** Nouns of what is said right before its quotation: "في بيان "…"", "في تغريدة "…"". */
  private static final java.util.Set<String> STATEMENT_NOUNS = EventKeys.setOf("بيان", "تصريح", "تصريحات",
      "تغريدة", "كلمة", "رسالة", "مقابلة", "حديث", "مؤتمر");
  /** How close to the speech verb an opening quote opens what is said (past the speaker's name). */
  private static final int QUOTE_REACH = 5;

  /** How many words a quoted name runs where a speech verb's quotation may open. */
  private static final int NAME_WORDS = 4;

  /**
   * Where the quote closes that opens at i a name, closed within a few words ("حركة "حماس" إن",
   * "لـ"الشرق الأوسط""), or -1 when it opens more.
   */
  private static int quotedName(SentenceWords w, int i) {
    return closingQuote(w, i, NAME_WORDS);
  }

  /** Where the quote that opens at i closes within {@code reach} words, or -1. */
  static int closingQuote(SentenceWords w, int i, int reach) {
    for (int j = i + 1; j <= i + reach && j < w.size(); j++) {
      String t = w.token(j).text();
      if ("\"".equals(t) || "»".equals(t) || "”".equals(t)) {
        return j;
      }
    }
    return -1;
  }

  /** Words that make "أن" open a time, not what is said: "قال إينجه بعد أن دعاه كيليتشدار أوغلو". */
  private static final java.util.Set<String> TIME_CONJUNCTIONS = EventKeys.setOf("بعد", "قبل", "منذ");

  /**
   * Where the complement of a speech word starts: after "أن"/"إن" or a colon within reach
   * ("قال إن", "أكدت أن", "للتأكيد على أن", "ذكرت فيها:"); -1 when the word has none.
   */
  static int complementStart(SentenceWords w, int speech) {
    boolean verbBetween = false;
    for (int i = speech + 1; i <= speech + LONG_SPEECH_REACH && i < w.size(); i++) {
      String text = w.token(i).text();
      // (not "بعد أن دعاه", "لأنه": a time or a cause, not what is said; but "قالت فيما بعد إنهم")
      boolean timeOrCause = w.hasProclitic(i, "ل") || w.is(i - 1, TIME_CONJUNCTIONS) && !text.startsWith("إ")
          && !w.isKey(i - 2, "فيما");
      boolean that = Clauses.isThat(w, i) && !timeOrCause;
      if (that || ":".equals(text)) {
        // (past the usual reach only over a speaker's titles, day and venue, no verb of another clause:
        // "قال الرئيس الفرنسي، إيمانويل ماكرون، الجمعة، على هامش منتدى سان بطرسبورغ الاقتصادي إن")
        return i <= speech + SPEECH_REACH || !verbBetween ? i : -1;
      }
      // (nor the verb of the statement's own relative clause: "وقالت وزارة الداخلية، في بيان حصلت الوطن على
      // نسخة منه، أمس إنه", seed 242)
      verbBetween |= w.isVerb(i) && !w.startsName(i) && !(w.is(i - 1, STATEMENT_NOUNS) && !w.isDefinite(i - 1));
      // (further on after the statement's own noun: "وقالت مجموعة … في بيان "أمرت المحكمة …"")
      // (or past a long speaker with no verb between: "وقال مدير المرصد السوري لحقوق الانسان رامي عبدالرحمن "خطفت")
      boolean nearEnough = i <= speech + QUOTE_REACH || i <= speech + SPEECH_REACH && !verbBetween;
      if ((nearEnough || w.is(i - 1, STATEMENT_NOUNS)) && ActorPositions.QUOTES.contains(text)) {
        int name = quotedName(w, i);
        if (name < 0) {
          return i; // "وأضاف "لكن خلال المحادثات …"": the words said, quoted with no إن
        }
        i = name; // past a name in quotes: its closing quote opens nothing ("وقالت مجموعة "حنينو" …")
      }
      if (".".equals(text)) {
        return -1;
      }
    }
    return -1;
  }
}
