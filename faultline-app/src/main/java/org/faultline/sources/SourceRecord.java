package org.faultline.sources;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The track record of one source: what others reported about its claims, not a verdict on their truth.
 *
 * @param key          the source's key ({@link SourceKeys}): "actor:AZEMIL", "outlet:mod.gov.az"
 * @param kind         "actor" (a reporter or claimant) or "outlet" (a cited outlet)
 * @param name         the name the texts give it most often
 * @param country      its country (an outlet's: of its web domain), or null
 * @param claims       incidents or statements it asserted: each report it is the reporter or cited outlet of, and each
 *                     claim it makes, once per report (a claim about a report it also reports is one)
 * @param denials      denials it made itself
 * @param denied       its claims that someone of another side denied
 * @param deniedBy     who denied them, most often first: name and number of its claims that one denied
 * @param corroborated its claims whose merged incident a source of another side asserted too
 * @param figures      its death tolls that could be set beside other reports of the same incident
 * @param above        of those, how many were above the median of the other reports' tolls
 * @param below        how many were below it
 * @param aboveBy      the median excess (deaths) of those above, 0 when none
 * @param belowBy      the median shortfall (deaths) of those below, 0 when none
 * @param first        the day of its first claim or denial (the citation's day, else the document's), or null
 * @param last         the day of its last one, or null
 */
public record SourceRecord(String key, String kind, String name, String country, int claims, int denials, int denied,
                           Map<String, Integer> deniedBy, int corroborated, int figures, int above, int below,
                           double aboveBy, double belowBy, LocalDate first, LocalDate last) {
    public SourceRecord {
        if (key == null || name == null) throw new IllegalArgumentException("source record needs a key and a name: " + key + ", " + name);
        if (!"actor".equals(kind) && !"outlet".equals(kind)) throw new IllegalArgumentException("source kind '" + kind + "' is not actor or outlet");
        deniedBy = deniedBy == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(deniedBy));
    }

    /** "Azerbaijan defence ministry: 41 claims, 12 denied by Armenia defence ministry, 9 corroborated". */
    public String summary() {
        StringBuilder s = new StringBuilder(name).append(": ").append(claims).append(claims == 1 ? " claim" : " claims");
        if (denied > 0) {
            List<String> who = List.copyOf(deniedBy.keySet());
            s.append(", ").append(denied).append(" denied by ").append(who.get(0));
            if (who.size() == 2) s.append(" and ").append(who.get(1));
            else if (who.size() > 2) s.append(String.format(Locale.ROOT, " and %d others", who.size() - 1));
        }
        s.append(", ").append(corroborated).append(" corroborated");
        return s.toString();
    }
}
