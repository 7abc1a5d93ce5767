package org.faultline.coding;

import org.faultline.Faultline;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.CodingConventions;
import org.faultline.model.Dependency;
import org.faultline.model.Document;
import org.faultline.model.Sentence;
import org.faultline.model.Token;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Drafts a CoNLL-U fixture with CoreNLP; not a test (no JUnit, never run by surefire). The draft must be checked arc
 * by arc before it becomes a fixture.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/classpath.txt) org.faultline.coding.ConlluDraft \
 *     2024-03-14 article.txt out.conllu [more.txt more.conllu ...]
 * </pre>
 * The text file holds one paragraph per line. For each article it prints the events CoreNLP's annotation gives and
 * the events the written CoNLL-U gives when read back, which must agree.
 */
final class ConlluDraft {
    private static final Map<String, String> UPOS = Map.ofEntries(
            Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"), Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"),
            Map.entry("VB", "VERB"), Map.entry("VBD", "VERB"), Map.entry("VBG", "VERB"), Map.entry("VBN", "VERB"),
            Map.entry("VBP", "VERB"), Map.entry("VBZ", "VERB"), Map.entry("MD", "AUX"), Map.entry("JJ", "ADJ"),
            Map.entry("JJR", "ADJ"), Map.entry("JJS", "ADJ"), Map.entry("RB", "ADV"), Map.entry("RBR", "ADV"),
            Map.entry("RBS", "ADV"), Map.entry("IN", "ADP"), Map.entry("TO", "PART"), Map.entry("DT", "DET"),
            Map.entry("PRP", "PRON"), Map.entry("PRP$", "PRON"), Map.entry("CD", "NUM"), Map.entry("CC", "CCONJ"),
            Map.entry("POS", "PART"), Map.entry("RP", "ADP"), Map.entry("WDT", "PRON"), Map.entry("WP", "PRON"),
            Map.entry(".", "PUNCT"), Map.entry(",", "PUNCT"), Map.entry(":", "PUNCT"));

    public static void main(String[] args) throws Exception {
        LocalDate published = LocalDate.parse(args[0]);
        Faultline f = Faultline.create(null);
        for (int i = 1; i + 1 < args.length; i += 2) {
            Path in = Path.of(args[i]), out = Path.of(args[i + 1]);
            String text = String.join("\n\n", Files.readAllLines(in, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
            Article article = new Article("draft", in.toString(), text, published, "argument", null, null, null);
            AnnotatedArticle a = f.annotate(article);
            String conllu = write(a);
            Files.writeString(out, conllu, StandardCharsets.UTF_8);
            AnnotatedArticle back = Conllu.read(out);
            if (!back.article().text().equals(text)) System.out.println("!! text differs after reading back");
            System.out.println("== " + in);
            System.out.println("corenlp: " + CodingFixture.describe(f.process(article, CodingConventions.FAULTLINE).events()));
            Document d = f.process(back, CodingConventions.FAULTLINE);
            System.out.println("conllu:  " + CodingFixture.describe(d.events()));
            System.out.println("claims:  " + d.claims().stream().map(c -> c.stance() + " " + CodingFixture.country(c.claimant())).toList());
        }
    }

    static String write(AnnotatedArticle a) {
        StringBuilder sb = new StringBuilder("# published = " + a.article().published() + "\n");
        String text = a.article().text();
        int prevEnd = -1;
        for (Sentence s : a.sentences()) {
            if (prevEnd < 0 || text.substring(prevEnd, s.begin()).contains("\n\n")) sb.append("# newpar\n");
            prevEnd = s.end();
            sb.append("# text = ").append(s.text()).append('\n');
            String[] head = new String[s.tokens().size()], rel = new String[s.tokens().size()];
            for (Dependency d : s.dependencies()) {
                head[d.dependent()] = String.valueOf(d.governor() + 1);
                rel[d.dependent()] = d.relation();
            }
            for (Token t : s.tokens()) {
                sb.append(t.index() + 1).append('\t').append(t.text()).append('\t').append(t.lemma()).append('\t')
                        .append(UPOS.getOrDefault(t.pos(), "X")).append('\t').append(t.pos()).append("\t_\t")
                        .append(head[t.index()] == null ? "_" : head[t.index()]).append('\t')
                        .append(rel[t.index()] == null ? "_" : rel[t.index()]).append("\t_\t")
                        .append(t.ner().equals("O") ? "_" : "NER=" + t.ner()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
