package org.faultline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * All dictionaries faultline reads: actors and agents, verbs, cue words, the gazetteer and the CAMEO table.
 * The bundled files live under {@code src/main/resources/org/faultline/lexicon/}; a directory of
 * TABARI/PETRARCH-format files can add to them ({@code --dictionaries DIR}): files whose names contain
 * "actors" or "agents" join the actor dictionary, files whose names contain "verbs" or start with "CAMEO"
 * (PETRARCH-2's {@code CAMEO.2.0.txt}) the verb lexicon, and
 * their entries win over the bundled ones at equal specificity. Other files (PETRARCH's discards, issue codes and internal coding
 * ontology) are not used. {@link #dictionaryReport()} tells, per file, how many entries loaded and which
 * constructs were skipped.
 */
public final class Lexicon {
    /**
     * The folder of the language's data under {@code org/faultline/lexicon/}: verbs, cues, word lists, actor names,
     * WordNet anchors and zone cues. Another language is another folder of the same files, and the nlp stage's model.
     */
    public static final String LANGUAGE = "en";

    private static final Bundled<Lexicon> BUNDLED = new Bundled<>(() -> new Lexicon(ActorDictionary.bundled(),
            VerbLexicon.bundled(), CueLexicon.bundled(), CameoTable.bundled(), Gazetteer.bundled()));

    private final ActorDictionary actors;
    private final VerbLexicon verbs;
    private final CueLexicon cues;
    private final CameoTable cameo;
    private final Gazetteer gazetteer;
    private final List<String> report;

    private Lexicon(ActorDictionary actors, VerbLexicon verbs, CueLexicon cues, CameoTable cameo, Gazetteer gazetteer) {
        this(actors, verbs, cues, cameo, gazetteer, List.of());
    }

    private Lexicon(ActorDictionary actors, VerbLexicon verbs, CueLexicon cues, CameoTable cameo, Gazetteer gazetteer,
                    List<String> report) {
        this.report = List.copyOf(report);
        this.actors = actors;
        this.verbs = verbs;
        this.cues = cues;
        this.cameo = cameo;
        this.gazetteer = gazetteer;
    }

    /** The dictionaries shipped in the jar, loaded once per process. */
    public static Lexicon bundled() {
        return BUNDLED.get();
    }

    /** The bundled dictionaries plus the TABARI/PETRARCH-format files in {@code dir}. */
    public static Lexicon withDictionaries(Path dir) {
        if (dir == null) throw new IllegalArgumentException("dictionary directory must not be null");
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("dictionary directory '" + dir + "' is not a directory");
        Lexicon base = bundled();
        ActorDictionary actors = base.actors;
        VerbLexicon verbs = base.verbs;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list dictionary directory '" + dir + "'", e);
        }
        List<String> report = new ArrayList<>();
        for (Path f : files) {
            String fileName = f.getFileName().toString();
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.contains("actors") || name.contains("agents")) {
                ActorDictionary.Builder builder = new ActorDictionary.Builder();
                Map<String, Integer> skipped = TabariActors.read(f, builder);
                ActorDictionary added = builder.build();
                actors = actors.plus(added);
                report.add(summary(fileName, name.contains("agents") ? "agents" : "actors", added.entries().size(), skipped));
            } else if (name.contains("verbs") || name.startsWith("cameo")) { // PETRARCH-2 names it CAMEO.2.0.txt
                TabariVerbReader.Result r;
                try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    r = TabariVerbReader.load(in, fileName, base.cameo);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read TABARI verb file " + f, e);
                }
                verbs = r.lexicon().plus(verbs); // the user's entries first: they win at equal specificity
                report.add(summary(fileName, "verbs", r.lexicon().size(), r.skipped()));
            } else {
                report.add(fileName + ": not used (only *actors*, *agents*, *verbs* and CAMEO* files are read)");
            }
        }
        return new Lexicon(actors, verbs, base.cues, base.cameo, base.gazetteer, report);
    }

    private static String summary(String file, String kind, int entries, Map<String, Integer> skipped) {
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder sb = new StringBuilder(file).append(": ").append(kind).append(", ").append(entries)
                .append(" entries, ").append(total).append(" constructs skipped");
        if (total > 0) {
            StringJoiner j = new StringJoiner("; ", " (", ")");
            skipped.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> j.add(e.getKey() + " " + e.getValue()));
            sb.append(j);
        }
        return sb.toString();
    }

    /**
     * One line per file of the {@code --dictionaries} folder: what it was read as, how many entries it gave and
     * how many constructs were skipped, by reason. Empty for the bundled dictionaries alone.
     */
    public List<String> dictionaryReport() {
        return report;
    }

    public ActorDictionary actors() {
        return actors;
    }

    public VerbLexicon verbs() {
        return verbs;
    }

    public CueLexicon cues() {
        return cues;
    }

    public CameoTable cameo() {
        return cameo;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Country-code domains, for the country of an outlet cited by its domain name. */
    public CountryDomains domains() {
        return CountryDomains.bundled();
    }
}
