package org.faultline.model;

import java.time.LocalDate;

/**
 * A date known to the year, month or day: "2021", "2022-03", "2022-03-10".
 *
 * @param month 1-12, or 0 when only the year is known
 * @param day   1-31, or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year " + year + " is out of range");
        if (month < 0 || month > 12) throw new IllegalArgumentException("month " + month + " is out of range");
        if (day < 0 || day > 31 || (day > 0 && month == 0))
            throw new IllegalArgumentException("day " + day + " does not fit month " + month);
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
    public static PartialDate parse(String s) {
        String[] p = s.trim().split("-");
        try {
            return switch (p.length) {
                case 1 -> new PartialDate(Integer.parseInt(p[0]), 0, 0);
                case 2 -> new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 0);
                case 3 -> new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
                default -> throw new IllegalArgumentException("date '" + s + "' is not YYYY[-MM[-DD]]");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("date '" + s + "' is not YYYY[-MM[-DD]]");
        }
    }

    /** 1 day, 2 month, 3 year. */
    public int precision() {
        return day > 0 ? 1 : month > 0 ? 2 : 3;
    }

    /** The first day this date covers. */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) c = Integer.compare(month, o.month);
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    @Override
    public String toString() {
        if (month == 0) return String.format("%04d", year);
        if (day == 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
