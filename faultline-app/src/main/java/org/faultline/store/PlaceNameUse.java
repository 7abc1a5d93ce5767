package org.faultline.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One place of several names, named once in a stored document: the name as the text writes it, the text just around
 * it, who publishes the document and whose voice the sentence is.
 *
 * @param text           the name as written at {@code start..end}
 * @param canonical      the gazetteer's name of the place
 * @param country        the place's ISO3 country, or null
 * @param aliases        the place's other names (never empty)
 * @param before         up to {@link #WINDOW} characters of the text before the name
 * @param after          up to {@link #WINDOW} characters of the text after it
 * @param speakerCountry the country of whoever the text makes say it: the speaker of a quotation around it, else the
 *                       reporter of an event or the claimant of a claim told in the sentence; null when the outlet
 *                       says it in its own voice, or the speaker has no country
 */
public record PlaceNameUse(String documentId, String outlet, LocalDate published, String text, int start, int end,
                           String canonical, String country, List<String> aliases, String before, String after,
                           String speakerCountry) {
    /** Characters of context kept on each side of a name. */
    public static final int WINDOW = 60;

    public PlaceNameUse {
        if (text == null || text.isEmpty()) throw new IllegalArgumentException("place name use of " + documentId + " has no text");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
