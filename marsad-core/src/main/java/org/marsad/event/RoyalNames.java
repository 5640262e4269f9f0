package org.marsad.event;

/**
 * Princes of the Saudi royal house whom the knowledge base does not list: the press names them "الأمير
 * X بن Y بن عبدالعزيز" (a grandson of the kingdom's founder) or "… آل سعود". Such a prince is a Saudi
 * official (the regions' governors are princes), so his title's role is Saudi Arabia's.
 */
final class RoyalNames {
  private static final String SON = EventKeys.of("بن");
  private static final String ABDULAZIZ = EventKeys.of("عبدالعزيز");
  private static final String ABD = EventKeys.of("عبد");
  private static final String AZIZ = EventKeys.of("العزيز");
  private static final String FAMILY = EventKeys.of("آل");
  private static final String SAUD = EventKeys.of("سعود");

  private RoyalNames() {}

  /** Whether the name that ends at word last (after the title at word title) is a Saudi prince's. */
  static boolean saudiPrince(SentenceWords w, int title, int last) {
    if (!w.isKey(title, EventKeys.of("أمير")) || last - title < 4) {
      return false;
    }
    boolean house = w.isKey(last - 1, FAMILY) && w.isKey(last, SAUD);
    boolean founder = w.isKey(last, ABDULAZIZ) && w.isKey(last - 1, SON)
        || w.isKey(last, AZIZ) && w.isKey(last - 1, ABD) && w.isKey(last - 2, SON);
    return house || founder;
  }
}
