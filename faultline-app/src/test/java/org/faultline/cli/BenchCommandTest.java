package org.faultline.cli;

import org.faultline.ingest.Inputs;
import org.faultline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {
    @Test
    void corpusIsReproducibleAndVaried() {
        List<Article> samples = Inputs.samples();
        List<Article> a = BenchCommand.corpus(samples, 12, new Random(7));
        List<Article> b = BenchCommand.corpus(samples, 12, new Random(7));
        assertEquals(12, a.size());
        assertEquals(a, b, "same seed, same corpus");
        assertEquals(12, a.stream().map(Article::text).distinct().count(), "every article differs");
        for (Article x : a) {
            assertTrue(x.published() != null && x.published().getYear() >= 2019 && x.published().getYear() <= 2024);
            assertTrue(BenchCommand.tokens(x.text()) > 100, x.text());
        }
        assertNotEquals(a, BenchCommand.corpus(samples, 12, new Random(8)));
    }

    @Test
    void tokensCountWordsAndPunctuation() {
        assertEquals(9, BenchCommand.tokens("The army's shells hit Kharkiv, killing 3."), "The army's shells hit Kharkiv , killing 3 .");
    }

    /**
     * Every figure, the two-thread ones too (issue 12), and the garbage budget: a timed article allocates about 36 MB
     * now, 76 MB when the parser made the four dependency graphs faultline never reads (and more before issue 12's
     * other cuts), so 50 MB a short run's article, with the JIT barely warm, keeps that waste out.
     */
    @Test
    void benchPrintsEveryFigureAndStaysWithinItsGarbageBudget() {
        MainTest.Result r = MainTest.run("bench", "--articles", "6", "--warmup", "4", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : r.out().split("\n")) {
            String[] kv = line.split(": ", 2);
            values.put(kv[0], kv[1]);
        }
        for (String key : List.of("articles", "tokens", "cold_start_ms", "cold_start_cpu_ms", "first_result_after_jvm_start_ms",
                "tokens_per_second_per_core", "tokens_per_cpu_second", "articles_per_second", "allocated_mb_per_article",
                "steady_gc_ms", "steady_gc_share", "threads", "threads_articles_per_second", "threads_tokens_per_cpu_second",
                "threads_speedup", "peak_heap_mb", "failed"))
            assertTrue(values.containsKey(key), key + " in " + r.out());
        assertEquals("6", values.get("articles"));
        assertEquals("2", values.get("threads"));
        assertEquals("0", values.get("failed"));
        assertTrue(Double.parseDouble(values.get("tokens_per_second_per_core")) > 0);
        assertTrue(Double.parseDouble(values.get("threads_speedup")) > 0);
        assertTrue(Long.parseLong(values.get("peak_heap_mb")) > 0);
        double perArticle = Double.parseDouble(values.get("allocated_mb_per_article"));
        assertTrue(perArticle > 0 && perArticle < 50, "MB allocated per article: " + perArticle);
    }

    @Test
    void badCountsAreUsageErrors() {
        MainTest.Result r = MainTest.run("bench", "--articles", "0");
        assertEquals(2, r.code());
        assertEquals("faultline: --articles 0 must be at least 1", r.errLines().get(0));
    }
}
