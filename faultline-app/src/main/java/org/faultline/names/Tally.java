package org.faultline.names;

import java.time.LocalDate;

/**
 * How often one outlet, or the speakers of one country, wrote one name.
 *
 * @param who      the outlet's name, or the speakers' ISO3 country; null for an outlet the store does not know, or for
 *                 the outlet's own voice (no speaker)
 * @param mentions times it was written
 * @param marked   times it was written marked (scare quotes, "so-called", ...)
 * @param first    the first publication day, or null when no document of it is dated
 * @param last     the last one
 */
public record Tally(String who, int mentions, int marked, LocalDate first, LocalDate last) {}
