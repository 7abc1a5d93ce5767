package org.faultline.extract;

import org.faultline.lexicon.WordLists;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.DateMention;
import org.faultline.model.PartialDate;
import org.faultline.model.Sentence;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.faultline.extract.DateWords.DAY;
import static org.faultline.extract.DateWords.MONTH;
import static org.faultline.extract.DateWords.MONTH_FULL;
import static org.faultline.extract.DateWords.NUMBER_WORD;
import static org.faultline.extract.DateWords.WEEKDAY;

/**
 * Finds date expressions in an article and resolves them against its publication date P.
 *
 * <p>Absolute dates ("November 10, 2020", "10 November 2020", "2020-11-10", "June 2021", "2020") stay as
 * written. A month and day without a year ("March 10") take P's year, or the year before when that would put
 * them after P, unless the sentence speaks of the future ("will meet on ..."). Weekdays are the last such day
 * on or before P; "yesterday" is P-1; "today", "this morning" are P; "overnight", "last night" are P-1;
 * "the night of D1 to D2" is D1. Spans and vague periods ("from May 24 until May 26", "in early March",
 * "in recent days", "last month") are known to the month; "last year" to the year. Without P only absolute
 * dates are resolved. When two expressions overlap the longer one wins.
 */
final class DateResolver {

    /** One way of writing a date: a pattern and how a match becomes a date (null: not a date after all). */
    private record Rule(String name, Pattern pattern, Resolution resolution) {
    }

    @FunctionalInterface
    private interface Resolution {
        PartialDate resolve(Matcher m, Context c);
    }

    /** What a resolution may look at: the publication date and the text before the match in its sentence. */
    private record Context(LocalDate published, String text, int sentenceBegin, int matchStart, int matchEnd) {
        String before() {
            return text.substring(sentenceBegin, matchStart);
        }

        String after(int n) {
            return text.substring(matchEnd, Math.min(text.length(), matchEnd + n));
        }

        boolean future() {
            String before = before();
            return FUTURE.matcher(before.length() > 90 ? before.substring(before.length() - 90) : before).find();
        }
    }

    private record Found(int start, int end, PartialDate date, int priority) {
    }

    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(?:will|shall|due\\s+to|scheduled|planned|plans?\\s+to|set\\s+to|expected\\s+to|upcoming|to\\s+be\\s+held|is\\s+to|are\\s+to|"
                    + "(?:promised|promises|vowed|vows|pledged|pledges|intends?|agreed|agree|hopes?|aims?)\\s+to)\\b");

    private static final String Y = "(?<y>(?:1[89]|20)\\d{2})";
    private static final String OPT_WEEKDAY = "(?:" + WEEKDAY + ",?\\s+)?";
    private static final String TO = "\\s*(?:to|into|until|till|through|and|-|–|—)\\s*";

    private static final Set<String> NOT_YEAR_BEFORE = WordLists.bundled().set("NOT_YEAR_BEFORE");
    private static final Pattern NOT_YEAR_AFTER = Pattern.compile(
            "(?i)^\\s*(?:%|percent|per\\s+cent|people|persons|soldiers|troops|servicemen|fighters|militants|civilians|"
                    + "residents|families|hours|minutes|seconds|km|kilometers|kilometres|miles|meters|metres|m\\b|ft\\b|feet|"
                    + "tons|tonnes|dollars|euros|rubles|roubles|manats?|drams?|hryvnias?|men|women|children|refugees|"
                    + "houses|homes|buildings|rockets|missiles|shells|drones|times|cases|votes|casualties|deaths|dead|"
                    + "killed|wounded|injured|prisoners|hostages|detainees|vehicles|tanks|rounds|acres|hectares|square|"
                    + "sq\\b|-strong|strong|members|employees|workers|students|units|pieces|sorties|attacks|strikes|"
                    + "hectare|ha\\b|mm\\b|cm\\b|kg\\b|[-–]\\s*(?:meter|metre|km|kilometer|kilometre|mile|strong))");

    private static final List<Rule> RULES = new ArrayList<>();

    private static void rule(String name, String regex, Resolution r) {
        RULES.add(new Rule(name, Pattern.compile(regex), r));
    }

