package org.faultline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.corpus.Escalations;
import org.faultline.store.Store;
import org.faultline.watch.Alert;
import org.faultline.watch.Backtest;
import org.faultline.watch.BacktestResult;
import org.faultline.watch.Point;
import org.faultline.watch.Series;
import org.faultline.watch.Watch;
import org.faultline.watch.WatchQuery;
import org.faultline.watch.WatchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code faultline watch}: escalation series and alerts per dyad and region, or the backtest. */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints daily (or weekly) series per dyad (country pair) and region of the merged events, and their alerts.",
                "A series counts events by quad class and gives the Goldstein sum, fatalities and the contested or denied "
                        + "share; an alert fires where the last window is out of its baseline or a change point (CUSUM) is crossed.",
                "With --backtest it scores the alerts against escalations injected into a generated corpus and prints "
                        + "precision, recall, lead time and false alerts."})
final class WatchCommand implements Callable<Integer> {
    private final PrintStream out, err;

    @Option(names = "--dyad", paramLabel = "ISO3-ISO3", converter = OptionValues.Dyad.class, description = "One country pair, either order (ARM-AZE).")
    String dyad;
    @Option(names = "--region", paramLabel = "NAME", converter = OptionValues.Text.class, description = "One region (admin1), e.g. 'North Darfur'.")
    String region;
    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = OptionValues.Day.class, description = "Points and alerts from this day on.")
    String since;
    @Option(names = "--weekly", description = "Weeks (Monday to Sunday) instead of days.")
    boolean weekly;
    @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table", converter = OptionValues.TableFormat.class,
            description = "Output format: table, json or csv (default: ${DEFAULT-VALUE}).")
    String format;
    @Option(names = "--backtest", description = "Run the backtest on generated escalations in a temporary store.")
    boolean backtest;
    @Option(names = "--seeds", paramLabel = "S,S...", split = ",", defaultValue = "7,8,9,10,11",
            description = "Backtest: generator seeds (default: ${DEFAULT-VALUE}).")
    List<Long> seeds;
    @Option(names = "--episodes", paramLabel = "N", defaultValue = "24", converter = OptionValues.Positive.class, description = "Backtest: episodes per seed (default: ${DEFAULT-VALUE}).")
    int episodes;
    @Option(names = "--articles", paramLabel = "N", defaultValue = "" + Backtest.DEFAULT_ARTICLES, converter = OptionValues.Positive.class,
            description = "Backtest: background articles per seed, over a year (default: ${DEFAULT-VALUE}).")
    int articles;
    @Mixin
    IngestCommand.StoreOptions store = new IngestCommand.StoreOptions();

    WatchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (!List.of("table", "json", "csv").contains(format))
            throw new IllegalArgumentException("format '" + format + "' is not table, json or csv");
        if (backtest) return backtest();
        WatchQuery q = WatchQuery.parse(dyad, region, since, weekly);
        try (Store s = store.openExisting()) {
            WatchReport r = Watch.run(s, q);
            switch (format) {
                case "json" -> out.println(json(r));
                case "csv" -> csv(r);
                default -> table(r);
            }
        }
        return Main.OK;
    }

    private int backtest() {
        if (seeds.isEmpty()) throw new IllegalArgumentException("--seeds names no seed");
        List<BacktestResult> results = new ArrayList<>();
        for (long seed : seeds) {
            // a temporary in-memory H2 store: the same schema and SQL as the embedded file store, without its disk
            // writes; it is dropped a second after its last connection closes
            String url = "jdbc:h2:mem:faultline-backtest-" + seed + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=1";
            try (Store s = Store.connect(url, "sa", "")) {
                BacktestResult r = Backtest.run(s, seed, articles, Escalations.of(episodes));
                results.add(r);
                out.printf(Locale.ROOT, "seed %d: %d episodes, %d detected, %d dyad alerts (%d true), %d dyads, %.1f months%n",
                        seed, r.episodes(), r.detected(), r.alerts(), r.trueAlerts(), r.dyads(), r.months());
                if (seeds.size() > 1) print("  ", r.precision(), r.recall(), r.leadTimeDays(), r.delayDays(), r.falseAlertsPerDyadMonth());
            }
        }
        int episodesAll = 0, detected = 0, alerts = 0, trueAlerts = 0;
        double dyadMonths = 0;
        List<Integer> leads = new ArrayList<>(), delays = new ArrayList<>();
        for (BacktestResult r : results) {
            episodesAll += r.episodes();
            detected += r.detected();
            alerts += r.alerts();
            trueAlerts += r.trueAlerts();
            dyadMonths += r.dyads() * r.months();
            leads.addAll(r.leadTimes());
            delays.addAll(r.delays());
        }
        if (seeds.size() > 1) out.println("all seeds (" + episodesAll + " episodes):");
        print("", alerts == 0 ? 0 : trueAlerts / (double) alerts, episodesAll == 0 ? 0 : detected / (double) episodesAll,
                BacktestResult.median(leads), BacktestResult.median(delays), dyadMonths == 0 ? 0 : (alerts - trueAlerts) / dyadMonths);
        return Main.OK;
    }

    private void print(String indent, double precision, double recall, double lead, double delay, double falseRate) {
        out.printf(Locale.ROOT, "%sprecision %.3f%n", indent, precision);
        out.printf(Locale.ROOT, "%srecall %.3f%n", indent, recall);
        out.printf(Locale.ROOT, "%slead time %.1f days%n", indent, lead);
        out.printf(Locale.ROOT, "%sdelay %.1f days%n", indent, delay);
        out.printf(Locale.ROOT, "%sfalse alerts %.3f per dyad-month%n", indent, falseRate);
    }

    private void table(WatchReport r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"SERIES", r.bucket().toUpperCase(Locale.ROOT), "EVENTS", "VCOOP", "MCOOP", "VCONF", "MCONF",
                "GOLDSTEIN", "DEAD", "CONTESTED"});
        for (Series s : r.series())
            for (Point p : s.points())
                rows.add(new String[]{s.key(), p.start().toString(), String.valueOf(p.events()), String.valueOf(p.verbalCooperation()),
                        String.valueOf(p.materialCooperation()), String.valueOf(p.verbalConflict()), String.valueOf(p.materialConflict()),
                        fmt(p.goldstein()), String.valueOf(p.fatalities()), String.format(Locale.ROOT, "%.2f", p.contestedShare())});
        EventsCommand.printTable(out, rows);
        out.println(r.series().size() + " series" + (r.first() == null ? "" : ", data " + r.first() + " .. " + r.last()));
        out.println();
        List<String[]> alerts = new ArrayList<>();
        alerts.add(new String[]{"ALERT", "SERIES", "FROM", "TO", "TESTS", "OBSERVED", "EXPECTED", "P", "CUSUM"});
        for (Alert a : r.alerts())
            alerts.add(new String[]{a.kind(), a.key(), a.start().toString(), a.end().toString(), String.join("+", a.tests()),
                    String.valueOf(a.observed()), fmt(a.expected()), String.format(Locale.ROOT, "%.2g", a.p()), fmt(a.cusum())});
        EventsCommand.printTable(out, alerts);
        out.println(r.alerts().size() + " alerts");
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private void csv(WatchReport r) {
        out.print("series,kind,start,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,"
                + "goldstein,fatalities,contested,contested_share,alert\r\n");
        for (Series s : r.series())
            for (Point p : s.points()) {
                boolean alert = r.alerts().stream().anyMatch(a -> a.key().equals(s.key()) && !p.start().isBefore(a.start())
                        && !p.start().isAfter(a.end()));
                out.print(String.join(",", EventsCommand.csvField(s.key()), s.kind(), p.start().toString(),
                        String.valueOf(p.events()), String.valueOf(p.verbalCooperation()), String.valueOf(p.materialCooperation()),
                        String.valueOf(p.verbalConflict()), String.valueOf(p.materialConflict()), String.valueOf(p.goldstein()),
                        String.valueOf(p.fatalities()), String.valueOf(p.contested()),
                        String.format(Locale.ROOT, "%.3f", p.contestedShare()), String.valueOf(alert)) + "\r\n");
            }
    }

    /** Jackson, made on first use: loading it takes about 0.2 s, which every command would otherwise pay at start. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** The report as JSON; the web API answers the same shape. */
    static String json(WatchReport r) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(org.faultline.api.WatchApi.json(r));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("writing JSON: " + e.getMessage(), e);
        }
    }
}
