package org.faultline.names;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One name of a place as the documents write it.
 *
 * @param name      the name in the spelling of the place's name list, or as written when the list lacks it; a name set
 *                  inside a state ("Eastmark region of Freedonia", name-markers.txt FRAME) is a name of its own
 * @param mentions  times it is written
 * @param documents documents that write it
 * @param marked    times it is written marked
 * @param markers   each mark and how often: a BEFORE phrase of name-markers.txt ("so-called") or "scare quotes"
 * @param first     first publication day
 * @param last      last publication day
 * @param years     mentions per year of publication
 * @param outlets   per outlet, most mentions first
 * @param countries per speaker's country (null: the outlet's own voice), most mentions first
 */
public record NameCount(String name, int mentions, int documents, int marked, Map<String, Integer> markers,
                        LocalDate first, LocalDate last, Map<Integer, Integer> years, List<Tally> outlets, List<Tally> countries) {
    public NameCount {
        markers = Map.copyOf(markers);
        years = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(years));
        outlets = List.copyOf(outlets);
        countries = List.copyOf(countries);
    }
}
