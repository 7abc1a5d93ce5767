package org.faultline.api;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes one 1280x800 screenshot per view. Runs only when asked:
 * {@code mvn test -Dtest=ScreenshotsTest -Dfaultline.screenshots=docs/screenshots}.
 */
class ScreenshotsTest {
    /**
     * A hand-made report with every kind of span the document view highlights (the generated corpus has no date
     * or actor mentions); returns its id.
     */
    static String sampleDocument(WebFixture web) {
        String text = "VALDORA, March 14, 2024 (Lowland Gazette) - Army units shelled the river port of Valdora on Tuesday, "
                + "killing five fishermen, the port authority said. \"We saw the shells land at dawn,\" a harbour worker said. "
                + "The Northern Front denied that its fighters had been near Valdora since February.";
        java.util.function.ToIntFunction<String> at = text::indexOf;
        var army = new org.faultline.model.Actor("Lowland army", "COL", "MIL", null, "COLMIL");
        var fishers = new org.faultline.model.Actor("fishermen", "COL", "CVL", null, "COLCVL");
        var front = new org.faultline.model.Actor("Northern Front", "COL", "REB", null, "COLREB");
        var port = new org.faultline.model.Place("Valdora", "Valdora", "COL", "Magdalena", 10.96, -74.80, "city", 1, List.of());
        String s1 = "Army units shelled the river port of Valdora on Tuesday, killing five fishermen, the port authority said.";
        var ev = new org.faultline.model.Evidence(0, at.applyAsInt(s1), at.applyAsInt(s1) + s1.length(), s1);
        var shelling = new org.faultline.model.Event("sample-e1", org.faultline.model.PartialDate.parse("2024-03-12"), army,
                fishers, "194", null, null, null, port, 5, null, null, org.faultline.model.EventStatus.ASSERTED, ev);
        String words = "We saw the shells land at dawn,";
        String s2 = "\"" + words + "\" a harbour worker said.";
        var quote = new org.faultline.model.Quote("sample-q1", null, words, at.applyAsInt(words), at.applyAsInt(words) + words.length(),
                new org.faultline.model.Evidence(1, at.applyAsInt(s2), at.applyAsInt(s2) + s2.length(), s2));
        var cite = new org.faultline.model.Citation("Lowland Gazette", null, at.applyAsInt("Lowland Gazette"),
                at.applyAsInt("Lowland Gazette") + "Lowland Gazette".length(), ev);
        List<org.faultline.model.ActorMention> actors = List.of(
                new org.faultline.model.ActorMention(army, "Army units", at.applyAsInt("Army units"), at.applyAsInt("Army units") + 10, 0),
                new org.faultline.model.ActorMention(fishers, "fishermen", at.applyAsInt("fishermen"), at.applyAsInt("fishermen") + 9, 0),
                new org.faultline.model.ActorMention(front, "Northern Front", at.applyAsInt("Northern Front"),
                        at.applyAsInt("Northern Front") + 14, 2));
        List<org.faultline.model.DateMention> dates = List.of(
                new org.faultline.model.DateMention("March 14, 2024", at.applyAsInt("March 14, 2024"), at.applyAsInt("March 14, 2024") + 14, 0,
                        org.faultline.model.PartialDate.parse("2024-03-14")),
                new org.faultline.model.DateMention("Tuesday", at.applyAsInt("Tuesday"), at.applyAsInt("Tuesday") + 7, 0,
                        org.faultline.model.PartialDate.parse("2024-03-12")),
                new org.faultline.model.DateMention("February", at.applyAsInt("February"), at.applyAsInt("February") + 8, 2,
                        org.faultline.model.PartialDate.parse("2024-02")));
        var article = new org.faultline.model.Article("sample-valdora", "sample", text, java.time.LocalDate.parse("2024-03-14"),
                "input", "Lowland Gazette", "Port of Valdora shelled", null);
        web.store.put(new org.faultline.model.Document(article, List.of(shelling), List.of(), List.of(quote), List.of(),
                List.of(port), List.of(cite), actors, dates));
        return article.id();
    }

    @Test
    void oneScreenshotPerView() throws Exception {
        String dir = System.getProperty("faultline.screenshots");
        Assumptions.assumeTrue(dir != null, "set -Dfaultline.screenshots=DIR to write screenshots");
        Assumptions.assumeTrue(Browser.available(), Browser.missing());
        WebFixture web = WebFixture.get();
        Path out = Path.of(dir);
        Files.createDirectories(out);
        String sample = sampleDocument(web);
        ChromeDriver b = Browser.start();
        try {
            b.get(web.base + "/");
            ((JavascriptExecutor) b).executeScript("localStorage.setItem('faultline.token', arguments[0]);", web.token);
            b.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
            String[][] views = {{"map", "#map", ".ev-marker, .ev-cluster"}, {"timeline", "#timeline", "#timeline canvas"},
                    {"network", "#network", "#network canvas"}, {"claims-board", "#claims", "#claims .pair"},
                    {"document", "#documents/" + sample, "#document .doctext .hl-date"}, {"review", "#review", "#view-review li a"}};
            for (String[] v : views) {
                b.get(web.base + "/" + v[1]);
                wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return state.events.length > 0"));
                if (!v[0].equals("map")) ((JavascriptExecutor) b).executeScript("renderCurrent();");
                wait.until(d -> !d.findElements(By.cssSelector(v[2])).isEmpty());
                if (v[0].equals("map")) {
                    Thread.sleep(800);
                    wait.until(d -> !d.findElements(By.cssSelector(".place-label .name")).isEmpty());   // labels.js
                    String id = (String) ((JavascriptExecutor) b).executeScript("return state.events[0].id;");
                    ((JavascriptExecutor) b).executeScript("showCard(arguments[0]);", id);
                    wait.until(d -> !d.findElements(By.cssSelector("#card mark.hl-evidence")).isEmpty());
                }
                if (v[0].equals("review")) {
                    String id = b.findElement(By.cssSelector("#view-review li[data-event]")).getAttribute("data-event");
                    b.get(web.base + "/#review/" + id);
                    wait.until(d -> !d.findElements(By.cssSelector("#review-form")).isEmpty());
                }
                Thread.sleep(500);
                Path png = out.resolve(v[0] + ".png");
                Files.write(png, b.getScreenshotAs(OutputType.BYTES));
                assertTrue(Files.size(png) > 10_000, png + " is a real picture");
            }
            // the map closer in, around the first located event: more and smaller towns are labelled
            b.get(web.base + "/#map");
            wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return state.events.length > 0 && !!state.map"));
            Thread.sleep(800);
            wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("const m = state.map, e = state.events.find(x => x.location);"
                    + " if (m._animatingZoom) return false;"   // still zooming to fit the events: set the view once that is done
                    + " if (m.getZoom() !== 7) { placeLabels.asked = 0; m.setView([e.location.lat, e.location.lon], 7, { animate: false }); return false; }"
                    + " return placeLabels.asked > 0 && document.querySelectorAll('.place-label .name').length > 2;"));
            Thread.sleep(500);
            Path png = out.resolve("map-labels.png");
            Files.write(png, b.getScreenshotAs(OutputType.BYTES));
            assertTrue(Files.size(png) > 10_000, png + " is a real picture");
        } finally {
            b.quit();
        }
    }
}
