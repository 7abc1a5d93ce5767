package org.faultline.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reader that knows ACLED's and GDELT's published layouts, written from their codebooks independently of the
 * exporter: it parses an export by the official column names and checks the column count and order and each
 * value's type and vocabulary, as a loader of those files would. A violation throws an {@link AssertionError}
 * naming the row and column.
 */
final class OfficialFormats {
    /** ACLED's columns, in the order of its exports since March 2023 (ACLED codebook, "ACLED data columns at a glance"). */
    static final List<String> ACLED = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");
    static final Set<String> ACLED_EVENT_TYPES = Set.of("Battles", "Violence against civilians",
            "Explosions/Remote violence", "Protests", "Riots", "Strategic developments");
    static final Set<String> ACLED_SUB_EVENT_TYPES = Set.of("Armed clash", "Government regains territory",
            "Non-state actor overtakes territory", "Sexual violence", "Attack", "Abduction/forced disappearance",
            "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED", "Grenade", "Peaceful protest", "Protest with intervention",
            "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement", "Arrests",
            "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
            "Looting/property destruction", "Non-violent transfer of territory", "Other");
    static final List<String> ACLED_ACTOR_TYPES = List.of("State forces", "Rebel group", "Political militia",
            "Identity militia", "Rioters", "Protesters", "Civilians", "External/Other forces");
    static final Set<String> ACLED_REGIONS = Set.of("Western Africa", "Middle Africa", "Eastern Africa",
            "Southern Africa", "Northern Africa", "South Asia", "Southeast Asia", "Middle East", "Europe",
            "Caucasus and Central Asia", "Central America", "South America", "Caribbean", "East Asia",
            "North America", "Oceania", "Antarctica");
    static final Set<String> ACLED_SCALES = Set.of("Subnational", "National", "Regional", "International",
            "Local partner", "New media", "Other");

    /** The GDELT 2.0 event table's 61 columns (GDELT Event Codebook V2.0), in order. */
    static final List<String> GDELT = gdeltColumns();

    private static List<String> gdeltColumns() {
        List<String> c = new ArrayList<>(List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"));
        for (String actor : List.of("Actor1", "Actor2"))
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) c.add(actor + f);
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_"))
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"))
                c.add(geo + f);
        c.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(c);
    }

    private OfficialFormats() {}

