package org.faultline.export;

import org.faultline.model.Actor;
import org.faultline.model.Event;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The GDELT 2.0 event table: its 61 columns in its order, tab separated, no header line, so GDELT's loaders and
 * BigQuery schema read it as they read GDELT's own files. Actor country codes are CAMEO's (faultline's actor
 * dictionaries code countries with ISO alpha-3, as CAMEO does); geographic country codes are FIPS 10-4.
 * Columns faultline has no value for stay empty (AvgTone, ethnic and religion codes, the actors' own locations,
 * whose Geo_Type is 0). What GDELT has no column for (faultline's event id, status and an analyst's review) goes
 * to a side table keyed by GlobalEventID, with a header line.
 */
final class GdeltTsv {
    /** The GDELT 2.0 event table's columns, in order. */
    static final List<String> COLUMNS = List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

    /** The side table's columns: GDELT's id, faultline's, the event's status and the analyst's review. */
    static final List<String> REVIEW_COLUMNS = List.of("GlobalEventID", "EventID", "Status", "ReviewState",
            "Reviewer", "ReviewedAt", "CorrectedFields");

    /** CAMEO actor type codes: a chunk of an actor code that names a role rather than a country or group. */
    private static final Set<String> TYPES = Set.of("COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP",
            "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED",
            "REF", "MOD", "RAD", "REL", "SET", "IGO", "IMG", "INT", "NGM", "NGO", "UIS", "PKO", "MNC");
    private static final Set<String> ORGANISATIONS = Set.of("IGO", "NGO", "NGM", "IMG", "MNC");

    private GdeltTsv() {}