    static {
        // ---- absolute full dates
        rule("iso", "\\b" + Y + "-(?<mo>\\d{2})-(?<d>\\d{2})\\b(?!-)",
                (m, c) -> day(num(m, "y"), num(m, "mo"), num(m, "d")));
        rule("month-day-year", "\\b" + OPT_WEEKDAY + "(?<m>" + MONTH + ")\\s+(?<d>" + DAY + "),?\\s+" + Y + "\\b",
                (m, c) -> day(num(m, "y"), DateWords.month(m.group("m")), DateWords.day(m.group("d"))));
        rule("day-month-year", "\\b" + OPT_WEEKDAY + "(?:the\\s+)?(?<d>" + DAY + ")\\s+(?:of\\s+)?(?<m>" + MONTH + "),?\\s+" + Y + "\\b",
                (m, c) -> day(num(m, "y"), DateWords.month(m.group("m")), DateWords.day(m.group("d"))));
        rule("numeric", "(?<![\\d./])(?<a>[0-3]?\\d)(?<sep>[./])(?<b>[01]?\\d)\\k<sep>" + Y + "\\b(?![./]\\d)",
                (m, c) -> numericDate(num(m, "a"), num(m, "b"), m.group("sep"), num(m, "y")));

        // ---- nights and ranges
        rule("night-month-first", "(?i:\\b(?:the\\s+)?night\\s+of\\s+)(?<m>" + MONTH + ")\\s+(?<d>" + DAY + ")" + TO
                        + "(?:" + MONTH + "\\s+)?" + DAY + "\\b(?:,?\\s+" + Y + "\\b)?",
                (m, c) -> monthDay(m, c, DateWords.month(m.group("m")), DateWords.day(m.group("d")), true));
        rule("night-day-first", "(?i:\\b(?:the\\s+)?night\\s+of\\s+)(?:the\\s+)?(?<d>" + DAY + ")" + TO + "(?:the\\s+)?" + DAY
                        + "\\s+(?:of\\s+)?(?<m>" + MONTH + ")\\b(?:,?\\s+" + Y + "\\b)?",
                (m, c) -> monthDay(m, c, DateWords.month(m.group("m")), DateWords.day(m.group("d")), true));
        rule("range-month-first", "(?i:\\b(?:from|between)\\s+)(?<m>" + MONTH + ")\\s+(?<d>" + DAY + ")(?:,?\\s+" + Y + ")?"
                        + TO + "(?:" + MONTH + "\\s+)?" + DAY + "\\b(?:,?\\s+(?:1[89]|20)\\d{2}\\b)?",
                (m, c) -> monthOf(monthDay(m, c, DateWords.month(m.group("m")), DateWords.day(m.group("d")), true)));
        rule("range-day-first", "(?i:\\b(?:from|between)\\s+)(?:the\\s+)?(?<d>" + DAY + ")" + TO + "(?:the\\s+)?" + DAY
                        + "\\s+(?:of\\s+)?(?<m>" + MONTH + ")\\b(?:,?\\s+" + Y + "\\b)?",
                (m, c) -> monthOf(monthDay(m, c, DateWords.month(m.group("m")), DateWords.day(m.group("d")), true)));
        rule("dash-month-first", "\\b(?<m>" + MONTH + ")\\s+(?<d>" + DAY + ")\\s*[-–]\\s*" + DAY + "\\b(?:,?\\s+" + Y + "\\b)?",
                (m, c) -> monthOf(monthDay(m, c, DateWords.month(m.group("m")), DateWords.day(m.group("d")), true)));
        rule("dash-day-first", "\\b(?<d>" + DAY + ")\\s*[-–]\\s*" + DAY + "\\s+(?<m>" + MONTH + ")\\b(?:,?\\s+" + Y + "\\b)?",
                (m, c) -> monthOf(monthDay(m, c, DateWords.month(m.group("m")), DateWords.day(m.group("d")), true)));

        // ---- month and year, month and day
        rule("month-year", "\\b(?<m>" + MONTH + ")\\s+(?:of\\s+)?" + Y + "\\b",
                (m, c) -> month(num(m, "y"), DateWords.month(m.group("m"))));
        rule("month-day", "\\b" + OPT_WEEKDAY + "(?<m>" + MONTH + ")\\s+(?<d>" + DAY + ")\\b(?![.,:]?\\d)(?!\\s*%)",
                (m, c) -> monthDay(m, c, DateWords.month(m.group("m")), DateWords.day(m.group("d")), false));
        rule("day-month", "\\b" + OPT_WEEKDAY + "(?:the\\s+)?(?<d>" + DAY + ")\\s+(?:of\\s+)?(?<m>" + MONTH + ")\\b",
                (m, c) -> monthDay(m, c, DateWords.month(m.group("m")), DateWords.day(m.group("d")), false));
        rule("qualified-month", "(?<q>(?i:\\b(?:since|until|till|by|before|after|during|throughout|in|from|through|"
                        + "early|mid|late|last|next|this|the\\s+(?:beginning|start|end|middle|first\\s+half|second\\s+half|"
                        + "first\\s+days?|last\\s+days?|first\\s+week|last\\s+week|first\\s+weeks|last\\s+weeks)\\s+of)\\s+|\\bmid-))"
                        + "(?<m>" + MONTH_FULL + ")\\b(?!\\s+\\d)",
                (m, c) -> qualifiedMonth(m.group("q").trim().toLowerCase(Locale.ROOT), DateWords.month(m.group("m")), c));

        // ---- a year on its own
        rule("year", "(?<![\\w$€£#№./,:-])" + Y + "(?![\\w%]|[.,]\\d)", (m, c) -> year(m, c));

        // ---- relative to P
        rule("day-before-yesterday", "(?i)\\bthe\\s+day\\s+before\\s+yesterday\\b", (m, c) -> shift(c, -2));
        rule("yesterday", "(?i)\\byesterday\\b", (m, c) -> shift(c, -1));
        rule("last-night", "(?i)\\b(?:last\\s+night|overnight)\\b", (m, c) -> shift(c, -1));
        rule("today", "(?i)\\b(?:(?:earlier\\s+|later\\s+)?today|this\\s+(?:morning|afternoon|evening)|tonight)\\b",
                (m, c) -> shift(c, 0));
        rule("tomorrow", "(?i)\\btomorrow\\b", (m, c) -> shift(c, 1));
        rule("weekday", "(?<q>(?i:\\b(?:last|next|this|on|past|coming|early|late)\\s+))?\\b(?<w>" + WEEKDAY + ")"
                        + "(?i:\\s+(?:night|morning|afternoon|evening))?\\b",
                (m, c) -> weekday(m, c));
        rule("relative-unit", "(?i)\\b(?:(?:earlier|later)\\s+)?(?:the\\s+)?(?<q>last|past|previous|this|next|coming)\\s+(?<u>week|month|year)\\b",
                (m, c) -> relativeUnit(m.group("q").toLowerCase(Locale.ROOT), m.group("u").toLowerCase(Locale.ROOT), c));
        rule("ago", "(?i)\\b(?<n>" + NUMBER_WORD + ")\\s+(?<u>days?|weeks?|months?|years?)\\s+ago\\b",
                (m, c) -> ago(DateWords.number(m.group("n")), m.group("u").toLowerCase(Locale.ROOT), c));
        rule("recent", "(?i)\\b(?:in|over|during|for)\\s+(?:the\\s+)?(?:recent|past|last)\\s+(?:few\\s+|couple\\s+of\\s+|several\\s+)?(?:days|weeks)\\b",
                (m, c) -> c.published() == null ? null : noDay(PartialDate.of(c.published())));
    }

