package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Values checked here were read off the sources named in {@code cameo-codes.tsv}: GDELT's
 * CAMEO.goldsteinscale.txt / CAMEO.eventcodes.txt and OEDA's CAMEO2PLOVER-2021.txt.
 */
class CameoCodesTest {
  private static final Set<String> PLOVER_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
      "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
      "MOBILIZE", "COERCE", "ASSAULT");

  private final CameoCodes codes = CameoCodes.load();

  private CameoCode code(String code) {
    return codes.get(code).orElseThrow(() -> new AssertionError("no CAMEO code " + code));
  }

  @Test
  void loadsOnce() {
    assertSame(codes, CameoCodes.load());
  }

  @Test
  void appealHasNoPloverType() {
    // PLOVER drops CAMEO 01 and 02; the crosswalk has no entry for them.
    CameoCode appeal = code("020");
    assertEquals("Appeal, not specified below", appeal.name());
    assertEquals(3.0, appeal.goldstein());
    assertEquals(1, appeal.quadClass());
    assertNull(appeal.plover());
    assertNull(code("010").plover());
    assertNull(code("02").plover());
  }

  @Test
  void fourDigitCodeSplitsIntoBaseAndRoot() {
    CameoCode c = code("0211");
    assertEquals("Appeal for economic cooperation", c.name());
    assertEquals(3.4, c.goldstein());
    assertEquals("021", c.base());
    assertEquals("02", c.root());
    assertNull(c.plover(), "neither 021 nor 02 has a PLOVER type to inherit");
    assertEquals("14", code("14").base());
  }

  @Test
  void valuesFromTheSources() {
    assertEquals(new CameoCode("040", "Consult, not specified below", 1.0, 1, "CONSULT"), code("040"));
    assertEquals(new CameoCode("057", "Sign formal agreement", 8.0, 1, "SUPPORT"), code("057"));
    assertEquals(new CameoCode("070", "Provide aid, not specified below", 7.0, 2, "AID"), code("070"));
    assertEquals(new CameoCode("0874", "Retreat or surrender militarily", 10.0, 2, "RETREAT"), code("0874"));
    assertEquals(new CameoCode("145", "Protest violently, riot", -7.5, 4, "PROTEST"), code("145"));
    assertEquals(new CameoCode("190", "Use conventional military force, not specified below", -10.0, 4,
        "ASSAULT"), code("190"));
    assertEquals(-4.4, code("130").goldstein());
    assertEquals(-6.0, code("13").goldstein());
    assertEquals(-9.5, code("182").goldstein());
    assertEquals("REQUEST", code("1056").plover());
    assertEquals("ACCUSE", code("091").plover());
    assertEquals("MOBILIZE", code("154").plover());
  }

  @Test
  void crosswalkMovesSomeCodesOutOfTheirRootsType() {
    assertEquals("CONCEDE", code("081").plover());
    assertEquals("RETREAT", code("0813").plover());
    assertEquals("SANCTION", code("16").plover());
    assertEquals("COERCE", code("163").plover());
    assertEquals("ASSAULT", code("175").plover());
    assertEquals("ASSAULT", code("1712").plover());
    assertEquals("COERCE", code("191").plover());
    assertNull(code("08").plover(), "root 08 is split between CONCEDE and RETREAT");
  }

  @Test
  void garbledGdeltNamesAreRepaired() {
    assertEquals("Demand de-escalation of military engagement", code("1056").name());
    assertEquals("Demand meeting, negotiation", code("106").name());
    assertEquals("Demand mediation", code("108").name());
    assertEquals("Meet at a 'third' location", code("044").name());
  }

  @Test
  void unknownCodesAreEmpty() {
    assertTrue(codes.get("21").isEmpty());
    assertTrue(codes.get("999").isEmpty());
    assertTrue(codes.get("1213").isEmpty(), "in the crosswalk but not in CAMEO 1.1b3");
    assertTrue(codes.get("20 ").isEmpty());
    assertTrue(codes.get("").isEmpty());
    assertTrue(codes.get(null).isEmpty());
  }

  @Test
  void everyRootIsPresent() {
    for (int r = 1; r <= 20; r++) {
      String root = String.format("%02d", r);
      assertTrue(codes.get(root).isPresent(), root);
      assertTrue(codes.get(root + "0").isPresent(), root + "0");
    }
    assertEquals(311, codes.all().size());
  }

  @Test
  void tableIsConsistent() {
    Set<String> seen = new HashSet<>();
    for (CameoCode c : codes.all()) {
      assertTrue(seen.add(c.code()), "duplicate " + c.code());
      assertTrue(c.code().matches("\\d{2,4}"), c.code());
      int root = Integer.parseInt(c.root());
      int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      assertEquals(quad, c.quadClass(), c.code());
      assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code());
      assertTrue(c.plover() == null || PLOVER_TYPES.contains(c.plover()), c.code() + " " + c.plover());
      assertTrue(codes.get(c.base()).isPresent() && codes.get(c.root()).isPresent(), c.code());
      assertTrue(!c.name().isBlank() && c.name().equals(c.name().strip()), c.code());
      boolean dropped = root <= 2 || c.code().equals("08");
      assertEquals(dropped, c.plover() == null, c.code());
    }
  }

  @Test
  void fourDigitCodeInheritsBaseThenRootType() throws IOException {
    String table = String.join("\n",
        "# test table",
        "14\t-6.5\t4\tPROTEST\tPROTEST",
        "141\t-6.5\t4\t\tDemonstrate or rally",
        "1411\t-6.5\t4\t\tDemonstrate for leadership change",
        "145\t-7.5\t4\tPROTEST\tProtest violently, riot",
        "1451\t-7.5\t4\t\tEngage in violent protest for leadership change",
        "17\t-7.0\t4\tCOERCE\tCOERCE",
        "171\t-9.2\t4\tCOERCE\tSeize or damage property",
        "1712\t-9.2\t4\tASSAULT\tDestroy property");
    CameoCodes small = CameoCodes.parse(new BufferedReader(new StringReader(table)), "test");
    assertEquals("PROTEST", small.get("1451").orElseThrow().plover(), "from base 145");
    assertEquals("PROTEST", small.get("1411").orElseThrow().plover(), "base 141 has none: from root 14");
    assertNull(small.get("141").orElseThrow().plover(), "3-digit codes do not inherit");
    assertEquals("ASSAULT", small.get("1712").orElseThrow().plover(), "own entry wins");
  }
}
