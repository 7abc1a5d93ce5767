package org.faultline.coding;

import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.Dependency;
import org.faultline.model.Sentence;
import org.faultline.model.Token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL-U file (one short article) into an {@link AnnotatedArticle}, so the coder can be tested on a
 * hand-checked parse without CoreNLP.
 *
 * <p>Each token line has the ten standard columns, tab-separated:
 * {@code ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC}. faultline reads FORM, LEMMA, XPOS (the PTB tag it
 * uses as {@link Token#pos()}), HEAD and DEPREL (UD, with subtypes such as {@code nsubj:pass}), and {@code NER=...}
 * in MISC (PERSON, LOCATION, ORGANIZATION, MISC; absent means "O"). UPOS, FEATS and DEPS are for the reader's eye
 * only. A token whose HEAD and DEPREL are both {@code _} has no arc (as the nlp stage leaves a parenthesis out of
 * the parse); a sentence with no arc at all is an unparsed sentence.
 *
 * <p>Comments: every sentence has {@code # text = ...}, which must hold its tokens in order with only whitespace
 * between them (that is how token offsets are computed); {@code # newpar} starts a paragraph (joined to the text
 * before by a blank line, where sentences of one paragraph are joined by a space); {@code # published = YYYY-MM-DD},
 * once per file, is the publication date. Other comments ({@code # sent_id}, notes) are ignored. Multi-word token
 * ranges ({@code 3-4}) and empty nodes ({@code 3.1}) are refused. Every error names {@code file:line}.
 */
final class Conllu {
    private Conllu() {}

    /** A malformed fixture: the message is {@code file:line: what is wrong}. */
    static final class FormatException extends RuntimeException {
        FormatException(String message) {
            super(message);
        }
    }

    /** A sentence as read, before offsets are known. */
    private record Row(int line, int id, String form, String lemma, String xpos, String head, String deprel, String ner) {}

    private static final class Pending {
        final int line;
        final String text;
        final boolean newPar;
        final List<Row> rows = new ArrayList<>();

        Pending(int line, String text, boolean newPar) {
            this.line = line;
            this.text = text;
            this.newPar = newPar;
        }
    }

    static AnnotatedArticle read(Path file) {
        try {
            return read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses {@code content}; {@code name} is the file name used in messages and as the article's source. */
    static AnnotatedArticle read(String name, String content) {
        List<Pending> sentences = new ArrayList<>();
        LocalDate published = null;
        int publishedLine = 0;
        Pending current = null;
        boolean newPar = false;
        String text = null;
        int textLine = 0;
        String[] lines = content.split("\r?\n", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1];
            String where = name + ":" + n + ": ";
            if (line.isBlank()) {
                if (current != null) {
                    if (current.rows.isEmpty()) throw new FormatException(where + "sentence has '# text' but no tokens");
                    sentences.add(current);
                }
                current = null;
                continue;
            }
            if (line.startsWith("#")) {
                if (current != null && !current.rows.isEmpty())
                    throw new FormatException(where + "comment inside a sentence; end the sentence with a blank line first");
                String body = line.substring(1).trim();
                if (body.equals("newpar") || body.startsWith("newpar ")) {
                    newPar = true;
                } else if (body.startsWith("text =") || body.startsWith("text=")) {
                    if (current != null) throw new FormatException(where + "second '# text' for one sentence");
                    text = body.substring(body.indexOf('=') + 1).strip();
                    if (text.isEmpty()) throw new FormatException(where + "'# text' is empty");
                    textLine = n;
                    current = new Pending(textLine, text, newPar);
                    newPar = false;
                } else if (body.startsWith("published =") || body.startsWith("published=")) {
                    if (published != null)
                        throw new FormatException(where + "second '# published' (first at line " + publishedLine + "); one per file");
                    String v = body.substring(body.indexOf('=') + 1).strip();
                    try {
                        published = LocalDate.parse(v);
                    } catch (DateTimeParseException e) {
                        throw new FormatException(where + "'# published' value '" + v + "' is not YYYY-MM-DD");
                    }
                    publishedLine = n;
                }
                continue;
            }
            if (current == null) throw new FormatException(where + "token line before the sentence's '# text = ...'");
            String[] c = line.split("\t", -1);
            if (c.length != 10)
                throw new FormatException(where + "expected 10 tab-separated columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), found " + c.length);
            if (c[0].contains("-") || c[0].contains("."))
                throw new FormatException(where + "ID '" + c[0] + "': multi-word tokens and empty nodes are not supported");
            int id;
            try {
                id = Integer.parseInt(c[0]);
            } catch (NumberFormatException e) {
                throw new FormatException(where + "ID '" + c[0] + "' is not a number");
            }
            if (id != current.rows.size() + 1)
                throw new FormatException(where + "ID " + id + " out of sequence; expected " + (current.rows.size() + 1));
            if (c[1].isEmpty())
                throw new FormatException(where + "FORM is empty");
            if (c[4].isEmpty() || c[4].equals("_")) throw new FormatException(where + "XPOS (the PTB tag) is missing");
            boolean noHead = c[6].equals("_"), noRel = c[7].equals("_") || c[7].isEmpty();
            if (noHead != noRel)
                throw new FormatException(where + "HEAD '" + c[6] + "' and DEPREL '" + c[7] + "': give both or neither ('_')");
            if (!noHead && !c[6].matches("\\d+")) throw new FormatException(where + "HEAD '" + c[6] + "' is not a number");
            String ner = "O";
            if (!c[9].equals("_")) {
                for (String item : c[9].split("\\|")) {
                    if (item.startsWith("NER=")) {
                        ner = item.substring(4);
                        if (ner.isEmpty()) throw new FormatException(where + "MISC 'NER=' has no value");
                    }
                }
            }
            current.rows.add(new Row(n, id, c[1], c[2].equals("_") ? null : c[2], c[4], noHead ? null : c[6],
                    noRel ? null : c[7], ner));
        }
        if (current != null) {
            if (current.rows.isEmpty()) throw new FormatException(name + ":" + current.line + ": sentence has '# text' but no tokens");
            sentences.add(current);
        }
        if (sentences.isEmpty()) throw new FormatException(name + ":1: no sentence");
        return build(name, sentences, published);
    }

    private static AnnotatedArticle build(String name, List<Pending> pending, LocalDate published) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (Pending p : pending) {
            if (!text.isEmpty()) text.append(p.newPar ? "\n\n" : " ");
            int base = text.length();
            text.append(p.text);
            int at = 0;
            List<Token> tokens = new ArrayList<>();
            List<Dependency> roots = new ArrayList<>(), arcs = new ArrayList<>();
            for (Row r : p.rows) {
                String where = name + ":" + r.line + ": ";
                while (at < p.text.length() && Character.isWhitespace(p.text.charAt(at))) at++;
                if (!p.text.startsWith(r.form, at)) {
                    String found = p.text.substring(at, Math.min(p.text.length(), at + r.form.length() + 10));
                    throw new FormatException(where + "token '" + r.form + "' does not match the text of line " + p.line
                            + " at column " + (at + 1) + " ('" + found + "')");
                }
                tokens.add(new Token(r.id - 1, r.form, base + at, base + at + r.form.length(), r.lemma, r.xpos, r.ner));
                at += r.form.length();
                if (r.head != null) {
                    int head = Integer.parseInt(r.head);
                    if (head > p.rows.size())
                        throw new FormatException(where + "HEAD " + head + " is beyond the sentence's " + p.rows.size() + " tokens");
                    if (head == r.id) throw new FormatException(where + "HEAD " + head + " is the token itself");
                    if ((head == 0) != r.deprel.equals("root"))
                        throw new FormatException(where + "HEAD 0 goes with DEPREL 'root' and only with it (HEAD " + head + ", DEPREL '" + r.deprel + "')");
                    (head == 0 ? roots : arcs).add(new Dependency(head - 1, r.id - 1, r.deprel));
                }
            }
            if (!p.text.substring(at).isBlank())
                throw new FormatException(name + ":" + p.line + ": text '" + p.text.substring(at).strip() + "' has no token");
            if (!arcs.isEmpty() && roots.isEmpty())
                throw new FormatException(name + ":" + p.line + ": parsed sentence has no root (HEAD 0)");
            // root first, as the nlp stage lists it
            List<Dependency> deps = new ArrayList<>(roots);
            deps.addAll(arcs);
            sentences.add(new Sentence(sentences.size(), base, base + p.text.length(), p.text, tokens, deps));
        }
        String body = text.toString();
        Article article = new Article("conllu-" + name, name, body, published, published == null ? null : "input",
                null, null, null);
        return new AnnotatedArticle(article, sentences);
    }
}