    /** Every date expression in the article, in text order. */
    List<DateMention> find(AnnotatedArticle a) {
        String text = a.article().text();
        LocalDate published = a.article().published();
        List<Found> found = scan(text, published, a.sentences());
        List<DateMention> out = new ArrayList<>();
        for (Found f : found) {
            out.add(new DateMention(text.substring(f.start(), f.end()), f.start(), f.end(),
                    sentenceIndex(a.sentences(), f.start()), f.date()));
        }
        return out;
    }

    /**
     * Resolves a whole fragment ("March 10", "September 22, 2021", "12 May") as one date on or before
     * {@code published}; null when the fragment is not exactly one date.
     */
    PartialDate resolveFragment(String fragment, LocalDate published) {
        String f = fragment.strip();
        List<Found> found = scan(f, published, List.of());
        if (found.size() != 1) return null;
        Found only = found.get(0);
        return only.start() == 0 && only.end() == f.length() ? only.date() : null;
    }

    /** The full dates (day known) written in absolute form: "March 13, 2022", "13 March 2022", "2022-03-13". */
    static List<LocalDate> absoluteFullDates(String text) {
        List<LocalDate> out = new ArrayList<>();
        for (Found f : scan(text, null, List.of())) {
            PartialDate d = f.date();
            if (d.day() > 0) out.add(d.firstDay());
        }
        return out;
    }

