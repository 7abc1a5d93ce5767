package org.faultline.api;

import org.faultline.model.Actor;
import org.faultline.model.Claim;
import org.faultline.model.Event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who makes a claim, for the claims board. A claim holds one claimant; a claim made by "both governments" or "both
 * sides" is made by the two sides of the event it is about: both governments are the governments of the dyad's two
 * countries, both sides are the dyad's two actors.
 */
final class Claimants {
    private static final Pattern BOTH_GOVERNMENTS = Pattern.compile(
            "\\b(?:both|the two)\\s+(?:governments|countries|capitals|states)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOTH_SIDES = Pattern.compile(
            "\\b(?:both|the two)\\s+(?:sides|parties|armies|camps|belligerents)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> COUNTRY_NAMES = new HashMap<>();

    static {
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = new Locale("", iso2);
            COUNTRY_NAMES.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
        }
    }

    private Claimants() {}

    /** The claimants of {@code c}: its own, or both sides of {@code about} (null when not known) where the claim says "both". */
    static List<Actor> of(Claim c, Event about) {
        List<Actor> own = c.claimant() == null ? List.of() : List.of(c.claimant());
        if (about == null) return own;
        String said = c.text() + " " + c.evidence().text();
        if (BOTH_GOVERNMENTS.matcher(said).find()) {
            List<Actor> out = new ArrayList<>();
            for (Actor a : new Actor[]{about.actor1(), about.actor2()}) {
                if (a == null || a.country() == null || out.stream().anyMatch(x -> x.country().equals(a.country()))) continue;
                out.add(new Actor(COUNTRY_NAMES.getOrDefault(a.country(), a.country()) + " government", a.country(), "GOV", null,
                        a.country() + "GOV"));
            }
            return out.size() == 2 ? out : own;
        }
        if (BOTH_SIDES.matcher(said).find() && about.actor1() != null && about.actor2() != null
                && !about.actor1().code().equals(about.actor2().code()))
            return List.of(about.actor1(), about.actor2());
        return own;
    }
}
