package org.marsad.text;

import java.util.List;
import org.marsad.doc.Token;

/**
 * Search keys of tokens, for the rule-based stages that match word lists: the token's normalised form
 * without its proclitics, with the search foldings (ى → ي, ة → ه, ؤ ئ → ء). Built from
 * {@link Token#norm()}, so it costs a substring at most: no second pass over the original text.
 */
public final class SearchKeys {
  private SearchKeys() {}

  /** "وبالمئة" → "المءه"-style key of the stem (proclitics off, article kept). */
  public static String stem(Token token) {
    if (token.key() != null) {
      return token.key(); // computed once by the text layer
    }
    String norm = token.norm();
    int pre = token.clitics().pre().size();
    return fold(pre == 0 || pre > norm.length() ? norm : norm.substring(pre));
  }

  /**
   * Whether the token's last proclitic is ل: then a stem beginning with ل may be the article whose alif the
   * spelling dropped ("للعراق" is ل + العراق, stem "لعراق"), or a word of its own ("للبنان" is ل + لبنان).
   */
  public static boolean afterLam(Token t) {
    List<String> pre = t.clitics().pre();
    return !pre.isEmpty() && "ل".equals(pre.get(pre.size() - 1));
  }

  /** The whole token's key (proclitics kept). */
  public static String whole(Token token) {
    return fold(token.norm());
  }

  /** Applies the search foldings to an already normalised string. */
  public static String fold(String norm) {
    int i = 0;
    while (i < norm.length() && !needsFold(norm.charAt(i))) {
      i++;
    }
    if (i == norm.length()) {
      return norm;
    }
    char[] chars = norm.toCharArray();
    for (; i < chars.length; i++) {
      switch (chars[i]) {
        case ArabicNormalizer.ALEF_MAKSURA:
          chars[i] = ArabicNormalizer.YEH;
          break;
        case ArabicNormalizer.TEH_MARBUTA:
          chars[i] = ArabicNormalizer.HEH;
          break;
        case ArabicNormalizer.WAW_HAMZA:
        case ArabicNormalizer.YEH_HAMZA:
          chars[i] = ArabicNormalizer.HAMZA;
          break;
        default:
          break;
      }
    }
    return new String(chars);
  }

  private static boolean needsFold(char c) {
    return c == ArabicNormalizer.ALEF_MAKSURA || c == ArabicNormalizer.TEH_MARBUTA
        || c == ArabicNormalizer.WAW_HAMZA || c == ArabicNormalizer.YEH_HAMZA;
  }
}
