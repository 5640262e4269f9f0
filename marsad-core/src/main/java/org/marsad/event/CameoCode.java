package org.marsad.event;

import java.util.Objects;

/**
 * One CAMEO event code with what the event coder attaches to it.
 *
 * @param code the CAMEO code, 2 to 4 digits with its leading zero ("0211")
 * @param name English name from the CAMEO codebook ("Appeal for economic cooperation"); root codes
 *     carry the upper-case cue-category name ("APPEAL")
 * @param goldstein Goldstein conflict–cooperation score, −10 … +10
 * @param quadClass GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *     4 material conflict
 * @param plover PLOVER event type (REQUEST, AGREE, …), or {@code null} when PLOVER does not code the
 *     event: make public statement (01), appeal (02) and the bare yield root (08)
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, String plover) {

  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (code.length() < 2 || code.length() > 4) {
      throw new IllegalArgumentException("CAMEO code must have 2 to 4 digits: " + code);
    }
  }

  /** The base code, the first three digits ("021" of "0211"); a root code is its own base. */
  public String base() {
    return code.substring(0, Math.min(3, code.length()));
  }

  /** The root code (cue category), the first two digits ("02" of "0211"). */
  public String root() {
    return code.substring(0, 2);
  }

  /** Material violence: assault, fight, mass violence (roots 18 to 20). */
  public boolean isAttack() {
    return root().compareTo("18") >= 0;
  }

  /** A protest (root 14). */
  public boolean isProtest() {
    return root().equals("14");
  }

  /** Cooperation of any kind (roots 01 to 08). */
  public boolean isCooperative() {
    return root().compareTo("09") < 0;
  }
}
