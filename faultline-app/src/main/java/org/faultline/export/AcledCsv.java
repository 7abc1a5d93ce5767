package org.faultline.export;

import org.faultline.model.Actor;
import org.faultline.model.Event;
import org.faultline.model.Place;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ACLED's 31 columns, for political-violence, demonstration and strategic-development events. An event the coder
 * gave no ACLED type gets one from its CAMEO code where the mapping is clear (fights, assaults, protests, arrests,
 * force posture); other events are not ACLED events and are left out. ACLED's numeric {@code iso} and its region
 * names need tables faultline does not ship, so those columns stay empty.
 */
final class AcledCsv {
    static final List<String> HEADER = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
            "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");

    private static final Map<String, String> COUNTRY_NAMES = new HashMap<>();

    static {
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = new Locale("", iso2);
            COUNTRY_NAMES.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
        }
    }

    private AcledCsv() {}

    static void write(List<ExportFormat.Incident> incidents, Writer out) throws IOException {
        line(out, HEADER);
        for (ExportFormat.Incident inc : incidents) {
            Event e = inc.event();
            String[] type = acledType(e);
            if (type == null || e.date() == null) continue;
            Place p = e.location();
            String iso3 = p != null && p.country() != null ? p.country()
                    : e.actor1() != null && e.actor1().country() != null ? e.actor1().country() : null;
            int inter1 = inter(e.actor1(), type[0]), inter2 = inter(e.actor2(), type[0]);
            List<String> row = new ArrayList<>(31);
            row.add((iso3 == null ? "XXX" : iso3) + e.id());
            row.add(e.date().firstDay().toString());
            row.add(String.valueOf(e.date().year()));
            row.add(String.valueOf(e.date().precision()));
            row.add(disorder(type[0]));
            row.add(type[0]);
            row.add(type[1]);
            row.add(name(e.actor1()));
            row.add("");
            row.add(inter1 == 0 ? "" : String.valueOf(inter1));
            row.add(name(e.actor2()));
            row.add("");
            row.add(inter2 == 0 ? "" : String.valueOf(inter2));
            row.add(interaction(inter1, inter2));
            row.add(inter2 == 7 && "Political violence".equals(disorder(type[0])) ? "Civilian targeting" : "");
            row.add("");
            row.add("");
            row.add(iso3 == null ? "" : COUNTRY_NAMES.getOrDefault(iso3, iso3));
            row.add(p == null || p.admin1() == null ? "" : p.admin1());
            row.add("");
            row.add("");
            row.add(p == null ? "" : p.canonical());
            row.add(p == null ? "" : coordinate(p.lat()));
            row.add(p == null ? "" : coordinate(p.lon()));
            row.add(p == null ? "" : String.valueOf(p.precision()));
            row.add(String.join("; ", outlets(inc)));
            row.add("");
            row.add(e.evidence().text().strip());
            row.add(String.valueOf(e.fatalities() == null ? 0 : e.fatalities()));
            row.add("status=" + e.status().label() + "; reports=" + inc.mentions().size() + reviewTags(inc.review()));
            row.add(String.valueOf(timestamp(inc)));
            line(out, row);
        }
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

    /** Epoch seconds of the latest publication among the reports (the record's "last change"), else the event day. */
    static long timestamp(ExportFormat.Incident inc) {
        return inc.mentions().stream().map(ExportFormat.Mention::published).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder()).orElse(inc.event().date() == null ? java.time.LocalDate.EPOCH
                        : inc.event().date().firstDay()).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    static String name(Actor a) {
        if (a == null) return "";
        if (a.country() != null && a.sector() != null) {
            String country = COUNTRY_NAMES.getOrDefault(a.country(), a.country());
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

    static String countryName(String iso3) {
        return iso3 == null ? null : COUNTRY_NAMES.getOrDefault(iso3, iso3);
    }

    /** {event_type, sub_event_type}, or null when the event is not one ACLED codes. */
    static String[] acledType(Event e) {
        if (e.acledType() != null) return new String[]{e.acledType(), e.acledSubType() == null ? "" : e.acledSubType()};
        String c = e.cameo();
        if (c.startsWith("145")) return new String[]{"Riots", "Violent demonstration"};
        if (c.startsWith("14")) return new String[]{"Protests", "Peaceful protest"};
        if (c.startsWith("183")) return new String[]{"Explosions/Remote violence", "Suicide bomb"};
        if (c.startsWith("195") || c.startsWith("1951")) return new String[]{"Explosions/Remote violence", "Air/drone strike"};
        if (c.startsWith("194")) return new String[]{"Explosions/Remote violence", "Shelling/artillery/missile attack"};
        if (c.startsWith("19")) return new String[]{"Battles", "Armed clash"};
        if (c.startsWith("20") || c.startsWith("18")) return new String[]{"Violence against civilians", "Attack"};
        if (c.startsWith("173")) return new String[]{"Strategic developments", "Arrests"};
        if (c.startsWith("15")) return new String[]{"Strategic developments", "Change to group/activity"};
        if (c.equals("0871") || c.startsWith("0871")) return new String[]{"Strategic developments", "Agreement"};
        return null;
    }

    static String disorder(String eventType) {
        return switch (eventType) {
            case "Protests", "Riots" -> "Demonstrations";
            case "Strategic developments" -> "Strategic developments";
            default -> "Political violence";
        };
    }

    /** ACLED actor type: 1 state forces, 2 rebels, 3 political militias, 5 rioters, 6 protesters, 7 civilians, 8 external. */
    static int inter(Actor a, String eventType) {
        if (a == null) return 0;
        if (a.org() != null && a.country() == null) return 8;
        String s = a.sector() == null ? "" : a.sector();
        return switch (s) {
            case "MIL", "GOV", "COP", "SPY", "JUD", "LEG" -> 1;
            case "REB", "INS", "SEP" -> 2;
            case "UAF", "MIL_PARA" -> 3;
            case "IGO", "NGO" -> 8;
            case "OPP" -> "Protests".equals(eventType) ? 6 : "Riots".equals(eventType) ? 5 : 3;
            case "CVL", "MED", "BUS", "EDU", "REF", "HLH", "REL", "LAB", "AGR" ->
                    "Protests".equals(eventType) ? 6 : "Riots".equals(eventType) ? 5 : 7;
            default -> "Protests".equals(eventType) ? 6 : 0;
        };
    }

    static String interaction(int a, int b) {
        if (a == 0 && b == 0) return "";
        if (a == 0 || b == 0) return String.valueOf(Math.max(a, b) * 10);
        return String.valueOf(Math.min(a, b) * 10 + Math.max(a, b));
    }

    static String coordinate(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

    /** One RFC 4180 line: fields with commas, quotes or line breaks are quoted, quotes doubled; CRLF ends it. */
    static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0)
                out.write('"' + f.replace("\"", "\"\"") + '"');
            else out.write(f);
        }
        out.write("\r\n");
    }
}
