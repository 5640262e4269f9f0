package org.marsad.io;

import java.io.IOException;
import java.io.Writer;
import org.marsad.doc.Document;
import org.marsad.doc.Sentence;
import org.marsad.doc.Token;

/**
 * A human-readable view: one line per sentence, each word as {@code pre+stem+post/POS}, e.g.
 * {@code و+ب+موسكو/PROPN}. For reading, not for parsing.
 */
public final class TextDocumentWriter implements DocumentWriter {
  private final Writer out;

  public TextDocumentWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(Document document) throws IOException {
    out.write("# " + (document.id() == null ? "-" : document.id())
        + (document.date() == null ? "" : "  " + document.date()) + "\n");
    for (String warning : document.warnings()) {
      out.write("! " + warning + "\n");
    }
    int n = 0;
    for (Sentence sentence : document.sentences()) {
      StringBuilder line = new StringBuilder();
      line.append(++n).append('\t');
      for (Token t : document.tokensOf(sentence)) {
        line.append(render(document, t)).append(' ');
      }
      out.write(line.toString().stripTrailing());
      out.write('\n');
    }
    out.write('\n');
    out.flush();
  }

  private static String render(Document document, Token t) {
    if (!t.isWord()) {
      return t.text();
    }
    StringBuilder s = new StringBuilder();
    for (String pre : t.clitics().pre()) {
      s.append(pre).append('+');
    }
    s.append(document.cover(t.stemStart(), t.stemEnd()));
    for (String post : t.clitics().post()) {
      s.append('+').append(post);
    }
    if (t.pos() != null) {
      s.append('/').append(t.pos());
    }
    return s.toString();
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
