package org.faultline.watch;

import java.time.LocalDate;
import java.util.List;

/**
 * Series and alerts.
 *
 * @param bucket "day" or "week"
 * @param first  the first day of data read (baselines start here), or null without data
 * @param last   the last day with data: the "last window" ends here
 * @param series one per dyad and region that has events from {@code since} on, dyads first, then by key
 * @param alerts earliest first
 */
public record WatchReport(String bucket, LocalDate first, LocalDate last, List<Series> series, List<Alert> alerts) {
    public WatchReport {
        series = List.copyOf(series);
        alerts = List.copyOf(alerts);
    }
}