    /** Reads an ACLED CSV by its header, checking it is exactly ACLED's, and every row's values. */
    static List<Map<String, String>> readAcled(String csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv))) {
            if (!p.getHeaderNames().equals(ACLED)) throw new AssertionError("ACLED header " + p.getHeaderNames() + " is not " + ACLED);
            for (CSVRecord r : p) {
                if (r.size() != ACLED.size()) throw new AssertionError("row " + r.getRecordNumber() + " has " + r.size() + " fields");
                Map<String, String> row = new HashMap<>(r.toMap());
                checkAcled(r.getRecordNumber(), row);
                rows.add(row);
            }
        }
        return rows;
    }

    private static void checkAcled(long n, Map<String, String> r) {
        LocalDate d = LocalDate.parse(r.get("event_date"));
        expect(n, "year", r, Integer.parseInt(r.get("year")) == d.getYear());
        expect(n, "time_precision", r, Set.of("1", "2", "3").contains(r.get("time_precision")));
        expect(n, "disorder_type", r, Set.of("Political violence", "Demonstrations", "Strategic developments").contains(r.get("disorder_type")));
        expect(n, "event_type", r, ACLED_EVENT_TYPES.contains(r.get("event_type")));
        expect(n, "sub_event_type", r, ACLED_SUB_EVENT_TYPES.contains(r.get("sub_event_type")));
        expect(n, "actor1", r, !r.get("actor1").isBlank());
        for (String inter : List.of("inter1", "inter2"))
            expect(n, inter, r, r.get(inter).isEmpty() || ACLED_ACTOR_TYPES.contains(r.get(inter)));
        String i = r.get("interaction");
        expect(n, "interaction", r, i.isEmpty() || (i.startsWith("Sole ") && ACLED_ACTOR_TYPES.contains(i.substring(5)))
                || pair(i));
        expect(n, "civilian_targeting", r, Set.of("", "Civilian targeting").contains(r.get("civilian_targeting")));
        expect(n, "iso", r, r.get("iso").isEmpty() || r.get("iso").matches("[1-9]\\d{0,2}"));
        expect(n, "region", r, ACLED_REGIONS.contains(r.get("region")));
        expect(n, "country", r, !r.get("country").isBlank());
        expect(n, "latitude", r, r.get("latitude").isEmpty() || Math.abs(Double.parseDouble(r.get("latitude"))) <= 90);
        expect(n, "longitude", r, r.get("longitude").isEmpty() || Math.abs(Double.parseDouble(r.get("longitude"))) <= 180);
        expect(n, "geo_precision", r, Set.of("1", "2", "3").contains(r.get("geo_precision")));
        String scale = r.get("source_scale");
        expect(n, "source_scale", r, scale.isEmpty() || List.of(scale.split("-")).stream().allMatch(ACLED_SCALES::contains));
        expect(n, "fatalities", r, Integer.parseInt(r.get("fatalities")) >= 0);
        expect(n, "timestamp", r, Long.parseLong(r.get("timestamp")) > 0);
        expect(n, "notes", r, r.get("notes").chars().filter(c -> c == '"').count() % 2 == 0);
    }

    private static boolean pair(String interaction) {
        for (String a : ACLED_ACTOR_TYPES)
            if (interaction.startsWith(a + "-") && ACLED_ACTOR_TYPES.contains(interaction.substring(a.length() + 1))) return true;
        return false;
    }

    private static final Pattern INT = Pattern.compile("-?\\d+"), FLOAT = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** Reads a GDELT 2.0 event file (no header, 61 tab-separated columns) into rows keyed by column name. */
    static List<Map<String, String>> readGdelt(String tsv) {
        List<Map<String, String>> rows = new ArrayList<>();
        String[] lines = tsv.split("\n", -1);
        if (!lines[lines.length - 1].isEmpty()) throw new AssertionError("the last line has no line end");
        for (int n = 0; n < lines.length - 1; n++) {
            String[] f = lines[n].split("\t", -1);
            if (f.length != GDELT.size()) throw new AssertionError("line " + (n + 1) + " has " + f.length + " columns, not 61");
            Map<String, String> r = new HashMap<>();
            for (int k = 0; k < f.length; k++) r.put(GDELT.get(k), f[k]);
            checkGdelt(n + 1, r);
            rows.add(r);
        }
        return rows;
    }

    private static void checkGdelt(long n, Map<String, String> r) {
        expect(n, "GlobalEventID", r, INT.matcher(r.get("GlobalEventID")).matches());
        LocalDate day = LocalDate.parse(r.get("Day").replaceFirst("(\\d{4})(\\d{2})(\\d{2})", "$1-$2-$3"));
        expect(n, "MonthYear", r, r.get("MonthYear").equals(r.get("Day").substring(0, 6)));
        expect(n, "Year", r, Integer.parseInt(r.get("Year")) == day.getYear());
        expect(n, "FractionDate", r, FLOAT.matcher(r.get("FractionDate")).matches());
        for (String a : List.of("Actor1", "Actor2")) {
            expect(n, a + "CountryCode", r, r.get(a + "CountryCode").matches("([A-Z]{3})?"));
            for (String t : List.of("Type1Code", "Type2Code", "Type3Code", "KnownGroupCode"))
                expect(n, a + t, r, r.get(a + t).matches("([A-Z]{3})?"));
            expect(n, a + "Code", r, r.get(a + "Code").matches("([A-Z0-9]{3})*"));
        }
        expect(n, "IsRootEvent", r, Set.of("0", "1").contains(r.get("IsRootEvent")));
        expect(n, "EventCode", r, r.get("EventCode").matches("\\d{3,4}"));
        expect(n, "EventBaseCode", r, r.get("EventCode").startsWith(r.get("EventBaseCode")) && r.get("EventBaseCode").length() == 3);
        expect(n, "EventRootCode", r, r.get("EventCode").startsWith(r.get("EventRootCode")) && r.get("EventRootCode").length() == 2);
        expect(n, "QuadClass", r, Set.of("1", "2", "3", "4").contains(r.get("QuadClass")));
        expect(n, "GoldsteinScale", r, r.get("GoldsteinScale").isEmpty() || Math.abs(Double.parseDouble(r.get("GoldsteinScale"))) <= 10);
        for (String c : List.of("NumMentions", "NumSources", "NumArticles"))
            expect(n, c, r, Integer.parseInt(r.get(c)) >= 1);
        expect(n, "AvgTone", r, r.get("AvgTone").isEmpty() || FLOAT.matcher(r.get("AvgTone")).matches());
        for (String g : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            String type = r.get(g + "Type");
            expect(n, g + "Type", r, Set.of("0", "1", "2", "3", "4", "5").contains(type));
            expect(n, g + "CountryCode", r, r.get(g + "CountryCode").matches("([A-Z]{2})?"));
            expect(n, g + "ADM1Code", r, r.get(g + "ADM1Code").isEmpty() || r.get(g + "ADM1Code").startsWith(r.get(g + "CountryCode")));
            expect(n, g + "Lat", r, type.equals("0") ? r.get(g + "Lat").isEmpty() : Math.abs(Double.parseDouble(r.get(g + "Lat"))) <= 90);
            expect(n, g + "Long", r, type.equals("0") ? r.get(g + "Long").isEmpty() : Math.abs(Double.parseDouble(r.get(g + "Long"))) <= 180);
        }
        expect(n, "DATEADDED", r, r.get("DATEADDED").matches("\\d{14}"));
        expect(n, "SOURCEURL", r, !r.get("SOURCEURL").isBlank());
    }

    private static void expect(long row, String column, Map<String, String> r, boolean ok) {
        if (!ok) throw new AssertionError("row " + row + ", column " + column + ": '" + r.get(column) + "' is not a valid value");
    }
}
