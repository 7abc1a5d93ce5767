package org.faultline.sources;

import org.faultline.model.Actor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Who a source is and which side it is on (invented names). */
class SourceKeysTest {
    @Test
    void actorsAreKeyedByCodeWhenItNamesACountryOrAnOrganisationElseByName() {
        assertEquals("actor:NZLMIL", SourceKeys.of(new Actor("the Sudland army", "NZL", "MIL", null, "NZLMIL")));
        assertEquals("actor:NZLMIL", SourceKeys.of(new Actor("Sudland's defence ministry", "NZL", "MIL", null, "NZLMIL")));
        assertEquals("actor:IGOLKM", SourceKeys.of(new Actor("Lake monitors", null, "IGO", "LKM", "IGOLKM")));
        assertEquals("actor:local  witnesses".replace("  ", " "), SourceKeys.of(new Actor(" Local  Witnesses ", null, null, null, null)));
        assertEquals("outlet:defence.govt.nz", SourceKeys.ofOutlet(" www.Defence.govt.NZ"));
        assertNull(SourceKeys.ofOutlet("  "));
        assertNull(SourceKeys.of((Actor) null));
    }

    @Test
    void anArmedGroupOutsideTheStateIsASideOfItsOwn() {
        Actor army = new Actor("Sudland army", "NZL", "MIL", null, "NZLMIL");
        Actor ministry = new Actor("Sudland government", "NZL", "GOV", null, "NZLGOV");
        Actor rebels = new Actor("Hill Front", "NZL", "REB", null, "NZLREBHIL");
        Actor others = new Actor("Coast Front", "NZL", "REB", null, "NZLREBCST");
        assertEquals(SourceKeys.side(army), SourceKeys.side(ministry), "a state's bodies are one side");
        assertNotEquals(SourceKeys.side(army), SourceKeys.side(rebels));
        assertNotEquals(SourceKeys.side(rebels), SourceKeys.side(others));
        assertEquals("org:LKM", SourceKeys.side(new Actor("Lake monitors", null, "IGO", "LKM", "IGOLKM")));
        assertEquals("actor:witnesses", SourceKeys.side(new Actor("witnesses", null, null, null, null)));
    }
}
