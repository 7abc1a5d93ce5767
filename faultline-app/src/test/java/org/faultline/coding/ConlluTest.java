package org.faultline.coding;

import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Dependency;
import org.faultline.model.Sentence;
import org.faultline.model.Token;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CoNLL-U reader: text, offsets, paragraphs, the publication date, arcs, and errors that name file and line. */
class ConlluTest {
    private static final String TWO_PARAGRAPHS = """
            # published = 2024-03-14
            # newpar
            # sent_id = 1
            # text = Chile thanked Peru.
            1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\tNER=LOCATION
            2\tthanked\tthank\tVERB\tVBD\t_\t0\troot\t_\t_
            3\tPeru\tPeru\tPROPN\tNNP\t_\t2\tobj\t_\tNER=LOCATION|SpaceAfter=No
            4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            # text = It was  quiet (mostly).
            1\tIt\tit\tPRON\tPRP\t_\t_\t_\t_\t_
            2\twas\tbe\tAUX\tVBD\t_\t_\t_\t_\t_
            3\tquiet\tquiet\tADJ\tJJ\t_\t_\t_\t_\t_
            4\t(\t(\tPUNCT\t-LRB-\t_\t_\t_\t_\t_
            5\tmostly\tmostly\tADV\tRB\t_\t_\t_\t_\t_
            6\t)\t)\tPUNCT\t-RRB-\t_\t_\t_\t_\t_
            7\t.\t.\tPUNCT\t.\t_\t_\t_\t_\t_

            # newpar
            # text = Peru agreed.
            1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\tNER=LOCATION
            2\tagreed\tagree\tVERB\tVBD\t_\t0\troot\t_\t_
            3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
            """;

    @Test
    void rebuildsTheTextWithParagraphsAndExactOffsets() {
        AnnotatedArticle a = Conllu.read("two.conllu", TWO_PARAGRAPHS);
        String text = "Chile thanked Peru. It was  quiet (mostly).\n\nPeru agreed.";
        assertEquals(text, a.article().text());
        assertEquals(LocalDate.of(2024, 3, 14), a.article().published());
        assertEquals(3, a.sentences().size());
        for (Sentence s : a.sentences()) {
            assertEquals(s.text(), text.substring(s.begin(), s.end()));
            for (Token t : s.tokens()) assertEquals(t.text(), text.substring(t.begin(), t.end()), "token " + t);
        }
        Token quiet = a.sentences().get(1).tokens().get(2);
        assertEquals(text.indexOf("quiet"), quiet.begin());
        assertEquals(text.indexOf("Peru agreed"), a.sentences().get(2).begin());
        assertEquals(2, a.sentences().get(2).index());
    }

    @Test
    void readsTagsNerAndArcs() {
        AnnotatedArticle a = Conllu.read("two.conllu", TWO_PARAGRAPHS);
        Sentence s = a.sentences().get(0);
        Token chile = s.tokens().get(0);
        assertEquals("NNP", chile.pos());
        assertEquals("LOCATION", chile.ner());
        assertEquals("LOCATION", s.tokens().get(2).ner(), "NER= among other MISC items");
        assertEquals("O", s.tokens().get(1).ner());
        assertEquals("thank", s.tokens().get(1).lemma());
        assertTrue(s.dependencies().contains(new Dependency(-1, 1, "root")));
        assertTrue(s.dependencies().contains(new Dependency(1, 0, "nsubj")));
        assertTrue(s.dependencies().contains(new Dependency(1, 2, "obj")));
        assertEquals(new Dependency(-1, 1, "root"), s.dependencies().get(0), "root first, as nlp lists it");
        assertFalse(a.sentences().get(1).parsed(), "no arc at all: an unparsed sentence");
    }

    private static String error(String content) {
        return assertThrows(Conllu.FormatException.class, () -> Conllu.read("bad.conllu", content)).getMessage();
    }

    @Test
    void badLinesAreReportedByFileAndLine() {
        List.of(
                List.of("# text = Chile thanked Peru.\n1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\n", "bad.conllu:2: expected 10"),
                List.of("1\tChile\tChile\tPROPN\tNNP\t_\t0\troot\t_\t_\n", "bad.conllu:1: token line before"),
                List.of("# text = Chile wept.\n1\tChile\tChile\tPROPN\tNNP\t_\t0\troot\t_\t_\n3\twept\tweep\tVERB\tVBD\t_\t1\tdep\t_\t_\n",
                        "bad.conllu:3: ID 3 out of sequence"),
                List.of("# text = Chile wept.\n1\tChile\tChile\tPROPN\tNNP\t_\t0\troot\t_\t_\n2\twpt\tweep\tVERB\tVBD\t_\t1\tdep\t_\t_\n",
                        "bad.conllu:3: token 'wpt' does not match the text of line 1 at column 7"),
                List.of("# text = Chile wept.\n1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\twept\tweep\tVERB\tVBD\t_\t9\troot\t_\t_\n",
                        "bad.conllu:3: HEAD 9"),
                List.of("# text = Chile wept.\n1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\twept\tweep\tVERB\tVBD\t_\tx\troot\t_\t_\n",
                        "bad.conllu:3: HEAD 'x' is not a number"),
                List.of("# text = Chile wept.\n1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\twept\tweep\tVERB\tVBD\t_\t0\tnsubj\t_\t_\n",
                        "bad.conllu:3: HEAD 0 goes with DEPREL 'root'"),
                List.of("# text = Chile wept.\n1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\twept\tweep\tVERB\t_\t_\t0\troot\t_\t_\n",
                        "bad.conllu:3: XPOS"),
                List.of("# text = Chile wept.\n1\tChile\tChile\tPROPN\tNNP\t_\t0\troot\t_\t_\n", "bad.conllu:1: text 'wept.' has no token"),
                List.of("# text = Chile wept.\n1-2\tChilewept\t_\t_\t_\t_\t_\t_\t_\t_\n", "bad.conllu:2: ID '1-2'"),
                List.of("# published = 2024-3-14\n", "bad.conllu:1: '# published' value '2024-3-14' is not YYYY-MM-DD"),
                List.of("# published = 2024-03-14\n# published = 2024-03-15\n", "bad.conllu:2: second '# published' (first at line 1)"),
                List.of("# text = Chile.\n\n", "bad.conllu:2: sentence has '# text' but no tokens"),
                List.of("", "bad.conllu:1: no sentence")
        ).forEach(c -> {
            String msg = error(c.get(0));
            assertTrue(msg.startsWith(c.get(1)), "expected '" + c.get(1) + "...' but got: " + msg);
        });
    }
}
