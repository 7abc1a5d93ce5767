package org.faultline.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * All dictionaries faultline reads: actors and agents, verbs, cue words, the gazetteer and the CAMEO table.
 * The bundled files live under {@code src/main/resources/org/faultline/lexicon/}; a directory of
 * TABARI/PETRARCH-format files can add to them ({@code --dictionaries DIR}): files whose names contain
 * "actors" or "agents" join the actor dictionary, files whose names contain "verbs" the verb lexicon, and
 * their entries win over the bundled ones.
 */
public final class Lexicon {
    private static volatile Lexicon bundled;

    private final ActorDictionary actors;
    private final VerbLexicon verbs;
    private final CueLexicon cues;
    private final CameoTable cameo;
    private final Gazetteer gazetteer;

    private Lexicon(ActorDictionary actors, VerbLexicon verbs, CueLexicon cues, CameoTable cameo, Gazetteer gazetteer) {
        this.actors = actors;
        this.verbs = verbs;
        this.cues = cues;
        this.cameo = cameo;
        this.gazetteer = gazetteer;
    }

    /** The dictionaries shipped in the jar, loaded once per process. */
    public static Lexicon bundled() {
        Lexicon l = bundled;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (bundled == null) {
                    bundled = new Lexicon(ActorDictionary.bundled(), VerbLexicon.bundled(), CueLexicon.bundled(),
                            CameoTable.bundled(), Gazetteer.bundled());
                }
                l = bundled;
            }
        }
        return l;
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
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.contains("actors") || name.contains("agents")) actors = actors.plus(ActorDictionary.fromTabari(f));
            else if (name.contains("verbs")) verbs = verbs.plus(VerbLexicon.fromTabari(f));
        }
        return new Lexicon(actors, verbs, base.cues, base.cameo, base.gazetteer);
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
}
