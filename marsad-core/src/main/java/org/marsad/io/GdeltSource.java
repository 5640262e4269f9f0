package org.marsad.io;

import java.net.URI;
import java.util.Locale;
import org.marsad.doc.Document;

/**
 * How the GDELT tables name the article an event was found in.
 *
 * @param type GDELT {@code MentionType}: 1 (WEB) when the document has a URL, else 2 (CITATIONONLY:
 *     the identifier is a textual citation, here the document id)
 * @param name GDELT {@code MentionSourceName}: the URL's host without {@code www.} (GDELT's
 *     "top-level domain the page was from"), else the outlet name, else {@code null}
 * @param identifier GDELT {@code MentionIdentifier} and {@code SOURCEURL}: the URL, else the id
 */
record GdeltSource(int type, String name, String identifier) {
  static final int WEB = 1;
  static final int CITATION_ONLY = 2;

  static GdeltSource of(Document document) {
    String url = document.url();
    if (url == null || url.isBlank()) {
      return new GdeltSource(CITATION_ONLY, blankToNull(document.source()), document.id());
    }
    String host = host(url);
    return new GdeltSource(WEB, host != null ? host : blankToNull(document.source()), url);
  }

  private static String host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null || host.isEmpty()) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      // not a URI after all (spaces, Arabic letters unescaped): the outlet name will do
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
