package org.marsad.event;

import static org.marsad.event.ActorPositions.PARTS_OF;
import static org.marsad.event.ActorPositions.RELATIVES;
import static org.marsad.event.ActorPositions.attributive;
import static org.marsad.event.ActorPositions.behindPreposition;
import static org.marsad.event.ActorPositions.behindTargetPreposition;
import static org.marsad.event.ActorPositions.crossesClause;
import static org.marsad.event.ActorPositions.endsInPreposition;
import static org.marsad.event.ActorPositions.isNoun;
import static org.marsad.event.ActorPositions.sameParty;
import static org.marsad.event.ActorPositions.startsGroup;
import static org.marsad.event.Adjuncts.afterTimeWords;
import static org.marsad.event.ArgumentFinder.ACCUSATIONS;
import static org.marsad.event.ArgumentFinder.DEPORTS;
import java.util.List;
import org.marsad.doc.Event;

/**
 * Finds the target of a trigger once {@link ArgumentFinder} has its source: the object after the verb or
 * the event noun's phrase, past what may stand between them (an apposition or aside between commas, a time,
 * a place, the launching verb, the aim "استهدف"); an actor behind a target preposition ("إلى موسكو", "على
 * مواقع"); else whose the object noun or the sites hit are ("رفضت موسكو تصريحات ماي"), the nisba of the
 * object noun ("خطفوا مصورا فرنسيا"), the victims named before, or where the source went for talks.
 */
final class ObjectFinder {
  private final SentenceWords w;
  private final List<ActorGroup> groups;
  private final int trigger;
  private final int triggerEnd;
  private final boolean verb;
  private final boolean acts;

  /** @param acts the trigger is an act on someone, not speech (as in {@link ArgumentFinder#find}) */
  ObjectFinder(SentenceWords w, List<ActorGroup> groups, int trigger, int triggerEnd, boolean verb, boolean acts) {
    this.w = w;
    this.groups = groups;
    this.trigger = trigger;
    this.triggerEnd = triggerEnd;
    this.verb = verb;
    this.acts = acts;
  }

