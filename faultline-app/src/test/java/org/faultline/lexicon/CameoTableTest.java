package org.faultline.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CameoTableTest {
    private final CameoTable table = CameoTable.bundled();

    @Test
    void everyRootAndItsDefaultCodeIsPresent() {
        for (int root = 1; root <= 20; root++) {
            String r = String.format("%02d", root);
            assertTrue(table.exists(r), "root " + r);
            assertTrue(table.exists(r + "0"), "code " + r + "0");
        }
        assertTrue(table.codes().size() >= 280, "only " + table.codes().size() + " codes");
    }

    @Test
    void quadClassFollowsTheRoot() {
        for (CameoCode c : table.codes()) {
            int root = Integer.parseInt(c.root());
            int expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            assertEquals(expected, c.quadClass(), c.code());
        }
    }

    @Test
    void violentCodesAreNegativeAndCooperativeCodesPositive() {
        for (CameoCode c : table.codes()) {
            int root = Integer.parseInt(c.root());
            if (root >= 14) assertTrue(c.goldstein() < 0, c.code() + " " + c.goldstein());
            if (root >= 3 && root <= 8) assertTrue(c.goldstein() > 0, c.code() + " " + c.goldstein());
        }
    }

    @Test
    void acledMappingOfKeyCodes() {
        assertEquals("Battles", table.get("193").orElseThrow().acledType());
        assertEquals("Armed clash", table.get("190").orElseThrow().acledSubType());
        assertEquals("Air/drone strike", table.get("195").orElseThrow().acledSubType());
        assertEquals("Shelling/artillery/missile attack", table.get("194").orElseThrow().acledSubType());
        assertEquals("Peaceful protest", table.get("141").orElseThrow().acledSubType());
        assertEquals("Violent demonstration", table.get("145").orElseThrow().acledSubType());
        assertEquals("Arrests", table.get("173").orElseThrow().acledSubType());
        assertEquals("Agreement", table.get("057").orElseThrow().acledSubType());
        assertEquals("Suicide bomb", table.get("1831").orElseThrow().acledSubType());
        assertEquals(null, table.get("010").orElseThrow().acledType());
    }

    @Test
    void everyPloverTypeIsUsed() {
        Set<String> used = new HashSet<>();
        for (CameoCode c : table.codes()) if (c.plover() != null) used.add(c.plover());
        assertEquals(CameoTable.PLOVER_TYPES, used);
    }

    @Test
    void unknownFourDigitCodeFallsBackToItsParentThenRoot() {
        assertEquals("195", table.get("1959").orElseThrow().code());
        assertEquals("1952", table.get("1952").orElseThrow().code());
        assertFalse(table.exists("1959"));
        assertTrue(table.get("2199").isEmpty());
        assertTrue(table.get("abc").isEmpty());
        assertTrue(table.get(null).isEmpty());
    }

    @Test
    void badRowsReportFileAndLine() {
        String ok = "19\tFight\t-10\t4\tASSAULT\tBattles\tArmed clash\n";
        assertLoadError(ok + "# comment\n190\tClash\t-10\t4\tASSAULT\tBattles\n", "t.txt:3: expected 7");
        assertLoadError(ok + "190\tClash\tx\t4\tASSAULT\t-\t-\n", "t.txt:2: Goldstein weight 'x'");
        assertLoadError(ok + "190\tClash\t-10\t5\tASSAULT\t-\t-\n", "t.txt:2: quad class 5");
        assertLoadError(ok + "190\tClash\t-10\t4\tFIGHTING\t-\t-\n", "t.txt:2: unknown PLOVER type 'FIGHTING'");
        assertLoadError(ok + "190\tClash\t-10\t4\tASSAULT\tBattles\tRiot\n", "t.txt:2: ACLED sub-event type 'Riot'");
        assertLoadError(ok + "1901\tClash\t-10\t4\tASSAULT\t-\t-\n", "t.txt:2: code 1901 comes before its parent 190");
        assertLoadError(ok + "21\tOther\t-10\t4\tASSAULT\t-\t-\n", "t.txt:2: CAMEO code '21' has root 21");
        assertLoadError(ok + ok, "t.txt:2: code 19 appears twice");
    }

    private static void assertLoadError(String text, String prefix) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CameoTable.load(new StringReader(text), "t.txt"));
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }
}
