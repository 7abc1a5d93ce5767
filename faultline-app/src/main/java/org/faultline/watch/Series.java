package org.faultline.watch;

import java.util.List;

/**
 * The series of one dyad or region.
 *
 * @param key    "ARM-AZE" or "North Darfur, SDN"
 * @param kind   "dyad" or "region"
 * @param points the days or weeks that have events, earliest first (days and weeks without events are left out)
 */
public record Series(String key, String kind, List<Point> points) {
    public Series {
        points = List.copyOf(points);
    }
}
