package org.faultline.coding;

import java.util.Locale;
import java.util.Map;

/** The country an outlet's country-code domain names: "Mod.gov.az" is Azerbaijani, "Panorama.am" Armenian. */
final class OutletCountries {
    private static final Map<String, String> TLD = Map.ofEntries(
            Map.entry("az", "AZE"), Map.entry("am", "ARM"), Map.entry("ru", "RUS"), Map.entry("ua", "UKR"),
            Map.entry("ge", "GEO"), Map.entry("tr", "TUR"), Map.entry("ir", "IRN"), Map.entry("by", "BLR"),
            Map.entry("kz", "KAZ"), Map.entry("uz", "UZB"), Map.entry("il", "ISR"), Map.entry("lb", "LBN"),
            Map.entry("sy", "SYR"), Map.entry("iq", "IRQ"), Map.entry("ye", "YEM"), Map.entry("sa", "SAU"),
            Map.entry("ae", "ARE"), Map.entry("qa", "QAT"), Map.entry("eg", "EGY"), Map.entry("et", "ETH"),
            Map.entry("er", "ERI"), Map.entry("so", "SOM"), Map.entry("ke", "KEN"), Map.entry("ug", "UGA"),
            Map.entry("rw", "RWA"), Map.entry("cd", "COD"), Map.entry("ng", "NGA"), Map.entry("za", "ZAF"),
            Map.entry("sd", "SDN"), Map.entry("ml", "MLI"), Map.entry("mm", "MMR"), Map.entry("bd", "BGD"),
            Map.entry("in", "IND"), Map.entry("pk", "PAK"), Map.entry("af", "AFG"), Map.entry("cn", "CHN"),
            Map.entry("tw", "TWN"), Map.entry("jp", "JPN"), Map.entry("kr", "KOR"), Map.entry("kp", "PRK"),
            Map.entry("ph", "PHL"), Map.entry("id", "IDN"), Map.entry("th", "THA"), Map.entry("vn", "VNM"),
            Map.entry("uk", "GBR"), Map.entry("fr", "FRA"), Map.entry("de", "DEU"), Map.entry("it", "ITA"),
            Map.entry("es", "ESP"), Map.entry("pl", "POL"), Map.entry("ro", "ROU"), Map.entry("md", "MDA"),
            Map.entry("rs", "SRB"), Map.entry("ba", "BIH"), Map.entry("xk", "XKX"), Map.entry("gr", "GRC"),
            Map.entry("cy", "CYP"), Map.entry("jo", "JOR"), Map.entry("ps", "PSE"), Map.entry("ly", "LBY"),
            Map.entry("tn", "TUN"), Map.entry("dz", "DZA"), Map.entry("ma", "MAR"), Map.entry("co", "COL"),
            Map.entry("ve", "VEN"), Map.entry("mx", "MEX"), Map.entry("br", "BRA"), Map.entry("ar", "ARG"),
            Map.entry("ca", "CAN"), Map.entry("au", "AUS"), Map.entry("nz", "NZL"));

    private OutletCountries() {}

    static String of(String outlet) {
        if (outlet == null) return null;
        String o = outlet.trim().toLowerCase(Locale.ROOT);
        int dot = o.lastIndexOf('.');
        if (dot < 0 || dot == o.length() - 1 || o.contains(" ")) return null;
        return TLD.get(o.substring(dot + 1));
    }
}
