package org.faultline.lexicon;

/**
 * One country's codes, as {@link Countries} holds them.
 *
 * @param iso3        ISO 3166-1 alpha-3 ("AZE"; faultline writes Kosovo "XKX")
 * @param iso2        ISO 3166-1 alpha-2 ("AZ"), which is also its internet domain but for "uk"
 * @param isoNumeric  ISO 3166-1 numeric (31), or 0 where there is none (Kosovo)
 * @param fips        FIPS 10-4 / GEC code ("AJ"), as GDELT's geographic fields use it, or null
 * @param name        English name from the ISO list
 * @param acledRegion ACLED's region ("Caucasus and Central Asia"), or null
 * @param acledName   how ACLED names the country, or null where it uses the common name
 */
public record Country(String iso3, String iso2, int isoNumeric, String fips, String name, String acledRegion,
                      String acledName) {
    public Country {
        if (iso3 == null || !iso3.matches("[A-Z]{3}"))
            throw new IllegalArgumentException("country code '" + iso3 + "' is not an ISO 3166-1 alpha-3 code");
        if (iso2 == null || !iso2.matches("[A-Z]{2}"))
            throw new IllegalArgumentException("alpha-2 code '" + iso2 + "' of " + iso3 + " is not two capital letters");
        if (isoNumeric < 0 || isoNumeric > 999)
            throw new IllegalArgumentException("numeric code " + isoNumeric + " of " + iso3 + " is not 0-999");
        if (fips != null && !fips.matches("[A-Z]{2}"))
            throw new IllegalArgumentException("FIPS code '" + fips + "' of " + iso3 + " is not two capital letters");
    }
}