    static ExportFormat.Summary write(List<ExportFormat.Incident> incidents, Writer out, Writer side,
                                      ToDoubleFunction<String> goldstein, Placement places) throws IOException {
        if (side != null) line(side, REVIEW_COLUMNS.toArray(new String[0]));
        Set<Long> ids = new HashSet<>();
        int rows = 0, undated = 0, unplaced = 0;
        for (ExportFormat.Incident inc : incidents) {
            Event e = inc.event();
            if (e.date() == null) {
                undated++;
                continue;
            }
            String[] f = new String[COLUMNS.size()];
            long id = globalEventId(e.id());
            while (!ids.add(id)) id++;
            int i = 0;
            f[i++] = String.valueOf(id);
            LocalDate d = e.date().firstDay();
            f[i++] = String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            f[i++] = String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue());
            f[i++] = String.valueOf(d.getYear());
            f[i++] = String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear());
            i = actor(f, i, e.actor1());
            i = actor(f, i, e.actor2());
            f[i++] = "1";
            f[i++] = e.cameo();
            f[i++] = e.cameo().substring(0, 3);
            f[i++] = e.root();
            f[i++] = String.valueOf(quadClass(e.root()));
            double g = goldstein.applyAsDouble(e.cameo());
            f[i++] = Double.isNaN(g) ? null : String.format(Locale.ROOT, "%.1f", g);
            Set<String> docs = new LinkedHashSet<>(), outlets = new LinkedHashSet<>();
            for (ExportFormat.Mention m : inc.mentions()) {
                docs.add(m.documentId());
                if (m.outlet() != null) outlets.add(m.outlet());
            }
            f[i++] = String.valueOf(Math.max(1, inc.mentions().size()));
            f[i++] = String.valueOf(Math.max(1, outlets.size()));
            f[i++] = String.valueOf(Math.max(1, docs.size()));
            i++;                                   // AvgTone: faultline measures no tone
            f[i] = "0";                            // Actor1Geo_Type: no place of the actor itself
            i += 8;
            f[i] = "0";                            // Actor2Geo_Type
            i += 8;
            Placement.Placed p = places.place(inc).orElse(null);
            if (p == null) {
                unplaced++;
                f[i] = "0";
                i += 8;
            } else {
                String fips = places.fips(p);
                boolean us = "USA".equals(p.country());
                f[i++] = String.valueOf(switch (p.level()) {
                    case COUNTRY -> 1;
                    case ADMIN1 -> us ? 2 : 5;
                    case TOWN -> us ? 3 : 4;
                });
                f[i++] = fullName(p, places);
                f[i++] = fips;
                f[i++] = fips;                     // ADM1Code: the country's code alone; faultline has no FIPS ADM1 codes
                i++;                               // ADM2Code
                f[i++] = AcledCsv.coordinate(p.lat());
                f[i++] = AcledCsv.coordinate(p.lon());
                f[i++] = p.level() == Placement.Level.COUNTRY ? fips : null;
            }
            LocalDate added = inc.mentions().stream().map(ExportFormat.Mention::published).filter(java.util.Objects::nonNull)
                    .max(java.util.Comparator.naturalOrder()).orElse(d);
            f[i++] = String.format(Locale.ROOT, "%04d%02d%02d000000", added.getYear(), added.getMonthValue(), added.getDayOfMonth());
            f[i] = inc.mentions().stream().map(ExportFormat.Mention::url).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(String.join("; ", AcledCsv.outlets(inc)));
            line(out, f);
            rows++;
            if (side != null) {
                ExportFormat.Review r = inc.review();
                line(side, String.valueOf(id), e.id(), e.status().label(), r == null ? null : r.state(),
                        r == null ? null : r.reviewer(), r == null ? null : r.at().toString(),
                        r == null ? null : String.join(" ", r.corrected()));
            }
        }
        List<String> notes = new ArrayList<>();
        if (undated > 0) notes.add(ExportFormat.Summary.count(undated, "has no date", "have no date") + " and "
                + (undated == 1 ? "was" : "were") + " left out");
        if (unplaced > 0) notes.add(ExportFormat.Summary.count(unplaced, "could not be placed", "could not be placed")
                + " (ActionGeo_Type 0)");
        return new ExportFormat.Summary(rows, notes);
    }

    /** GDELT's "Place, ADM1, Country" full name. */
    private static String fullName(Placement.Placed p, Placement places) {
        List<String> parts = new ArrayList<>(3);
        parts.add(p.name());
        if (p.admin1() != null && !p.admin1().equals(p.name())) parts.add(p.admin1());
        String country = places.countryName(p.country());
        if (country != null && !country.equals(p.name())) parts.add(country);
        return String.join(", ", parts);
    }

    private static void line(Writer out, String... fields) throws IOException {
        for (int k = 0; k < fields.length; k++) {
            if (k > 0) out.write('\t');
            if (fields[k] != null) out.write(fields[k].replaceAll("[\\t\\r\\n]+", " "));
        }
        out.write('\n');
    }

    /**
     * GDELT's ids are integers: faultline's "ev-" ids are hexadecimal numbers of up to 52 bits and are read as such;
     * any other id is hashed to 48 bits.
     */
    static long globalEventId(String id) {
        if (id.matches("ev-[0-9a-f]{1,13}")) return Long.parseLong(id.substring(3), 16);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int k = 0; k < 6; k++) v = (v << 8) | (h[k] & 0xff);
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The ten actor columns: code, name, CAMEO country, known group, ethnic, two religions (empty), three types.
     * The types are the role chunks of the actor code ("AZEMIL" gives MIL); an organisation's code
     * ("IGOWSTNAT") ends with its known-group code.
     */
    private static int actor(String[] f, int i, Actor a) {
        if (a == null) return i + 10;
        String code = a.code().equals("---") ? null : a.code();
        List<String> chunks = new ArrayList<>();
        if (code != null && code.length() % 3 == 0)
            for (int k = 0; k < code.length(); k += 3) chunks.add(code.substring(k, k + 3));
        List<String> types = new ArrayList<>();
        for (String c : chunks) if (TYPES.contains(c) && !types.contains(c) && types.size() < 3) types.add(c);
        if (types.isEmpty() && a.sector() != null && a.sector().matches("[A-Z]{3}")) types.add(a.sector());
        String group = chunks.size() >= 2 && ORGANISATIONS.contains(chunks.get(0)) && !TYPES.contains(chunks.get(chunks.size() - 1))
                ? chunks.get(chunks.size() - 1) : null;
        f[i] = code;
        f[i + 1] = a.name().toUpperCase(Locale.ROOT);
        f[i + 2] = a.country();
        f[i + 3] = group;
        for (int k = 0; k < types.size(); k++) f[i + 7 + k] = types.get(k);
        return i + 10;
    }

    /** 1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict. */
    static int quadClass(String root) {
        int r = Integer.parseInt(root);
        return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    }
}
