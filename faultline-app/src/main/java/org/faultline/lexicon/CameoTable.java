package org.faultline.lexicon;

import java.io.Reader;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CAMEO code table ({@code cameo.txt}): every root, 3-digit and 4-digit code with its name, Goldstein
 * weight, quad class, PLOVER type and ACLED event / sub-event type.
 *
 * <p>File format, one code a line, TAB-separated, {@code #} starts a comment, {@code -} for none:
 * {@code CODE  name  goldstein  quadClass  plover  acledType  acledSubType}.
 */
public final class CameoTable {
    static final String FILE = "cameo.txt";

    /** The PLOVER event types (PLOVER codebook, 2021 draft) a row may name. */
    static final Set<String> PLOVER_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "DEMAND", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
            "COERCE", "ASSAULT");

    /** ACLED event types with their sub-event types (political violence, demonstrations, strategic developments). */
    static final Map<String, Set<String>> ACLED_TYPES = Map.of(
            "Battles", Set.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
            "Explosions/Remote violence", Set.of("Shelling/artillery/missile attack", "Air/drone strike",
                    "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Chemical weapon"),
            "Violence against civilians", Set.of("Attack", "Abduction/forced disappearance", "Sexual violence"),
            "Protests", Set.of("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
            "Riots", Set.of("Violent demonstration", "Mob violence"),
            "Strategic developments", Set.of("Agreement", "Arrests", "Change to group/activity",
                    "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
                    "Non-violent transfer of territory", "Other"));

    private static final Bundled<CameoTable> BUNDLED = Bundled.file(FILE, CameoTable::load);

    private final Map<String, CameoCode> codes;

    private CameoTable(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    /** The table shipped in the jar, loaded once per process. */
    public static CameoTable bundled() {
        return BUNDLED.get();
    }

    /**
     * The code, or for an unknown 4-digit code its 3-digit parent, then its root ("1959" gives "195").
     * Empty for a code that is not 2 to 4 digits or has no known ancestor.
     */
    public Optional<CameoCode> get(String code) {
        if (code == null || !code.matches("\\d{2,4}")) return Optional.empty();
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            CameoCode found = codes.get(c);
            if (found != null) return Optional.of(found);
        }
        return Optional.empty();
    }

    /** Whether the table has exactly this code (no fallback to a parent). */
    public boolean exists(String code) {
        return code != null && codes.containsKey(code);
    }

    /** All rows, in file order (the web app's code picker lists them). */
    public Collection<CameoCode> codes() {
        return codes.values();
    }

    /** Reads a table; a bad row throws an exception whose message starts with {@code name:line: }. */
    static CameoTable load(Reader reader, String name) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        DataLines.read(reader, name, (line, lineNo, where) -> {
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException(where + "expected 7 TAB-separated fields, found " + f.length);
            }
            for (int i = 0; i < f.length; i++) f[i] = f[i].strip();
            double goldstein;
            int quad;
            try {
                goldstein = Double.parseDouble(f[2]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "Goldstein weight '" + f[2] + "' is not a number");
            }
            try {
                quad = Integer.parseInt(f[3]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "quad class '" + f[3] + "' is not a number");
            }
            String plover = none(f[4]);
            if (plover != null && !PLOVER_TYPES.contains(plover)) {
                throw new IllegalArgumentException(where + "unknown PLOVER type '" + plover + "'");
            }
            String acled = none(f[5]);
            String acledSub = none(f[6]);
            if (acled != null && !ACLED_TYPES.containsKey(acled)) {
                throw new IllegalArgumentException(where + "unknown ACLED event type '" + acled + "'");
            }
            if (acled != null && acledSub != null && !ACLED_TYPES.get(acled).contains(acledSub)) {
                throw new IllegalArgumentException(where + "ACLED sub-event type '" + acledSub
                        + "' does not belong to '" + acled + "'");
            }
            CameoCode code;
            try {
                code = new CameoCode(f[0], f[1], goldstein, quad, plover, acled, acledSub);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
            if (code.code().length() > 2 && !codes.containsKey(code.code().substring(0, code.code().length() - 1))) {
                throw new IllegalArgumentException(where + "code " + code.code() + " comes before its parent "
                        + code.code().substring(0, code.code().length() - 1));
            }
            if (codes.putIfAbsent(code.code(), code) != null) {
                throw new IllegalArgumentException(where + "code " + code.code() + " appears twice");
            }
        });
        return new CameoTable(codes);
    }

    private static String none(String field) {
        return field.equals("-") ? null : field;
    }
}
