package org.marsad.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts an article's main text from an HTML page with jsoup: scripts, styles, navigation, headers,
 * footers, asides, forms and elements whose class or id names a menu, sidebar, share bar, comment
 * list or advert are dropped; then the element holding most paragraph text (an {@code <article>} when
 * there is one) is taken, one paragraph per line. jsoup parses malformed HTML as browsers do, so
 * broken markup still gives its text.
 */
public final class HtmlExtractor {
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(^|[-_\\s])(nav|navbar|menu|footer|header|sidebar|side-bar|share|social|comment|comments|related|"
          + "breadcrumb|breadcrumbs|advert|ads|ad|banner|cookie|newsletter|subscribe|popup|tags)([-_\\s]|$)",
      Pattern.CASE_INSENSITIVE);

  /** The extracted article: its title (or null) and its text. */
  public record Article(String title, String text) {}

  public Article extract(String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    String title = page.title().isBlank() ? null : page.title().trim();
    page.select("script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, "
        + "select, menu, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]").remove();
    List<Element> boilerplate = new ArrayList<>();
    for (Element e : page.getAllElements()) {
      if (e != page.body() && e != page && (isBoilerplate(e.className()) || isBoilerplate(e.id()))) {
        boilerplate.add(e);
      }
    }
    boilerplate.forEach(Element::remove);
    Element main = mainElement(page);
    return new Article(title, paragraphs(main));
  }

  private static boolean isBoilerplate(String name) {
    return !name.isEmpty() && BOILERPLATE.matcher(name.toLowerCase(Locale.ROOT)).find();
  }

  /** The {@code <article>} with most text, else the element whose direct paragraphs hold most text. */
  private static Element mainElement(org.jsoup.nodes.Document page) {
    Element body = page.body() == null ? page : page.body();
    Elements articles = page.select("article, [role=main], main");
    Element best = null;
    int bestLength = 0;
    for (Element article : articles) {
      int length = article.text().length();
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    if (best != null && bestLength > 200) {
      return best;
    }
    best = body;
    bestLength = 0;
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int length = 0;
      for (Element child : parent.children()) {
        if (child.tagName().equals("p")) {
          length += child.text().length();
        }
      }
      if (length > bestLength) {
        best = parent;
        bestLength = length;
      }
    }
    return bestLength > 200 ? best : body;
  }

  /** Block elements become lines; inline text is joined with spaces. */
  private static String paragraphs(Element root) {
    StringBuilder out = new StringBuilder();
    Elements blocks = root.select("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt");
    if (blocks.isEmpty()) {
      return root.wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
    }
    for (Element block : blocks) {
      if (!block.select("p, li, blockquote, td").isEmpty() && block != root) {
        boolean nested = false;
        for (Element inner : block.select("p, li, blockquote, td")) {
          if (inner != block) {
            nested = true;
            break;
          }
        }
        if (nested) {
          continue; // its inner blocks are visited on their own
        }
      }
      String line = block.text().strip();
      if (!line.isEmpty()) {
        out.append(line).append('\n');
      }
    }
    return out.toString().strip();
  }
}
