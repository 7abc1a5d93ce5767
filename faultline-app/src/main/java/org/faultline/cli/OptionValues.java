package org.faultline.cli;

import org.faultline.export.ExportFormat;
import org.faultline.ingest.InputFormat;
import org.faultline.store.EventQuery;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Converters that check an option's value while picocli parses the command line, so that a bad value is a usage
 * error (exit 2) reported before any model loads or any store opens: "Invalid value for option '--root': CAMEO root
 * '25' is not 01-20". The event filters are checked by {@link EventQuery}'s own rules, so the command line and the
 * web API accept the same values.
 */
final class OptionValues {
    private OptionValues() {}

    /** Runs {@code check}; its IllegalArgumentException becomes picocli's conversion error with the same message. */
    private static <T> T checked(String value, Function<String, T> check) {
        try {
            return check.apply(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** ISO 3166-1 alpha-3 codes, and XKX, the code in common use for Kosovo that the gazetteer has. */
    private static final Set<String> COUNTRIES = countries();

    private static Set<String> countries() {
        Set<String> codes = new TreeSet<>(Set.of(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).toArray(String[]::new)));
        codes.add("XKX");
        return Set.copyOf(codes);
    }

    /** {@code --actor}: a CAMEO actor code or prefix. */
    static final class ActorCode implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return checked(value, v -> EventQuery.parse(v, null, null, null, null, null, null).actor());
        }
    }

    /** {@code --country}: an ISO 3166-1 alpha-3 code that exists, any case. */
    static final class Country implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String code = value.trim().toUpperCase(Locale.ROOT);
            checked(code, v -> EventQuery.all().withCountry(v));
            if (!COUNTRIES.contains(code))
                throw new TypeConversionException("country '" + value + "' is not an ISO 3166-1 alpha-3 country code");
            return code;
        }
    }

    /** {@code --from}, {@code --to}: a day, YYYY-MM-DD. */
    static final class Day implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return checked(value, v -> EventQuery.parse(null, null, v, null, null, null, null).from().toString());
        }
    }

    /** {@code --root}: a CAMEO root, 01-20 (or 1-9). */
    static final class CameoRoot implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return checked(value, v -> EventQuery.parse(null, null, null, null, v, null, null).root());
        }
    }

    /** {@code --status}: an event status. */
    static final class Status implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return checked(value, v -> EventQuery.parse(null, null, null, null, null, v, null).status().label());
        }
    }

    /** {@code --near}: LAT,LON,KM. */
    static final class Near implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            checked(value, v -> EventQuery.parse(null, null, null, null, null, null, v));
            return value;
        }
    }

    /** {@code --text}: a text search, the words (or "quoted phrases") of {@code EventQuery}'s text filter. */
    static final class SearchText implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.isBlank()) throw new TypeConversionException("the text is empty");
            return checked(value, v -> EventQuery.all().withText(v).text());
        }
    }

    /** Free text that is not blank ({@code --outlet}). */
    static final class Text implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.isBlank()) throw new TypeConversionException("the value is empty");
            return value.strip();
        }
    }

    /** A whole number of at least 1. */
    static final class Positive implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n = integer(value);
            if (n < 1) throw new TypeConversionException("'" + value + "' is not 1 or more");
            return n;
        }
    }

    /** {@code --threads}: how many articles are coded at once, 1 to {@value #MAX_THREADS}. */
    static final class Threads implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n = integer(value);
            if (n < 1 || n > MAX_THREADS)
                throw new TypeConversionException("'" + value + "' is not a number of threads from 1 to " + MAX_THREADS);
            return n;
        }
    }

    static final int MAX_THREADS = 256;

    /** A whole number of at least 0. */
    static final class NotNegative implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n = integer(value);
            if (n < 0) throw new TypeConversionException("'" + value + "' is negative");
            return n;
        }
    }

    private static int integer(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
    }

    /** {@code --port}: 0 (any free port) to 65535. */
    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n = integer(value);
            if (n < 0 || n > 65_535) throw new TypeConversionException("port " + value + " is not 0-65535");
            return n;
        }
    }

    /** {@code --host}: an address or a name this machine resolves. */
    static final class Host implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.isBlank()) throw new TypeConversionException("the address is empty");
            try {
                InetAddress.getByName(value.trim());
            } catch (UnknownHostException e) {
                throw new TypeConversionException("'" + value + "' is not an address or a known host name");
            }
            return value.trim();
        }
    }

    private static Path path(String value) {
        if (value.isEmpty()) throw new TypeConversionException("the path is empty");
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + value + "' is not a path: " + e.getReason());
        }
    }

    /** A folder that exists ({@code --dictionaries}). */
    static final class ExistingFolder implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path p = path(value);
            if (!Files.isDirectory(p)) throw new TypeConversionException("'" + value + "' is not a directory");
            return p;
        }
    }

    /** A folder to read or write, existing or not; not a file ({@code --data}, {@code --out DIR}). */
    static final class Folder implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path p = path(value);
            if (Files.exists(p) && !Files.isDirectory(p)) throw new TypeConversionException("'" + value + "' is a file, not a directory");
            return p;
        }
    }

    /** {@code watch --dyad}: two country codes joined by a hyphen, either order (ARM-AZE). */
    static final class Dyad implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String[] sides = value.trim().split("-");
            if (sides.length != 2) throw new TypeConversionException("'" + value + "' is not two country codes joined by '-' (ARM-AZE)");
            Country country = new Country();
            return country.convert(sides[0]) + "-" + country.convert(sides[1]);
        }
    }

    /** {@code --format} of a listing: table, json or csv. */
    static final class TableFormat implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.trim().toLowerCase(java.util.Locale.ROOT);
            if (!List.of("table", "json", "csv").contains(v)) throw new TypeConversionException("'" + value + "' is not table, json or csv");
            return v;
        }
    }

    /** {@code --db-password-file}: a file, not a folder (a missing file is named when the password is read). */
    static final class PasswordFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path p = path(value);
            if (Files.isDirectory(p)) throw new TypeConversionException("'" + value + "' is a directory, not a file");
            return p;
        }
    }

    /** A file to write, or '-' for standard output; not a folder ({@code export --out}). */
    static final class OutputFile implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.equals("-")) return value;
            if (Files.isDirectory(path(value))) throw new TypeConversionException("'" + value + "' is a directory, not a file");
            return value;
        }
    }

    /** {@code --db}: a JDBC URL. */
    static final class JdbcUrl implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.startsWith("jdbc:") || value.length() <= "jdbc:".length())
                throw new TypeConversionException("'" + value + "' is not a JDBC URL (jdbc:postgresql://host/db...)");
            return value;
        }
    }

    /** {@code export --format}: an export format's name. */
    static final class ExportFormatName implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return checked(value, ExportFormat::named);
        }
    }

    /** {@code --input-format} of {@code ingest}: an input format, or feed. */
    static final class IngestFormat implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.trim().equalsIgnoreCase("feed")) return "feed";
            return checked(value, v -> InputFormat.named(v).label());
        }
    }
}
