package org.faultline.lexicon;

/**
 * One CAMEO event code with its Goldstein weight, quad class and its closest PLOVER and ACLED categories.
 *
 * @param code         2 digits for a root ("19"), 3 or 4 digits below it ("190", "1831")
 * @param name         short English name
 * @param goldstein    conflict-cooperation weight, -10 (most conflictual) to +10
 * @param quadClass    1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover       PLOVER event type ("ASSAULT"), or {@code null} when none fits
 * @param acledType    ACLED event type ("Battles"), or {@code null} when ACLED does not record such events
 * @param acledSubType ACLED sub-event type ("Armed clash"), or {@code null}
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, String plover,
                        String acledType, String acledSubType) {
    public CameoCode {
        if (code == null || !code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code '" + code + "' is not 2 to 4 digits");
        }
        int root = Integer.parseInt(code.substring(0, 2));
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO code '" + code + "' has root " + code.substring(0, 2)
                    + ", not 01 to 20");
        }
        if (name == null || name.isBlank()) throw new IllegalArgumentException("CAMEO code " + code + " has no name");
        if (Double.isNaN(goldstein) || goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("Goldstein weight " + goldstein + " of " + code + " is outside -10..10");
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quad class " + quadClass + " of " + code + " is not 1 to 4");
        }
        if (acledType == null && acledSubType != null) {
            throw new IllegalArgumentException("ACLED sub-event type '" + acledSubType + "' of " + code
                    + " has no event type");
        }
    }

    /** The two-digit root ("19" for "1951"). */
    public String root() {
        return code.substring(0, 2);
    }
}
