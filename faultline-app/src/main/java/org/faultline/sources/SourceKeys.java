package org.faultline.sources;

import org.faultline.lexicon.CountryDomains;
import org.faultline.model.Actor;
import org.faultline.model.Citation;
import org.faultline.model.Claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who a source is and which side it is on. An actor is keyed by its CAMEO code when the code names a country or an
 * organisation ("actor:AZEMIL": the army and the defence ministry of one country are one source, whatever the article
 * calls them), else by its name ("actor:witnesses"); a cited outlet by its name in lower case ("outlet:mod.gov.az").
 * A side is an actor's country (an armed group outside the state is a side of its own), else its organisation, else
 * the source itself; an outlet's side is the country of its web domain (domains.txt), else the outlet itself.
 */
public final class SourceKeys {
    static final String ACTOR = "actor:", OUTLET = "outlet:";
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private SourceKeys() {}

    /** The key of an actor as a source, or null for none. */
    public static String of(Actor a) {
        if (a == null) return null;
        String code = a.code();
        if ((a.country() != null || a.org() != null) && code != null && !code.startsWith("---")) return ACTOR + code;
        String name = SPACES.matcher(a.name().strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return name.isEmpty() ? null : ACTOR + name;
    }

    /** The key of a cited outlet, or null for none. */
    public static String ofOutlet(String outlet) {
        if (outlet == null) return null;
        String o = SPACES.matcher(outlet.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (o.startsWith("www.")) o = o.substring(4);
        return o.isEmpty() ? null : OUTLET + o;
    }

    /** The sources of a claim: its claimant and its cited outlet, those it has. */
    public static List<String> of(Claim c) {
        if (c == null) throw new IllegalArgumentException("claim must not be null");
        return of(c.claimant(), c.citation() == null ? null : c.citation().outlet());
    }

    static List<String> of(Actor a, String outlet) {
        List<String> out = new ArrayList<>(2);
        String k = of(a);
        if (k != null) out.add(k);
        String o = ofOutlet(outlet);
        if (o != null) out.add(o);
        return out;
    }

    /** The sources of a citation alone. */
    static String of(Citation c) {
        return c == null ? null : ofOutlet(c.outlet());
    }

    /**
     * CAMEO sectors of armed groups outside the state (rebels, insurgents, separatists, unidentified armed forces): such
     * a group is a side of its own, not its country's, as in ACLED's actor types.
     */
    private static final java.util.Set<String> NON_STATE_ARMED = java.util.Set.of("REB", "INS", "SEP", "UAF");

    /**
     * The side of an actor: its country (an armed group outside the state: its country and code, "MDA/MDAREBTRN"), else
     * its organisation, else itself.
     */
    static String side(Actor a) {
        if (a.country() != null)
            return a.sector() != null && NON_STATE_ARMED.contains(a.sector()) ? a.country() + "/" + a.code() : a.country();
        if (a.org() != null) return "org:" + a.org();
        return of(a);
    }

    /** The country of an outlet's web domain, or null. */
    static String countryOfOutlet(String outlet) {
        return CountryDomains.bundled().countryOf(outlet);
    }
}