    private static List<Found> scan(String text, LocalDate published, List<Sentence> sentences) {
        List<Found> candidates = new ArrayList<>();
        for (int p = 0; p < RULES.size(); p++) {
            Rule rule = RULES.get(p);
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (m.end() == m.start()) continue;
                int sentenceBegin = sentenceBegin(sentences, m.start());
                Context c = new Context(published, text, sentenceBegin, m.start(), m.end());
                PartialDate d;
                try {
                    d = rule.resolution().resolve(m, c);
                } catch (DateTimeException | IllegalArgumentException e) {
                    d = null; // "February 30", "2021-13-01": not a date
                }
                if (d != null) {
                    int start = m.start(), end = m.end();
                    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
                    candidates.add(new Found(start, end, d, p));
                }
            }
        }
        // longest first, then the earlier rule; keep those that overlap nothing kept
        candidates.sort(Comparator.comparingInt((Found f) -> f.start() - f.end()).thenComparingInt(Found::priority));
        List<Found> kept = new ArrayList<>();
        for (Found f : candidates) {
            boolean overlaps = false;
            for (Found k : kept) {
                if (f.start() < k.end() && k.start() < f.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) kept.add(f);
        }
        kept.sort(Comparator.comparingInt(Found::start));
        return kept;
    }

    private static int sentenceBegin(List<Sentence> sentences, int offset) {
        int begin = 0;
        for (Sentence s : sentences) {
            if (s.begin() <= offset) begin = s.begin();
            else break;
        }
        return begin;
    }

    private static int sentenceIndex(List<Sentence> sentences, int offset) {
        int index = -1;
        for (Sentence s : sentences) {
            if (s.begin() <= offset) index = s.index();
            else break;
        }
        return index < 0 && !sentences.isEmpty() ? sentences.get(0).index() : index;
    }

    // ---------------------------------------------------------------- resolutions

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static PartialDate day(int year, int month, int day) {
        LocalDate.of(year, month, day); // throws when the day does not exist
        return new PartialDate(year, month, day);
    }

    private static PartialDate month(int year, int month) {
        return month < 1 || month > 12 ? null : new PartialDate(year, month, 0);
    }

    private static PartialDate monthOf(PartialDate d) {
        return d == null ? null : noDay(d);
    }

    private static PartialDate noDay(PartialDate d) {
        return new PartialDate(d.year(), d.month(), 0);
    }

    private static PartialDate numericDate(int a, int b, String sep, int year) {
        int dayOf, monthOf;
        if (a > 12) {
            dayOf = a;
            monthOf = b;
        } else if (b > 12) {
            dayOf = b;
            monthOf = a;
        } else if (sep.equals(".")) {
            dayOf = a;
            monthOf = b;
        } else {
            dayOf = b;
            monthOf = a;
        }
        return day(year, monthOf, dayOf);
    }

    /**
     * A month and day: with a year written after it (group "y"), that year; else P's year, or the year before
     * when that would fall after P and the sentence does not speak of the future; a future date more than two
     * months before P moves to the next year.
     */
    private static PartialDate monthDay(Matcher m, Context c, int month, int dayOfMonth, boolean yearGroup) {
        if (month < 1) return null;
        String y = yearGroup ? m.group("y") : null;
        if (y != null) return day(Integer.parseInt(y), month, dayOfMonth);
        LocalDate p = c.published();
        if (p == null) return null;
        if (dayOfMonth < 1 || dayOfMonth > 31) return null;
        int year = p.getYear();
        if (dayOfMonth > YearMonth.of(year, month).lengthOfMonth() && !(month == 2 && dayOfMonth == 29)) return null;
        LocalDate candidate = safeDate(year, month, dayOfMonth);
        boolean future = c.future();
        if (candidate.isAfter(p) && !future) year--;
        else if (future && candidate.isBefore(p.minusDays(60))) year++;
        return day(year, month, dayOfMonth);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        return LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
    }

