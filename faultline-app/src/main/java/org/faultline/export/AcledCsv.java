package org.faultline.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.faultline.lexicon.Country;
import org.faultline.model.Actor;
import org.faultline.model.Event;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * ACLED's 31 columns, one row per political-violence, demonstration or strategic-development event. An event the
 * coder gave no ACLED type gets one from its CAMEO code where the mapping is clear (fights, assaults, protests,
 * arrests, force posture); the others are not ACLED events and are left out, as are events without a date, each
 * kind counted in the summary.
 *
 * <p>{@code inter1}, {@code inter2} and {@code interaction} carry ACLED's actor type names ("State forces",
 * "Rebel group", ..., "State forces-Civilians", "Sole Protesters"), as ACLED's exports have since its 2024 codebook;
 * older files carried the numbers 1-8 ({@link #INTER_TYPES} is in that order). {@code iso} is the ISO 3166-1
 * numeric code, {@code region} ACLED's region, {@code admin1} the first-level subdivision of the place.
 */
final class AcledCsv {
    static final List<String> HEADER = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
            "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");

    /** ACLED's actor types; the old inter code of each is its position plus one. */
    static final List<String> INTER_TYPES = List.of("State forces", "Rebel group", "Political militia",
            "Identity militia", "Rioters", "Protesters", "Civilians", "External/Other forces");

    /** Wire services and outlets that report the world, whatever their home country. */
    private static final List<String> INTERNATIONAL = List.of("reuters", "afp", "agence france-presse",
            "associated press", "(ap)", "ap news", "bbc", "al jazeera", "euronews", "rfe/rl", "radio free europe",
            "cnn", "xinhua", "deutsche welle", "dw news", "france 24", "voice of america", "the guardian",
            "new york times", "washington post", "anadolu");

    /** ACLED's source scales, in the order it joins them ("National-International"). */
    private static final List<String> SCALES = List.of("Subnational", "National", "Regional", "International");

    private AcledCsv() {}

    static ExportFormat.Summary write(List<ExportFormat.Incident> incidents, Writer out, Placement places) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord(HEADER);
        int rows = 0, notAcled = 0, undated = 0;
        for (ExportFormat.Incident inc : incidents) {
            Event e = inc.event();
            String[] type = acledType(e);
            if (type == null) {
                notAcled++;
                continue;
            }
            if (e.date() == null) {
                undated++;
                continue;
            }
            Optional<Placement.Placed> placed = places.place(inc);
            Placement.Placed p = placed.orElse(null);
            String iso3 = p != null && p.country() != null ? p.country()
                    : e.actor1() != null && e.actor1().country() != null ? e.actor1().country()
                    : e.actor2() != null ? e.actor2().country() : null;
            Optional<Country> country = places.country(iso3);
            String countryName = places.countryName(iso3);
            String name1 = e.actor1() != null ? name(e.actor1(), type[0], places) : unidentified(type[0], countryName);
            int inter1 = e.actor1() != null ? inter(e.actor1(), type[0]) : inter(null, type[0]);
            int inter2 = e.actor2() == null ? 0 : inter(e.actor2(), type[0]);
            List<String> row = new ArrayList<>(31);
            row.add((iso3 == null ? "XXX" : iso3) + e.id());
            row.add(e.date().firstDay().toString());
            row.add(String.valueOf(e.date().year()));
            row.add(String.valueOf(e.date().precision()));
            row.add(disorder(type[0]));
            row.add(type[0]);
            row.add(type[1]);
            row.add(name1);
            row.add("");
            row.add(interLabel(inter1));
            row.add(e.actor2() == null ? "" : name(e.actor2(), type[0], places));
            row.add("");
            row.add(interLabel(inter2));
            row.add(interaction(inter1, inter2, e.actor2() != null));
            row.add(inter2 == 7 && "Political violence".equals(disorder(type[0])) ? "Civilian targeting" : "");
            row.add(country.map(c -> c.isoNumeric() == 0 ? "" : String.valueOf(c.isoNumeric())).orElse(""));
            row.add(country.map(Country::acledRegion).orElse(""));
            row.add(countryName == null ? "" : countryName);
            row.add(p == null || p.admin1() == null ? "" : p.admin1());
            row.add("");
            row.add("");
            row.add(p == null ? "" : p.name());
            row.add(p == null ? "" : coordinate(p.lat()));
            row.add(p == null ? "" : coordinate(p.lon()));
            row.add(p == null ? "" : String.valueOf(p.level().code));
            row.add(String.join("; ", outlets(inc)));
            row.add(sourceScale(inc, iso3, places));
            row.add(notes(e.evidence().text()));
            row.add(String.valueOf(e.fatalities() == null ? 0 : e.fatalities()));
            row.add("status=" + e.status().label() + "; reports=" + inc.mentions().size() + reviewTags(inc.review()));
            row.add(String.valueOf(timestamp(inc)));
            csv.printRecord(row);
            rows++;
        }
        csv.flush();
        List<String> notes = new ArrayList<>();
        if (notAcled > 0) notes.add(ExportFormat.Summary.count(notAcled, "is not an ACLED type", "are not ACLED types") + " and "
                + (notAcled == 1 ? "was" : "were") + " left out");
        if (undated > 0) notes.add(ExportFormat.Summary.count(undated, "has no date", "have no date") + " and "
                + (undated == 1 ? "was" : "were") + " left out");
        return new ExportFormat.Summary(rows, notes);
    }

    /** ACLED's name for an event with no first actor: "Unidentified Armed Group (Kenya)", "Protesters (Chad)". */
    static String unidentified(String eventType, String countryName) {
        String who = switch (eventType) {
            case "Protests" -> "Protesters";
            case "Riots" -> "Rioters";
            default -> "Unidentified Armed Group";
        };
        return countryName == null ? who : who + " (" + countryName + ")";
    }

    /**
     * The evidence as a note: one line, and the quotation marks paired. A sentence cut out of a longer quotation
     * keeps only one of its marks ("... in the air," the official said.), which reads as a stray quote in the
     * CSV field; the missing mark is put back at the start or the end.
     */
    static String notes(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        if (count(s, '"') % 2 == 1) {
            int i = s.indexOf('"');
            boolean closes = i > 0 && !Character.isWhitespace(s.charAt(i - 1))
                    && (i == s.length() - 1 || !Character.isLetterOrDigit(s.charAt(i + 1)));
            s = closes ? '"' + s : s + '"';
        }
        int open = count(s, '\u201C'), close = count(s, '\u201D');
        if (close > open) s = "\u201C".repeat(close - open) + s;
        else if (open > close) s = s + "\u201D".repeat(open - close);
        return s;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    /** The review as tags: "; review=corrected; reviewer=...; reviewed_at=...; corrected=place date", or "" */
    static String reviewTags(ExportFormat.Review r) {
        if (r == null) return "";
        return "; review=" + r.state() + "; reviewer=" + r.reviewer().replace(';', ',') + "; reviewed_at=" + r.at()
                + (r.corrected().isEmpty() ? "" : "; corrected=" + String.join(" ", r.corrected()));
    }

    static Set<String> outlets(ExportFormat.Incident inc) {
        Set<String> s = new LinkedHashSet<>();
        for (ExportFormat.Mention m : inc.mentions()) if (m.outlet() != null && !m.outlet().isBlank()) s.add(m.outlet());
        return s;
    }

    /**
     * ACLED's source scale of the reports: "International" for a wire service or world outlet, "National" for an
     * outlet of the event's country, "Regional" for one of another country of its ACLED region, else
     * "International"; an outlet's country is its web address's country domain. Several scales are joined as ACLED
     * does ("National-International"); "" when no report says.
     */
    static String sourceScale(ExportFormat.Incident inc, String eventCountry, Placement places) {
        Set<String> scales = new TreeSet<>(java.util.Comparator.comparingInt(SCALES::indexOf));
        for (ExportFormat.Mention m : inc.mentions()) {
            String outlet = m.outlet() == null ? "" : m.outlet().toLowerCase(Locale.ROOT);
            if (INTERNATIONAL.stream().anyMatch(outlet::contains)) {
                scales.add("International");
                continue;
            }
            Optional<Country> home = domain(m.url()).flatMap(places::countryOfDomain);
            if (home.isEmpty() || eventCountry == null) continue;
            if (home.get().iso3().equals(eventCountry)) scales.add("National");
            else {
                String region = places.country(eventCountry).map(Country::acledRegion).orElse(null);
                scales.add(region != null && region.equals(home.get().acledRegion()) ? "Regional" : "International");
            }
        }
        return String.join("-", scales);
    }

    /** The country-code top-level domain of a web address ("az" of https://news.example.az/1), if it has one. */
    static Optional<String> domain(String url) {
        if (url == null) return Optional.empty();
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            if (host == null) return Optional.empty();
            String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return tld.length() == 2 ? Optional.of(tld) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Epoch seconds of the latest publication among the reports (the record's "last change"), else the event day. */
    static long timestamp(ExportFormat.Incident inc) {
        return inc.mentions().stream().map(ExportFormat.Mention::published).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder()).orElse(inc.event().date() == null ? java.time.LocalDate.EPOCH
                        : inc.event().date().firstDay()).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    /**
     * ACLED's name of an actor: a state's forces by their role ("Military Forces of Armenia"); a state named as a
     * whole (CAMEO's bare country code: "Azerbaijan", "Baku") is its military in a violent event, else its
     * government; people who protest or riot are "Protesters (Chad)", "Rioters (Chad)"; any other actor keeps
     * its own name.
     */
    static String name(Actor a, String eventType, Placement places) {
        if (a == null) return "";
        if (bareState(a))
            return ("Strategic developments".equals(eventType) ? "Government of " : "Military Forces of ")
                    + places.countryName(a.country());
        int type = inter(a, eventType);
        if (a.country() != null && (type == 5 || type == 6))
            return (type == 6 ? "Protesters (" : "Rioters (") + places.countryName(a.country()) + ")";
        if (a.country() != null && a.sector() != null) {
            String country = places.countryName(a.country());
            switch (a.sector()) {
                case "MIL": return "Military Forces of " + country;
                case "GOV": return "Government of " + country;
                case "COP": return "Police Forces of " + country;
                case "CVL": return "Civilians (" + country + ")";
                default: break;
            }
        }
        return a.name();
    }

    /** {event_type, sub_event_type}, or null when the event is not one ACLED codes. */
    static String[] acledType(Event e) {
        if (e.acledType() != null) return new String[]{e.acledType(), e.acledSubType() == null ? "" : e.acledSubType()};
        String c = e.cameo();
        if (c.startsWith("145")) return new String[]{"Riots", "Violent demonstration"};
        if (c.startsWith("14")) return new String[]{"Protests", "Peaceful protest"};
        if (c.startsWith("183")) return new String[]{"Explosions/Remote violence", "Suicide bomb"};
        if (c.startsWith("195")) return new String[]{"Explosions/Remote violence", "Air/drone strike"};
        if (c.startsWith("194")) return new String[]{"Explosions/Remote violence", "Shelling/artillery/missile attack"};
        if (c.startsWith("19")) return new String[]{"Battles", "Armed clash"};
        if (c.startsWith("20") || c.startsWith("18")) return new String[]{"Violence against civilians", "Attack"};
        if (c.startsWith("173")) return new String[]{"Strategic developments", "Arrests"};
        if (c.startsWith("15")) return new String[]{"Strategic developments", "Change to group/activity"};
        if (c.startsWith("0871")) return new String[]{"Strategic developments", "Agreement"};
        return null;
    }

    static String disorder(String eventType) {
        return switch (eventType) {
            case "Protests", "Riots" -> "Demonstrations";
            case "Strategic developments" -> "Strategic developments";
            default -> "Political violence";
        };
    }

    /**
     * ACLED actor type code 1-8 (0 unknown): 1 state forces, 2 rebels, 3 political militias (an unidentified
     * armed group, {@code a == null} in a violent event, is one), 5 rioters, 6 protesters, 7 civilians, 8 external.
     */
    static int inter(Actor a, String eventType) {
        if (a == null) return "Protests".equals(eventType) ? 6 : "Riots".equals(eventType) ? 5 : 3;
        if (a.org() != null && a.country() == null) return 8;
        if (bareState(a)) return 1;
        String s = a.sector() == null ? "" : a.sector();
        return switch (s) {
            case "MIL", "GOV", "COP", "SPY", "JUD", "LEG" -> 1;
            case "REB", "INS", "SEP" -> 2;
            case "UAF", "MIL_PARA", "PTY" -> "Protests".equals(eventType) ? 6 : "Riots".equals(eventType) ? 5 : 3;
            case "IGO", "NGO" -> 8;
            case "OPP" -> "Protests".equals(eventType) ? 6 : "Riots".equals(eventType) ? 5 : 3;
            case "CVL", "MED", "BUS", "EDU", "REF", "HLH", "REL", "LAB", "AGR" ->
                    "Protests".equals(eventType) ? 6 : "Riots".equals(eventType) ? 5 : 7;
            default -> "Protests".equals(eventType) ? 6 : 0;
        };
    }

    /** A state named as a whole: a country code with no role and no organisation. */
    static boolean bareState(Actor a) {
        return a.country() != null && a.sector() == null && a.org() == null && a.code().equals(a.country());
    }

    static String interLabel(int code) {
        return code == 0 ? "" : INTER_TYPES.get(code - 1);
    }

    /**
     * "State forces-Rebel group" (the lower type first), "Sole Protesters" for an event with one actor; "" when a
     * type is not known.
     */
    static String interaction(int a, int b, boolean twoActors) {
        if (!twoActors) return a == 0 ? "" : "Sole " + interLabel(a);
        if (a == 0 || b == 0) return "";
        return interLabel(Math.min(a, b)) + "-" + interLabel(Math.max(a, b));
    }

    static String coordinate(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