  /**
   * The target, or null.
   *
   * @param source the source found, or null
   * @param object an actor word order already showed to be the object (a counterpart, a place visited), or null
   * @param victims the dead or taken counted or named before the trigger, or null
   * @param subjectBefore the subject stands before the verb, so what follows it is the object
   * @param launched an attack noun with its launching verb after it ("هجوم شنه مسلحون")
   * @param after where the trigger's phrase ends: the trigger, or the launching verb
   */
  ActorGroup target(ActorGroup source, ActorGroup object, ActorGroup victims, boolean subjectBefore, boolean launched,
      int after) {
    int from = Math.max(triggerEnd, source != null ? source.last() : -1) + 1;
    if (triggerEnd > trigger && startsGroup(groups, triggerEnd)
        && (verb ? source != null && source.last() < triggerEnd : source == null || source.last() < trigger)) {
      // a verb's needed word may be its object itself: "اعتقل الجيش الناشط" ("ناشط" is needed); so may a
      // noun's: "بعد احتجاز رهينة"
      from = triggerEnd;
    }
    if (source != null && source.last() + 1 == from && closesQuote(source, from)) {
      from++; // the quote that closes the subject's name: "وناشدت صحيفة «واشنطن بوست» مجلس حقوق الإنسان"
    }
    if (source != null && source.last() + 1 == from) {
      // past a prayer after the subject's name: "استقبل الملك سلمان - حفظه الله - في مكتبه …"
      from = w.pastPrayer(from);
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
      if (past == apposition) {
        past = SubjectAsides.afterRelative(w, apposition); // "ورفضت طهران، التي لم تنف …، حديث نتانياهو"
      }
      if (past == apposition && acts) {
        int afterPost = SubjectAsides.afterPost(w, apposition); // "اتهم العقيد تركي المالكي، المتحدث باسم …، الحوثيين"
        past = startsGroup(groups, afterPost) ? afterPost : apposition;
      }
      if (past == apposition && acts && titledByApposition(source) && !startsGroup(groups, apposition)) {
        int afterTitle = SubjectAsides.afterBareTitle(w, apposition); // "اتهم روساريو وزير خارجية الفلبين، الصين"
        past = startsGroup(groups, afterTitle) ? afterTitle : apposition;
      }
      // (not another country's actor between the commas: "اتهمت وزارة الخارجية التركية، الولايات المتحدة،")
      if (past > apposition) {
        from = otherPartyAt(groups, apposition + 1, past, source) ? apposition + 1 : past;
      } else if (verb && acts && w.isComma(apposition)
          && (roleAfterComma(apposition + 1) || otherPartyAt(groups, apposition + 1, w.size(), source))) {
        // a comma alone between subject and object: "ودعا المسؤول الأمني، المواطنين إلى", "وتوعد نتانياهو، إيران"
        from = apposition + 1;
      }
    }
    if (verb && source != null && source.last() > trigger && from == source.last() + 1) {
      from = KnownNameTitles.pastPosts(w, groups, source, from); // "استقبل الأمير محمد بن نايف ولي العهد …"
      if (acts && from > source.last() + 1) {
        from = pastPlaceAndComma(from); // "… وزير الدفاع في قصر السلام بجدة مساء أمس، اللواء ركن حمد"
      }
    }
    if (verb && acts && source != null && source.last() > trigger && from == source.last() + 1) {
      from = pastOwnPlace(source, from); // "اعتقلت شرطة مكافحة الإرهاب في فرنسا خمسة أشخاص"
      if (from == source.last() + 1) {
        from = pastPlaceAndComma(from); // "التقى رئيس مجلس النواب نبيه بري في بيروت اليوم، رئيس برلمان"
      }
    }
    if (verb && source != null && source.last() > trigger && from == source.last() + 1) {
      from = pastAdjectives(from); // "واعتقلت الشرطة المحلية خمسة أشخاص"
    }
    if (verb && source != null && source.last() < trigger && from == triggerEnd + 1) {
      int time = w.isComma(from) ? afterTimeWords(w, from + 1) : from;
      // "اختطفت، في وقت سابق السبت، 15 امرأة": a time between commas after an SVO verb
      // (afterTimeWords steps past the closing comma itself when the time opened after one)
      from = time > from + 1 && w.isComma(time) ? time + 1
          : time > from + 2 && w.isComma(time - 1) ? time : SubjectAsides.afterAside(w, from);
    }
    if (verb && source != null && from == source.last() + 1 && w.is(from, COMPANIONS) && w.hasProclitic(from, "و")
        && !w.token(from).clitics().post().isEmpty() && !startsGroup(groups, from)) {
      from++; // the subject's companions are the subject's: "واتهمت بريطانيا وحلفاؤها روسيا"
    }
    if (launched && source == null && w.is(after + 1, AGAINST)) {
      from = Math.max(from, after + 1); // "الهجمات التي شنتها على السعودية": past the launching verb
    }
    // "اعتقل الجيش الوطني الليبي قبل أيام يحيى الأسطى عمر", "انتقد ترامب عبر حسابه على تويتر، الأحد، فريق …"
    if (verb && afterTimeWords(w, from) == from) {
      // a time the time stage found: "واستهدفت مقاتلات إسرائيلية في فبراير الماضي مواقع"
      from = w.afterTimeExpression(from);
    }
    from = verb ? afterTimeWords(w, Adjuncts.afterChannel(w, afterTimeWords(w, from))) : from;
    if (verb && from > 0 && w.isComma(from) && w.is(from - 1, Adjuncts.TIME_WORDS) && startsGroup(groups, from + 1)) {
      from++; // a comma after the time: "اعتقلت قوات الاحتلال الإسرائيلي أمس، شابين فلسطينيين"
    }
    from = verb && acts ? afterTimeWords(w, Adjuncts.afterStatement(w, from)) : from;
    if (verb && w.is(trigger, Adjuncts.STRIKING)) {
      from = afterTimeWords(w, Adjuncts.afterMeans(w, from)); // "قصفت بعدة قذائف مواقع ميليشيات الحوثي"
    }
    // (the noun may be the trigger's own needed word: "ندد بالاعتداءات" is one pattern)
    int judgedNoun = triggerEnd > trigger && triggerEnd > (source == null ? -1 : source.last()) ? triggerEnd : from;
    ActorGroup judged = verb && source != null ? judgedOwner(judgedNoun, source) : null;
    if (judged != null) {
      return judged; // "أدانت إيران الهجوم الأمريكي على سوريا": the attack condemned is America's
    }
    ActorGroup whoseAct = verb && source != null ? judgedWhat(w, groups, trigger, judgedNoun) : null;
    if (whoseAct != null && !sameParty(source, whoseAct)) {
      return whoseAct; // "ورفضت مصر ما قامت به الحكومة الإثيوبية": whose act "ما" names is judged
    }
    if (verb && source != null && condemnsAttack(judgedNoun)) {
      return null; // "أدانت الكويت تفجير مسجد قوات الطوارئ": what was struck is no party to the condemnation
    }
    if (verb && acts && source != null) {
      from = PlacePhrases.objectAfter(w, groups, from); // "استقبل الملك سلمان في مكتبه بقصر اليمامة … رئيس الوزراء"
    }
    int aimed = verb ? -1 : aimVerbAfter(w, triggerEnd); // "غارات تستهدف مواقع داعش": the aim's object
    if (aimed >= from) {
      from = afterTimeWords(w, aimed + 1);
    }
    ActorGroup target = null;
    boolean adjacentObject = true;
    // (counted after a host that follows the verb: a long name and its posts are no distance to the guest,
    // "استقبل الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع …")
    int reachFrom = verb && w.is(trigger, MEETING_VERBS) && source != null && source.last() > triggerEnd
        ? source.last() : triggerEnd;
    // (an indefinite nisba right after the subject is a noun, the object: "قتلت الشرطة الإسرائيلية فلسطينيا";
    // or behind ل after the needed word: "وجهت السلطات اتهاما لروسية", a Russian woman)
    var fromClitics = w.token(from < w.size() ? from : w.size() - 1).clitics().pre();
    boolean nisbaAtFrom = verb && from < w.size() && !w.isDefinite(from)
        && (fromClitics.isEmpty() || triggerEnd > trigger && fromClitics.equals(List.of("ل")));
    for (ActorGroup g : groups) {
      // (and a definite nisba right behind a target preposition is a person: "أطلق النار على الفلسطيني")
      // (or one right behind the noun's own preposition: "القبض على اللبنانية", "على بلجيكيين")
      boolean nisbaObject = nisbaAtFrom && g.first() == from || verb && acts && personBehindPreposition(g)
          || !verb && g.first() == from && from == triggerEnd + 1 && endsInPreposition(w, trigger, triggerEnd)
          || !verb && visitedCapital(g);
      if (g.first() < from || g == source || (attributive(g) && !nisbaObject)) {
        continue;
      }
      if (g.first() - reachFrom > TARGET_REACH || crossesClause(w, from, g.first())
          || g.first() - triggerEnd > TARGET_REACH && w.is(g.first() - 1, TO)) {
        break; // (that far, no place gone to: "… خلال زيارتها الأولى إلى مصر" is where the guest went)
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
      if (!acts && (StatementTopic.cityIn(w, g) || StatementTopic.spokenFrom(w, g))) {
        continue; // "وقال كالين في مؤتمر صحفي بأنقرة", "في حوار هاتفي لـ(عكاظ) من عدن": where it was said
      }
      if (!acts && jointPartner(w, g)) {
        continue; // "وقال لافروف، في مؤتمر صحفي مشترك مع نظيره التركي، إن": who stood beside the speaker
      }
      if (acts && counterpartsIn(w, g, from)) {
        target = g; // "اجتماع مع نظرائه في مجلس التعاون الخليجي": the body whose ministers were met
        break;
      }
      if (!acts && w.is(g.first(), OUTLETS) && (w.hasProclitic(g.first(), "ل") || w.is(g.first() - 1, SPOKEN_ON))) {
        continue; // "في مقابلة أجراها مع قناة CBS", "على قناة آي تي في": the outlet the speaker spoke on
      }
      if (g.first() >= 2 && w.isKey(g.first() - 1, "من") && (w.is(g.first() - 2, BACKED)
          || supportWith(w, g.first() - 2))) {
        continue; // "لجيش النظام المدعوم من روسيا", "تقدم الجيش، بدعم من التحالف،": who backs, no party
      }
      if (g.first() >= 1 && w.hasProclitic(g.first(), "ب") && w.is(g.first() - 1, BACKED)) {
        continue; // "تقدمت قوات الجيش المدعومة بالمقاومة الشعبية": who backs, no party
      }
      if (g.first() >= 2 && w.isKey(g.first() - 1, "عن") && w.is(g.first() - 2, QUOTING)) {
        break; // "كما أفاد التلفزيون الرسمي نقلا عن وزارة الصحة": whom it is quoted from, after the event's words
      }
      if (attributed(w, g)) {
        break; // "…، وفق ما ذكرت وكالة رويترز": who told it, after the event's own words
      }
      if (loyalTo(w, g)) {
        continue; // "رئيس قائمة الفتح الموالية لإيران": whom a noun is loyal to, part of that noun's phrase
      }
      if (g.first() == triggerEnd + 1 && triggerEnd > trigger && w.is(triggerEnd, NAMED_BY_PLACE)) {
        continue; // "وقع اتفاقية باريس": the needed word's genitive names the deal
      }
      // (a count may stand before the object: "وقتل الجيش 12 مسلحا"; and head nouns whose genitive the
      // actor is: "قصف مواقع ميليشيات الحوثي")
      // (and a count before the head: "قصفت الطائرات عشرات المواقع العسكرية الإيرانية")
      int objectAt = afterCount(w, from) > 0 && w.is(afterCount(w, from), PARTS_OF) ? afterCount(w, from) : from;
      // (the second head may be joined by و: "مواقع وتجمعات الانقلابيين")
      // (after an act only: "وقال سيد جان أحد سكان المنطقة" names who the speaker is)
      if (acts && objectAt < g.first() && w.is(objectAt, ActorFinder.ONE_OF)
          && w.token(objectAt).clitics().pre().isEmpty()) {
        objectAt++; // "واختطف الحوثيون أيضا أحد الطلاب": one of them
      }
      for (int heads = 0; heads < 2 && objectAt < g.first() && w.is(objectAt, PARTS_OF)
          && (w.token(objectAt).clitics().pre().isEmpty()
              || heads == 1 && w.token(objectAt).clitics().pre().equals(List.of("و"))); heads++) {
        objectAt++;
      }
      boolean direct = adjacentObject && (g.first() == objectAt || g.first() == afterCount(w, from)
          || verb && acts && TitledNames.objectAt(w, groups, g, objectAt)) && !behindPreposition(w, g.first());
      boolean accusation = w.is(trigger, Accusations.VERBS) || w.is(triggerEnd, ACCUSATIONS);
      if (!direct && accusation && Accusations.chargeBetween(w, groups, from, g.first())) {
        break; // "واتهمت النيابة المدانين بالتحريض على اقتحام منشآت للشرطة": inside the charge, not the accused
      }
      if (direct || behindTargetPreposition(w, g.first()) || !verb && visitedCapital(g)) {
        if (source == null || !sameParty(source, g) || direct && verb && w.is(trigger, RECEIVES) && guest(source, g)) {
          // "قتل الجيش ثلاثة وأربعين مسلحا من ميليشيات الحوثي": the fighters are the militia's
          // (not people from a country, whom PlaceCountry places: "ثلاثة مواطنين من ألمانيا")
          ActorGroup whose = direct ? ActorPositions.partitive(w, groups, g) : g;
          target = whose.members().get(0).isCountry() ? g : whose;
          break;
        }
      }
      adjacentObject = false;
    }
    if (target == null && object != null && (source == null || !sameParty(source, object))) {
      target = object;
    }
    int objectBeforeNeeded = source == null ? -1 : source.first() > trigger ? pastAdjectives(source.last() + 1)
        : trigger + 1; // ("ودعت الحكومة المحلية الأهالي إلى الخروج")
    if (objectBeforeNeeded > 0 && w.isComma(objectBeforeNeeded) && roleAfterComma(objectBeforeNeeded + 1)) {
      objectBeforeNeeded++; // "ودعا المسؤول الأمني، المواطنين إلى ضرورة التأكد"
    }
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
        if (g.first() > trigger && g.last() <= triggerEnd && g != source && !attributive(g) && !loyalTo(w, g)
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
    // (or the trigger's own preposition: "القبض على المتهم اللبناني")
    boolean prepositionalObject = !verb && source != null && from < w.size() && (w.is(from, Clauses.TARGET_PREPOSITIONS)
        || from == triggerEnd + 1 && endsInPreposition(w, trigger, triggerEnd));
    if (target == null && (verb || aimed >= 0 || prepositionalObject) && (source != null || subjectBefore || aimed >= 0)) {
      // "خطفوا مصورا فرنسيا", "تدعم فصائل سورية": with the subject found, the nisba of the object noun
      // names whose it is (with none, that noun is likely the subject: "اتهم المحامي البريطاني")
      // (also after a target preposition: "أطلقوا قذائفهم باتجاه موقع فلسطيني")
      int noun = from < w.size() && w.is(from, Clauses.TARGET_PREPOSITIONS) ? from + 1 : from;
      // (after an aim, past the noun's own indefinite genitive: "استهدف نقطة تفتيش ليبية")
      int nisba = aimed >= 0 && noun + 1 < w.size() && isNoun(w, noun + 1) && !w.isDefinite(noun + 1)
          && w.token(noun + 1).clitics().pre().isEmpty() && !startsGroup(groups, noun + 1) ? noun + 2 : noun + 1;
      if (nisba == noun + 1 && nisba + 1 < w.size() && w.token(nisba).clitics().pre().equals(List.of("و"))
          && isNoun(w, nisba) && w.isDefinite(nisba) == w.isDefinite(noun) && !startsGroup(groups, nisba)) {
        nisba++; // past a noun joined to it, the nisba qualifying both: "مواقع وأهدافا سورية وإيرانية"
      }
      for (ActorGroup g : groups) {
        boolean nisbas = g.members().stream().allMatch(ActorMention::attributive); // (or two: "سورية وإيرانية")
        if (nisbas && g.first() == nisba && noun < w.size() && isNoun(w, noun)
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
    // (not "استقبلهم الرئيس وزوجته": the pronoun is the guests)
    if (target == null && verb && source != null && w.is(trigger, RECEIVES)
        && w.token(trigger).clitics().post().isEmpty()) {
      target = Guests.named(w, groups, from, source); // past a long title: "… رئيس المجلس البابوي … الكاردينال"
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
    if (!verb && source != null && attributive(source) && source.first() > triggerEnd
        && source.first() <= triggerEnd + 2) {
      // "الحوار الاستراتيجي المصري - الأمريكي": the other side (before a place named after it: "… بالقاهرة")
      ActorGroup other = otherNisba(w, groups, source);
      target = other != null ? other : target;
    }
    if (target == null && verb && source != null && w.is(trigger, CONDEMNING)) {
      target = perpetrator(w, groups, from, source); // "أدانت بريطانيا الجريمة التي نفذها المستوطنون"
    }
    if (target == null && !verb && source != null && w.is(trigger, GREETINGS)) {
      target = behindTitles(w, groups, triggerEnd + 1, source); // "برقية تهنئة للرئيس إدريس ديبي رئيس تشاد"
    }
    return target;
  }

  /** Dashes that join two nisbas into one pair: "المصري - الأمريكي". */
  private static final java.util.Set<String> DASHES = java.util.Set.of("-", "–", "/");

  /**
   * The second of two nisbas after an event noun, right after the first or past a dash: the other party
   * of the bilateral thing they name ("المحادثات الروسية الأمريكية", "الحوار المصري - الأميركي"); null when
   * none follows.
   */
  private static ActorGroup otherNisba(SentenceWords w, List<ActorGroup> groups, ActorGroup first) {
    int next = first.last() + 1;
    if (next < w.size() && DASHES.contains(w.token(next).text())) {
      next++;
    }
    ActorGroup second = ActorGroup.startingAt(groups, next);
    return second != null && attributive(second) && !sameParty(first, second) ? second : null;
  }

  /** How far the relative may stand after the verb's subject: the act, its adjective, "هذه", "بشدة". */
  private static final int CONDEMNED_WORDS = 5;
  /** "أقدم على", to undertake (the tagger reads it as "older"). */
  private static final java.util.Set<String> UNDERTOOK = EventKeys.setOf("أقدم");

  /** Whether word k is a verb of carrying out an act, with its pronoun or not: "نفذها", "شنه", "أقدم". */
  private static boolean carriesOut(SentenceWords w, int k) {
    return w.is(k, Attribution.CARRIED_OUT) || w.isWithPronoun(k, Attribution.CARRIED_OUT) || w.is(k, UNDERTOOK);
  }

  /**
   * The doer of the act condemned, the subject of the relative clause on the verb's object: "أدانت بريطانيا
   * الجريمة التي نفذها المستوطنون", "الهجوم الذي شنه تنظيم داعش", "التي أقدم المستوطنون على تنفيذها"
   * (seed 210); null when the object has no such clause or its subject is no party.
   */
  private static ActorGroup perpetrator(SentenceWords w, List<ActorGroup> groups, int from, ActorGroup source) {
    for (int i = from; i < w.size() && i <= from + CONDEMNED_WORDS; i++) {
      if (w.is(i, RELATIVES)) {
        // (a verb whose pronoun is the act has the doer after it; without one the act is its subject and what
        // follows is what it struck: "الهجوم الذي استهدف كنيسة")
        boolean done = w.isVerb(i + 1) && !w.token(i + 1).clitics().post().isEmpty() || carriesOut(w, i + 1);
        ActorGroup g = done ? ActorGroup.startingAt(groups, i + 2) : null;
        return g != null && !attributive(g) && !sameParty(source, g) ? g : null;
      }
      if (startsGroup(groups, i) || w.isVerb(i) || w.isComma(i)) {
        return null;
      }
    }
    return null;
  }

  /** Greetings sent to someone behind ل: "برقية تهنئة للرئيس …", "تعزية لأسرة الفقيد". */
  private static final java.util.Set<String> GREETINGS = EventKeys.setOf("تهنئة", "تهاني", "تعزية", "تعازي",
      "مواساة");
  /** How many words of title may stand between ل and the name: "للرئيس الفريق الركن الطيار إدريس ديبي". */
  private static final int TITLE_WORDS = 4;

  /**
   * The party named behind a title that bears ل, at {@code at}: "للرئيس إدريس ديبي رئيس جمهورية تشاد" (a
   * name the base lacks, told by the post after it; the bare title has no country of its own).
   */
  private static ActorGroup behindTitles(SentenceWords w, List<ActorGroup> groups, int at, ActorGroup source) {
    if (at >= w.size() || !w.hasProclitic(at, "ل") || !w.is(at, ActorFinder.PERSON_TITLES)
        || startsGroup(groups, at)) {
      return null;
    }
    for (int k = at + 1; k < w.size() && k <= at + TITLE_WORDS; k++) {
      ActorGroup g = ActorGroup.startingAt(groups, k);
      if (g != null && !(g.first() == g.last() && ActorPositions.generic(g))) { // (past a rank: "الفريق")
        return attributive(g) || sameParty(source, g) ? null : g;
      }
      if (g == null && !isNoun(w, k) || !w.token(k).clitics().pre().isEmpty()) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whom one stands by, right after the needed "جانب" of "إلى جانب" or "بجانب": "أن
   * الأردن يقف إلى جانب المملكة". Read only for an endorsement, where the side is its target; after other
   * verbs the words mean alongside ("قاتل إلى جانب القوات"), an ally, not a target.
   */
  static Arguments stoodBy(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, Arguments a) {
    if (!a.targets().isEmpty()) {
      return a;
    }
    return withSideAt(groups, t.last() + 1, a); // (the match ends on its needed word, "جانب")
  }

  /** The arguments with the group at i as the side stood by, unless none starts there or it is the source's. */
  private static Arguments withSideAt(List<ActorGroup> groups, int i, Arguments a) {
    ActorGroup g = ActorGroup.startingAt(groups, i);
    if (g == null || g.includesAnyOf(a.sources())) {
      return a; // (the side is the genitive of "جانب", so read as attributive: that does not matter here)
    }
    return new Arguments(a.sources(), g.members(), false, a.evidence());
  }

  /** The standing of "أكدوا وقوفهم": an endorsement whose side may follow as "إلى جانب X". */
  private static final java.util.Set<String> STANDING = EventKeys.setOf("وقوفه", "وقوفها", "وقوفهم", "وقوفنا",
      "وقوفهما", "تضامنه", "تضامنها", "تضامنهم", "تضامننا", "تضامنهما");

  /**
   * Whom one declares standing by, behind "إلى جانب" or "بجانب" after the noun of standing: "وأكدوا وقوفهم إلى
   * جانب المملكة العربية السعودية" (with "مع", the common case, the target is found as any other's).
   */
  static Arguments declaredStandingBy(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, Arguments a) {
    if (!a.targets().isEmpty() || !w.is(t.last(), STANDING)) {
      return a;
    }
    int side = t.last() + 1;
    if (w.is(side, TO)) {
      side++;
    }
    if (side >= w.size() - 1 || !w.isKey(side, "جانب")) {
      return a;
    }
    return withSideAt(groups, side + 1, a);
  }

  /** "نقلا عن": quoting from. */
  private static final java.util.Set<String> QUOTING = EventKeys.setOf("نقلا", "نقل", "نقلت", "نقلته");

  /** Verbs of asking, whose addressee stands behind من: "طلبت من الصين التحقيق". */
  private static final java.util.Set<String> REQUESTS = EventKeys.setOf("طلب", "طلبت", "يطلب", "تطلب", "طالب",
      "طالبت", "يطالب", "تطالب");
  static final java.util.Set<String> TO = EventKeys.setOf("إلى", "الى");
  private static final java.util.Set<String> AGAINST = EventKeys.setOf("على", "ضد");

  /** How far after the trigger a target may stand (words): far enough for "حوارا مع بعض الدول … مع السعودية". */
  private static final int TARGET_REACH = 22;
  /** Companions joined to a subject by و with its pronoun: "بريطانيا وحلفاؤها", "واشنطن وشركاؤها". */
  private static final java.util.Set<String> COMPANIONS = EventKeys.setOf("حلفاء", "شركاء", "أنصار", "انصار",
      "حليف", "شريك");
  /** "مؤتمر صحفي مشترك مع": the one a speaker shares the platform with is not spoken to. */
  private static final java.util.Set<String> JOINT = EventKeys.setOf("مشترك", "مشتركة");
  private static final java.util.Set<String> CONFERENCES = EventKeys.setOf("مؤتمر", "مؤتمرا", "المؤتمر");

  /**
   * Whether the group stands behind "مع" a few words after a joint platform: "في مؤتمر صحفي مشترك مع نظيره
   * التركي", "في مؤتمر صحافي بأنقرة، مع الرئيس الصربي" (beside the speaker, not spoken to).
   */
  static boolean jointPartner(SentenceWords w, ActorGroup g) {
    if (g.first() < 2 || !w.isKey(g.first() - 1, "مع")) {
      return false;
    }
    for (int k = g.first() - 2; k >= Math.max(0, g.first() - 5); k--) {
      if (w.is(k, JOINT) || w.is(k, CONFERENCES)) {
        return true;
      }
    }
    return false;
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
   * Whether the group names where the trigger's object, one's counterparts, serve: "نظرائه في مجلس التعاون
   * الخليجي" (the counterparts alone are no actor: the base cannot tell whose they are).
   */
  private static boolean counterpartsIn(SentenceWords w, ActorGroup g, int from) {
    int counterparts = g.first() - 2;
    return counterparts >= from && counterparts <= from + 1 && w.isKey(g.first() - 1, "في")
        && w.is(counterparts, ArgumentFinder.COUNTERPARTS) && !w.token(counterparts).clitics().post().isEmpty()
        && (counterparts == from || w.isKey(from, "مع"));
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
    i = Adjuncts.afterTimeWords(w, i); // "29 ضربة جوية يوم الاحد استهدفت تنظيم الدولة"
    if (w.is(i, RELATIVES)) {
      i++;
    }
    return w.is(i, AIM) && w.token(i).clitics().post().isEmpty() ? i : -1;
  }

  /** "مع", "على", "عبر" before an outlet: where one spoke. */
  private static final java.util.Set<String> SPOKEN_ON = EventKeys.setOf("مع", "على", "عبر");
  static final java.util.Set<String> OUTLETS = EventKeys.setOf("وكالة", "صحيفة", "جريدة", "قناة", "تلفزيون",
      "التلفزيون", "إذاعة", "اذاعة", "مجلة", "موقع", "شبكة", "الوكالة", "الصحيفة", "القناة");

  /** Whether the group tells what the sentence reports: "وفق ما ذكرت وكالة رويترز", "حسبما أفاد مراسل". */
  static boolean attributed(SentenceWords w, ActorGroup g) {
    int teller = w.is(g.first() - 1, OUTLETS) ? g.first() - 2 : g.first() - 1; // ("ذكرت وكالة رويترز")
    return TriggerFinder.attributes(w, teller) || accordingTo(w, g.first());
  }

  /**
   * Whether "according to" stands right before the actor at i, past its outlet noun, quotes and a ل written
   * apart: "وفقًا لـ”صحيفة مكة”", "حسب وكالة رويترز" (who told it, no party to the event).
   */
  private static boolean accordingTo(SentenceWords w, int i) {
    int k = i - 1;
    while (k >= 0 && k >= i - 4
        && (!w.token(k).isWord() && !w.isComma(k) || w.is(k, OUTLETS) || LAM_APART.equals(w.bare[k]))) {
      k--;
    }
    return w.is(k, Clauses.ACCORDING);
  }

  /** The ل of "لـ", written apart from its noun. */
  private static final String LAM_APART = "ل";

  /** "الموالية لإيران": loyal to, an attribute of the noun before; so is an ally ("دول حليفة للولايات المتحدة"). */
  private static final java.util.Set<String> LOYAL = EventKeys.setOf("موال", "موالي", "الموالي", "موالية", "الموالية",
      "موالين", "الموالين", "موالون", "الموالون", "حليف", "الحليف", "حليفة", "الحليفة", "حلفاء", "الحلفاء");

  /**
   * "الميليشيات الموالية لإيران", "ميليشيات الحوثي التابعة لإيران": whom a noun is loyal to, part of that
   * noun's phrase (a word of belonging only right after an actor: "مواقع تابعة لحماس" are Hamas's sites,
   * their owner the target, OwnedSites).
   */
  private boolean loyalTo(SentenceWords w, ActorGroup g) {
    if (g.first() < 2) {
      return false;
    }
    int word = g.first() - 1;
    if (w.hasProclitic(g.first(), "ب")) {
      return w.is(word, LINKED); // "حركة الشباب المرتبطة بتنظيم القاعدة"
    }
    if (w.isKey(word, "من") && w.is(word - 1, CLOSE)) {
      return true; // "الفصائل المقربة من إيران"
    }
    // (past the ally's adjective: "الحليف الاستراتيجي لواشنطن")
    boolean loyal = w.is(word, LOYAL) || "ADJ".equals(w.token(word).pos()) && w.is(word - 1, LOYAL);
    return w.hasProclitic(g.first(), "ل") && (loyal || w.is(word, OwnedSites.BELONGING)
        && groups.stream().anyMatch(other -> other.last() == word - 1));
  }

  /** Linked with whom: "المرتبطة بتنظيم القاعدة". */
  private static final java.util.Set<String> LINKED = EventKeys.setOf("مرتبط", "المرتبط", "مرتبطة", "المرتبطة",
      "مرتبطين", "المرتبطين", "المرتبطون", "المتحالفة", "المتحالف", "المتحالفين");
  /** Close to whom: "المقربة من إيران". */
  private static final java.util.Set<String> CLOSE = EventKeys.setOf("مقرب", "المقرب", "مقربة", "المقربة", "المقربين",
      "مقربين", "قريب", "القريب", "قريبة", "القريبة", "القريبين");
  /** Support given "with": "بدعم من", "بإسناد من", "بمساندة من". */
  private static final java.util.Set<String> SUPPORT = EventKeys.setOf("دعم", "إسناد", "اسناد", "مساندة");

  /** Whether word i opens a backer's phrase: "بدعم", "بإسناد" (… من X). */
  static boolean supportWith(SentenceWords w, int i) {
    return w.is(i, SUPPORT) && w.hasProclitic(i, "ب");
  }
  static final java.util.Set<String> BACKED = EventKeys.setOf("مدعوم", "المدعوم", "مدعومة", "المدعومة",
      "المدعومين", "مدعومين", "المدعومون");

  /** Nouns naming a deal or meeting by its place: "اتفاقية باريس", "قمة هلسنكي" (no party to the act). */
  static final java.util.Set<String> NAMED_BY_PLACE = EventKeys.setOf("اتفاق", "اتفاقية", "معاهدة",
      "مؤتمر", "قمة", "اجتماع", "اجتماعات", "إعلان", "اعلان", "مسار", "محادثات", "مفاوضات", "جولة");

  /**
   * The owner of a verb's object: the actor that is the genitive of the noun right after the subject
   * (one more head noun may come between), "رفضت موسكو تصريحات ماي", "استقبل البشير مدير المخابرات
   * المصرية", "انتقد الرئيس سياسات حكومة نتنياهو"; null when the object is no such noun phrase.
   */
  static ActorGroup objectsOwner(SentenceWords w, List<ActorGroup> groups, int object, ActorGroup source) {
    return objectsOwner(w, groups, object, source, false);
  }

  /** Nouns of what one says of another's act or words: "انتقاد خطاب ماي" criticises May. */
  private static final java.util.Set<String> REACTION_NOUNS = EventKeys.setOf("انتقاد", "انتقادات", "إدانة", "ادانة",
      "تنديد", "رفض", "ترحيب", "إشادة", "اشادة", "تأييد", "تاييد");

  /** The owner of the verb's object noun; {@code behindBa}: the noun bears the ب of the verb's complement. */
  static ActorGroup objectsOwner(SentenceWords w, List<ActorGroup> groups, int object, ActorGroup source,
      boolean behindBa) {
    var pre = object < w.size() ? w.token(object).clitics().pre() : List.<String>of();
    boolean clitic = behindBa ? !(pre.equals(List.of("ب")) || pre.equals(List.of("و", "ب"))) : !pre.isEmpty();
    if (behindBa && !clitic && object + 3 < w.size() && isNoun(w, object) && w.isDefinite(object)
        && w.is(object + 1, RELATIVES) && w.isVerb(object + 2) && !w.token(object + 2).clitics().post().isEmpty()) {
      // "أشاد الحريري بالدعم الذي يقدمه ولي العهد السعودي": the subject of the relative verb whose pronoun
      // is the thing praised gives it
      ActorGroup giver = ActorGroup.startingAt(groups, object + 3);
      return giver != null && !attributive(giver) && !sameParty(source, giver) ? giver : null;
    }
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

  /** Whether word i closes a quote that the group opened: "صحيفة «واشنطن بوست»" (the mention ends inside it). */
  private boolean closesQuote(ActorGroup g, int i) {
    if (i + 1 >= w.size()) {
      return false;
    }
    String text = w.token(i).text();
    int at = afterTimeWords(w, i + 1);
    ActorGroup next = ActorGroup.startingAt(groups, at);
    Event.Actor first = next == null ? null : next.members().get(0).actor();
    boolean loneRole = first != null && next.first() == next.last() && first.country() == null && first.id() == null;
    if (next == null || loneRole || next.members().get(0).attributive() || "ADJ".equals(w.token(at).pos())
        || w.is(at, ActorFinder.PERSON_TITLES)) {
      return false; // (not the name's own adjective or its holder: "صحيفة "إيران" المعارضة", "… "العقيد تركي المالكي")
    }
    String inside = w.doc.text().substring(w.token(g.first()).start(), w.token(g.last()).end());
    return text.equals("»") && inside.indexOf('«') >= 0 && inside.indexOf('»') < 0
        || text.equals("\"") && inside.chars().filter(c -> c == '"').count() % 2 == 1;
  }

  /**
   * Past up to two definite adjectives of an acting subject that no actor covers, "الحكومة المحلية", when a
   * party that is no person comes next (a name there is the subject's own: "رئيس الوزراء اللبناني المكلف سعد
   * الحريري"); {@code from} otherwise.
   */
  private int pastAdjectives(int from) {
    int i = from;
    while (acts && i < from + 2 && i < w.size() && w.isDefinite(i) && "ADJ".equals(w.token(i).pos())
        && w.token(i).clitics().pre().isEmpty() && !startsGroup(groups, i)) {
      i++;
    }
    ActorGroup next = i > from ? ActorGroup.startingAt(groups, i) : null;
    // (nor a nisba, which the word before qualifies as a noun the tagger took for an adjective: "القرار الروسي")
    boolean body = next != null && next.members().get(0).actor().code() != null
        && !ActorFinder.isPerson(next.members().get(0)) && !attributive(next)
        && w.token(i).clitics().pre().isEmpty(); // (not a conjunct: "قوات الشرعية والتحالف")
    return body ? i : from;
  }

  /**
   * Past the body's own genitive and the place after it, where the object follows: "شرطة مكافحة الإرهاب في
   * فرنسا" (the genitive as {@link PlaceCountry#inPastOwnGenitive} reads it, no actor in it, then a known place);
   * {@code from} otherwise.
   */
  private int pastOwnPlace(ActorGroup source, int from) {
    int in = PlaceCountry.inPastOwnGenitive(w, source.last());
    for (int k = from; k < in; k++) {
      if (startsGroup(groups, k)) {
        return from;
      }
    }
    ActorGroup place = in < 0 ? null : ActorGroup.startingAt(groups, in + 1);
    boolean placed = place != null && (place.members().get(0).isPlace() || place.members().get(0).isCountry());
    return placed ? place.last() + 1 : from;
  }

  /**
   * Past where and when the act took place, told behind "في" between the subject and a comma, when an actor
   * follows the comma: "التقى رئيس مجلس النواب اللبناني نبيه بري في بيروت اليوم، رئيس برلمان الباراغواي"
   * (without the comma the words after the place may be its own); {@code from} otherwise.
   */
  private int pastPlaceAndComma(int from) {
    if (!w.isKey(from, Adjuncts.IN) || !w.token(from).clitics().pre().isEmpty()) {
      return from;
    }
    for (int k = from + 1; k < w.size() && k <= from + PLACE_WORDS + 1; k++) {
      if (w.isComma(k) || k > from + 1 && afterTimeWords(w, k) > k) {
        int comma = afterTimeWords(w, k);
        // (behind a title of up to three words: "رئيس | برلمان", "اللواء ركن | حمد بن علي العطية", "وزير
        // الخارجية | عادل الجبير")
        int named = comma + 1;
        if (w.is(named, ActorFinder.PERSON_TITLES)) {
          do {
            named++;
          } while (named <= comma + 3 && !startsGroup(groups, named) && isNoun(w, named)
              && w.token(named).clitics().pre().isEmpty());
        }
        boolean actor = startsGroup(groups, comma + 1) || startsGroup(groups, named);
        return w.isComma(comma) && actor ? comma + 1 : from;
      }
      if (!w.token(k).isWord() || w.isVerb(k)) {
        return from;
      }
    }
    return from;
  }

  private static final java.util.Set<String> VISIT_NOUNS = EventKeys.setOf("زيارة", "زيارات");

  /** Whether the nisba names the capital a visit went to: "زيارة أوباما الرسمية للعاصمة الإثيوبية". */
  private boolean visitedCapital(ActorGroup g) {
    int head = g.first() - 1;
    return w.is(trigger, VISIT_NOUNS) && head > triggerEnd && w.is(head, ArgumentFinder.PLACE_NOUNS)
        && w.hasProclitic(head, "ل");
  }

  /** How many words the place between the subject and the comma may take: "في قصر السلام بجدة". */
  private static final int PLACE_WORDS = 3;

  /**
   * Whether a party named by its role alone (no name, no country: "المواطنين", "المتظاهرين") opens here, with
   * no clause opening conjunction: after a comma it is the object, as no apposition names a subject so.
   */
  private boolean roleAfterComma(int i) {
    ActorGroup g = ActorGroup.startingAt(groups, i);
    if (g == null || attributive(g) || !w.token(i).clitics().pre().isEmpty() || w.is(i, ActorFinder.PERSON_TITLES)) {
      return false; // (not the subject's post: "انتقد أنور قرقاش، وزير الدولة للشؤون الخارجية، ما أوردته")
    }
    Event.Actor a = g.members().get(0).actor();
    return a.id() == null && a.country() == null && a.code() != null && a.code().length() == 3;
  }

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

  private static final java.util.Set<String> ENVOYS = EventKeys.setOf("سفير", "سفيرة", "مندوب", "مندوبة", "ممثل",
      "ممثلة", "سفراء");
  private static final String AT = EventKeys.of("لدى");
  private static final String WHAT = EventKeys.of("ما");

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

  /**
   * Where the object stands behind a count at i, or -1 when no count stands there: "وقتل الجيش 12 مسلحا",
   * "قتلت الشرطة حوالي 4 آلاف شخص", "أكثر من 15 مسلحا" (an approximation or a bound, and a count of
   * several words).
   */
  private static int afterCount(SentenceWords w, int i) {
    int at = w.is(i, Victims.ABOUT) ? i + 1 : w.is(i, Victims.MORE_OR_FEWER) && w.isKey(i + 1, "من") ? i + 2 : i;
    int end = at;
    while (end < at + 3 && w.isCount(end)) {
      end++;
    }
    return end > at ? end : -1;
  }

  /** Whether the group is one definite nisba right behind a target preposition, a person: "على الفلسطيني". */
  private boolean personBehindPreposition(ActorGroup g) {
    int i = g.first();
    return g.first() == g.last() && attributive(g) && w.isDefinite(i) && i > 0
        && (w.is(i - 1, AGAINST) || w.is(i - 1, TO)) && w.token(i).clitics().pre().isEmpty();
  }

  /** Verbs that judge what others did: the party judged owns the act or words they name. */
  private static final java.util.Set<String> JUDGING = EventKeys.setOf("أدان", "دان", "ندد", "انتقد", "رفض", "رحب",
      "أشاد", "استنكر", "شجب", "عارض", "أيد", "ثمن");

  /**
   * Whose act a verb of judging judges, when its object is a noun told by a nisba or a genitive ("أدانت إيران
   * الهجوم الأمريكي على سوريا", "رحبت السعودية بالقرار الأمريكي", "نددت الخارجية الفلسطينية بالاعتداءات
   * الإسرائيلية على المصلين"): the nisba's party, before any actor further in the noun's phrase, which is
   * what that act was aimed at. Null otherwise.
   */
  private ActorGroup judgedOwner(int from, ActorGroup source) {
    if (!w.is(trigger, JUDGING) || from + 1 >= w.size() || startsGroup(groups, from) || !isNoun(w, from)) {
      return null;
    }
    List<String> pre = w.token(from).clitics().pre();
    if (!pre.isEmpty() && !pre.equals(List.of("ب"))) {
      return null;
    }
    for (int at = from + 1; at <= from + 2 && at < w.size(); at++) {
      ActorGroup g = ActorGroup.startingAt(groups, at);
      if (g != null) {
        // a nisba, or the noun's genitive right after it: "رحبت إسرائيل بقرار الرئيس الأميركي"
        // (a party of a country: "العرض العسكري", "الهجوم الإرهابي" are adjectives, no party)
        boolean owner = (attributive(g) || at == from + 1) && g.members().get(0).actor().country() != null;
        return owner && w.token(at).clitics().pre().isEmpty() && !sameParty(source, g) ? g : null;
      }
      if (!"ADJ".equals(w.token(at).pos()) || !w.isDefinite(at) || !w.isDefinite(from)
          || !w.token(at).clitics().pre().isEmpty()) {
        return null; // (past one adjective of the noun's own: "الهجوم الكيميائي السوري")
      }
    }
    return null;
  }

  /** Verbs that describe what they name: "ما وصفته بتدخل السعودية" (the tagger reads some as nouns). */
  private static final java.util.Set<String> DESCRIBING = EventKeys.setOf("وصف", "وصفت", "وصفوا", "اعتبر",
      "اعتبرت", "تعتبر", "يعتبر", "سمى", "سمت", "أسمى", "أسمت", "تسمي", "يسمي");

  /**
   * Whose act a word of judging judges when "ما" names it, the subject of the verb after: "ورفضت مصر ما قامت
   * به الحكومة الإثيوبية", "ندد بما ترتكبه إسرائيل", "ورفض ما تطرحه الحكومة الإسرائيلية"; or the party a
   * description names, "انتقدت طهران ما وصفته بتدخل السعودية". Null otherwise. (The relative verb opens a
   * clause, so the object search stops before its subject.)
   */
  static ActorGroup judgedWhat(SentenceWords w, List<ActorGroup> groups, int trigger, int what) {
    if (!(w.is(trigger, JUDGING) || w.is(trigger, REACTION_NOUNS)) || what + 2 >= w.size()
        || !(w.isKey(what, WHAT) || w.token(what).clitics().post().contains("ما"))) {
      return null;
    }
    int at = what + 2;
    boolean described = w.isWithPronoun(what + 1, DESCRIBING) && w.hasProclitic(at, "ب") && isNoun(w, at)
        && !startsGroup(groups, at);
    if (described) {
      at++; // the description's genitive or nisba: "بتدخل السعودية", "بالتدخل الإيراني"
    } else if (!w.isVerb(what + 1)) {
      return null;
    } else if (w.token(at).clitics().post().size() == 1 && "ADP".equals(w.token(at).pos())) {
      at++; // the pronoun back to "ما": "قامت به إسرائيل"
    }
    ActorGroup g = ActorGroup.startingAt(groups, at);
    return g != null && (described || !attributive(g)) && w.token(at).clitics().pre().isEmpty() ? g : null;
  }

  /** Verbs of condemning: their party is whoever did the act condemned. */
  static final java.util.Set<String> CONDEMNING = EventKeys.setOf("أدان", "دان", "ندد", "استنكر", "شجب");
  /** Attacks told without their attacker: "تفجير", "الحادث الإرهابي", "العمل الإجرامي". */
  private static final java.util.Set<String> ATTACKS_CONDEMNED = EventKeys.setOf("تفجير", "تفجيرات", "هجوم",
      "هجمات", "اعتداء", "اعتداءات", "الحادث", "حادث", "حادثة", "العمل", "العملية", "عملية", "جريمة", "الجريمة",
      "مجزرة", "المجزرة", "استهداف");

  /**
   * Whether a verb of condemning condemns, at i, an attack whose doer the sentence does not give: then the
   * actors in the attack's phrase are what it struck ("استنكر الحادث الإرهابي الذي استهدف مسجد قوات
   * الطوارئ"), and the condemnation has no target. A doer behind a verb of carrying out keeps its place
   * ("الهجوم الذي شنه تنظيم داعش").
   */
  private boolean condemnsAttack(int i) {
    if (!w.is(trigger, CONDEMNING) || !w.is(i, ATTACKS_CONDEMNED) || startsGroup(groups, i)) {
      return false;
    }
    for (int k = i + 1; k < w.size() && k <= i + 8 && !w.isComma(k); k++) {
      if (carriesOut(w, k)) {
        return false;
      }
    }
    return true;
  }

  /** Verbs whose object is a guest: "استقبل", "يستقبل". */
  private static final java.util.Set<String> RECEIVES = EventKeys.setOf("استقبل", "يستقبل", "تستقبل", "استقبلت");
  /** Verbs of receiving and meeting someone, whose guest may follow the host's long list of posts. */
  private static final java.util.Set<String> MEETING_VERBS = EventKeys.setOf("استقبل", "يستقبل", "تستقبل",
      "استقبلت", "التقى", "يلتقي", "التقت", "تلتقي", "اجتمع", "يجتمع", "اجتمعت", "تجتمع");

  /**
   * Whether the object of a host is another official of the host's own state, named by his post: "استقبل الأمير
   * فيصل بن بندر أمير منطقة الرياض … محافظ الهيئة السعودية للمواصفات" (both SAUGOV, two people).
   */
  private boolean guest(ActorGroup host, ActorGroup g) {
    return g.members().size() == 1 && host.members().size() == 1 && g.members().get(0).actor().id() == null
        && w.is(g.first(), ActorFinder.PERSON_TITLES)
        && !g.members().get(0).actor().text().equals(host.members().get(0).actor().text());
  }

  /**
   * Whether the subject is a name the knowledge base does not know that took its country from the title
   * right after it (an apposition, whose words are then no actor of their own): the title is the subject's,
   * not the object ("وتوعد أردوغان رئيس وزراء كوسوفو، راموش هاراديناي" has the title as its object).
   */
  private boolean titledByApposition(ActorGroup source) {
    if (source.members().size() != 1) {
      return false;
    }
    var a = source.members().get(0).actor();
    return a.id() == null && a.country() != null && source.last() > source.first()
        && !w.is(source.first(), ActorFinder.PERSON_TITLES);
  }
}
