package org.faultline.export;

import org.faultline.model.Actor;
import org.faultline.model.Event;
import org.faultline.model.Place;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * GDELT 2.0 event table columns that faultline has values for, under GDELT's own names, one header line, tab
 * separated. Actor country codes are ISO3 (as CAMEO uses); ActionGeo_CountryCode is ISO3 too, not GDELT's FIPS.
 * Four trailing columns that GDELT lacks carry the analyst's review: state, reviewer, time, corrected fields.
 */
final class GdeltTsv {
    static final List<String> HEADER = List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1Type1Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2Type1Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_Lat", "ActionGeo_Long", "DATEADDED", "SOURCEURL",
            "ReviewState", "Reviewer", "ReviewedAt", "CorrectedFields");

    private GdeltTsv() {}

    static void write(List<ExportFormat.Incident> incidents, Writer out, ToDoubleFunction<String> goldstein) throws IOException {
        out.write(String.join("\t", HEADER));
        out.write('\n');
        for (ExportFormat.Incident inc : incidents) {
            Event e = inc.event();
            String[] f = new String[HEADER.size()];
            int i = 0;
            f[i++] = e.id();
            if (e.date() != null) {
                LocalDate d = e.date().firstDay();
                f[i++] = String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
                f[i++] = String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue());
                f[i++] = String.valueOf(d.getYear());
                f[i++] = String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear());
            } else i += 4;
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
            f[i++] = String.valueOf(inc.mentions().size());
            f[i++] = String.valueOf(outlets.size());
            f[i++] = String.valueOf(docs.size());
            Place p = e.location();
            if (p != null) {
                f[i++] = String.valueOf(switch (p.precision()) { case 1 -> 4; case 2 -> 5; default -> 1; });
                f[i++] = p.admin1() == null || p.admin1().equals(p.canonical()) ? p.canonical() : p.canonical() + ", " + p.admin1();
                f[i++] = p.country();
                f[i++] = p.admin1();
                f[i++] = AcledCsv.coordinate(p.lat());
                f[i++] = AcledCsv.coordinate(p.lon());
            } else i += 6;
            LocalDate added = inc.mentions().stream().map(ExportFormat.Mention::published).filter(java.util.Objects::nonNull)
                    .max(java.util.Comparator.naturalOrder()).orElse(null);
            f[i++] = added == null ? null : String.format(Locale.ROOT, "%04d%02d%02d000000", added.getYear(), added.getMonthValue(), added.getDayOfMonth());
            f[i++] = inc.mentions().stream().map(ExportFormat.Mention::url).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            ExportFormat.Review r = inc.review();
            if (r != null) {
                f[i++] = r.state();
                f[i++] = r.reviewer();
                f[i++] = r.at().toString();
                f[i] = String.join(" ", r.corrected());
            }
            for (int k = 0; k < f.length; k++) {
                if (k > 0) out.write('\t');
                if (f[k] != null) out.write(f[k].replaceAll("[\\t\\r\\n]+", " "));
            }
            out.write('\n');
        }
    }

    private static int actor(String[] f, int i, Actor a) {
        if (a == null) return i + 5;
        f[i++] = a.code();
        f[i++] = a.name().toUpperCase(Locale.ROOT);
        f[i++] = a.country();
        f[i++] = a.org();
        f[i++] = a.sector();
        return i;
    }

    /** 1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict. */
    static int quadClass(String root) {
        int r = Integer.parseInt(root);
        return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    }
}
