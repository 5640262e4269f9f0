package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Document;
import org.marsad.doc.Entity;
import org.marsad.doc.Sentence;
import org.marsad.doc.Token;
import org.marsad.pipeline.Stage;

/**
 * Fills {@link Document#entities()} with the mentions the NER model finds (PER, LOC, ORG, MISC), not
 * yet linked. A mention starts at the stem of its first token, so an attached proclitic is never part
 * of it ("لمصر" → "مصر"), and ends at the stem end of its last token (a pronoun suffix stays out).
 */
public final class NerStage implements Stage {
  private final NerTagger tagger;

  public NerStage(NerTagger tagger) {
    this.tagger = tagger;
  }

  public static NerStage load() {
    return new NerStage(NerTagger.load());
  }

  @Override
  public String name() {
    return "ner";
  }

  @Override
  public Document apply(Document document) {
    List<Entity> entities = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      List<Token> tokens = document.tokensOf(sentence);
      int[] tags = tagger.tag(tokens);
      int start = -1;
      boolean cut = false; // the rest of a name run past a preposition is no name
      for (int i = 0; i <= tokens.size(); i++) {
        boolean continues = i < tokens.size() && (start >= 0 || cut) && !Tags.isBegin(tags[i]) && tags[i] != Tags.O
            && (cut || Tags.type(tags[i]).equals(Tags.type(tags[start])));
        if (continues && start >= 0 && "PER".equals(Tags.type(tags[start])) && titleBehindPreposition(tokens.get(i))) {
          // "الرئيس عبد الفتاح السيسي بولي العهد": a person's name holds no title behind ب or ل
          entities.add(mention(document, tokens, start, i, Tags.type(tags[start])));
          start = -1;
          cut = true;
          continue;
        }
        cut &= continues;
        if (start >= 0 && !continues) {
          entities.add(mention(document, tokens, start, i, Tags.type(tags[start])));
          start = -1;
        }
        if (i < tokens.size() && tags[i] != Tags.O && start < 0 && !cut) {
          start = i;
        }
      }
    }
    return document.withEntities(entities);
  }

  /**
   * Whether the word is a title behind ب or ل ("بولي العهد", "بوزير الخارجية", "لرئيس الوزراء"): whom a
   * person meets or speaks to, never part of his name (a name's own first letter may read as ب or ل:
   * "بوتينا", "بلينكن", "ليمان", so only titles cut).
   */
  private static boolean titleBehindPreposition(Token t) {
    var pre = t.clitics().pre();
    return (pre.contains("ب") || pre.contains("ل")) && TITLES.contains(t.lemma());
  }

  private static final java.util.Set<String> TITLES = java.util.Set.of("ولي", "وزير", "وزيرة", "رئيس", "رئيسة",
      "ملك", "أمير", "نظير", "نظيرة", "سفير", "زعيم", "قائد", "مبعوث", "مستشار", "نائب", "مندوب", "ممثل");

  /** Particles that open a clause, never a name, though the tagger may take one in: "وأضاف أن بحاح". */
  private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("أن", "إن", "ان", "بأن", "لأن");

  private static Entity mention(Document doc, List<Token> tokens, int first, int end, String type) {
    if (end - first > 1 && CLAUSE_OPENERS.contains(tokens.get(first).text())) {
      first++;
    }
    int start = tokens.get(first).stemStart();
    // (a name's last word whole: a name takes no pronoun suffix, so "ماي" is not ما + ي)
    int stop = tokens.get(end - 1).end();
    return new Entity(start, stop, doc.text().substring(start, stop), type, null, null, null, null, 1.0, null);
  }
}