    private static PartialDate qualifiedMonth(String qualifier, int month, Context c) {
        LocalDate p = c.published();
        if (p == null || month < 1) return null;
        int year = p.getYear();
        int pm = p.getMonthValue();
        switch (qualifier) {
            case "last" -> year = month < pm ? year : year - 1;
            case "next" -> year = month > pm ? year : year + 1;
            case "this" -> { }
            default -> {
                boolean future = c.future() || qualifier.equals("until") || qualifier.equals("by") && c.future();
                if (month > pm && !future) year--;
                else if (future && month < pm - 2) year++;
            }
        }
        return new PartialDate(year, month, 0);
    }

    private static PartialDate year(Matcher m, Context c) {
        int y = num(m, "y");
        if (c.published() != null && y > c.published().getYear() + 15) return null;
        String before = c.before().stripTrailing();
        int cut = Math.max(before.lastIndexOf(' '), Math.max(before.lastIndexOf('('), before.lastIndexOf('\n')));
        String previousWord = before.substring(cut + 1).toLowerCase(Locale.ROOT);
        if (NOT_YEAR_BEFORE.contains(previousWord)) {
            // "in the 2020 war" is a year; "the 2000 soldiers" is not: decided by the word after
            boolean article = previousWord.equals("the") || previousWord.equals("its") || previousWord.equals("their")
                    || previousWord.equals("his") || previousWord.equals("her") || previousWord.equals("of")
                    || previousWord.equals("to") || previousWord.equals("over") || previousWord.equals("under");
            if (!article) return null;
        }
        String after = c.after(24);
        if (NOT_YEAR_AFTER.matcher(after).find()) return null;
        return new PartialDate(y, 0, 0);
    }

    private static PartialDate shift(Context c, int days) {
        return c.published() == null ? null : PartialDate.of(c.published().plusDays(days));
    }

    private static PartialDate weekday(Matcher m, Context c) {
        LocalDate p = c.published();
        if (p == null) return null;
        DayOfWeek w = DateWords.weekday(m.group("w"));
        String q = m.group("q") == null ? "" : m.group("q").trim().toLowerCase(Locale.ROOT);
        LocalDate d = switch (q) {
            case "last", "past" -> p.with(TemporalAdjusters.previous(w));
            case "next", "coming" -> p.with(TemporalAdjusters.next(w));
            default -> {
                String before = c.before();
                String near = before.length() > 40 ? before.substring(before.length() - 40) : before;
                yield FUTURE.matcher(near).find() ? p.with(TemporalAdjusters.nextOrSame(w))
                        : p.with(TemporalAdjusters.previousOrSame(w));
            }
        };
        return PartialDate.of(d);
    }

    private static PartialDate relativeUnit(String q, String unit, Context c) {
        LocalDate p = c.published();
        if (p == null) return null;
        int step = switch (q) {
            case "last", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0; // this, past
        };
        return switch (unit) {
            case "week" -> noDay(PartialDate.of(p.plusWeeks(step)));
            case "month" -> noDay(PartialDate.of(p.plusMonths(step)));
            default -> new PartialDate(p.getYear() + step, 0, 0);
        };
    }

    private static PartialDate ago(int n, String unit, Context c) {
        LocalDate p = c.published();
        if (p == null || n < 0) return null;
        if (unit.startsWith("day")) return PartialDate.of(p.minusDays(n));
        if (unit.startsWith("week")) return PartialDate.of(p.minusWeeks(n));
        if (unit.startsWith("month")) return noDay(PartialDate.of(p.minusMonths(n)));
        return new PartialDate(p.getYear() - n, 0, 0);
    }
}
