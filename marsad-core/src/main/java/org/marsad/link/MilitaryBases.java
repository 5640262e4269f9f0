package org.marsad.link;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.doc.Entity;
import org.marsad.doc.Token;
import org.marsad.text.SearchKeys;

/**
 * "القاعدة" alone is al-Qaeda in the base, and a base in a story of one: "سيطرتها على قاعدة العند الجوية
 * بعد أن طردت المليشيات الحوثية من القاعدة" (seed 233). Once the document names a military base, the word
 * alone is that base ("من القاعدة", "داخل القاعدة", "تحاصر القاعدة"; all but about five of the 90 such
 * words in the tuning articles), unless the group's members or arm head it ("مسلحي القاعدة", "ذراع
 * القاعدة") or a clitic ties something to it ("الموالية للقاعدة", "المرتبطة بالقاعدة").
 */
final class MilitaryBases {
  /** A base named as one: "قاعدة العند الجوية", "القاعدة العسكرية", "قاعدة جوية روسية". */
  private static final Pattern NAMED = Pattern.compile("قاعد[ةه](\\s+\\S+){0,2}\\s+(ال)?(جوي|عسكري|بحري)[ةه]");
  private static final String AL_QAEDA = "org:al_qaeda";
  private static final String BASE = KnowledgeBase.wordKey("القاعدة");
  /** Words that make the next "القاعدة" the group: its members, its arm, its leaders. */
  private static final Set<String> GROUP_HEADS = Set.of("تنظيم", "عناصر", "مسلحي", "مسلحو", "مقاتلي", "مقاتلو",
      "ذراع", "فرع", "زعيم", "قادة", "قيادي", "أعضاء", "عضو", "خلايا", "خلية", "جماعة", "أمير", "متشددي",
      "إرهابيي", "مسلحين", "عنصر").stream().map(KnowledgeBase::wordKey)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private MilitaryBases() {}

  /** Whether the document names a military base. */
  static boolean named(String text) {
    return text.contains("قاعد") && NAMED.matcher(text).find();
  }

  /** Whether the entity is "القاعدة" alone, not headed as the group: the base, not al-Qaeda. */
  static boolean baseAt(Entity e, List<Token> tokens, String[] keys) {
    if (!AL_QAEDA.equals(e.id())) {
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.stemStart() == e.start() && t.stemEnd() == e.end()) {
        List<String> pre = t.clitics().pre();
        return BASE.equals(keys[i]) && (pre.isEmpty() || pre.equals(List.of("و")))
            && SearchKeys.stem(t).startsWith("ال") && (i == 0 || !GROUP_HEADS.contains(keys[i - 1]));
      }
    }
    return false;
  }
}
