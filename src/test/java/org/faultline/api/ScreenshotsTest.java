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

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes one 1280x800 screenshot per view. Runs only when asked:
 * {@code mvn test -Dtest=ScreenshotsTest -Dfaultline.screenshots=docs/screenshots}.
 */
class ScreenshotsTest {
    @Test
    void oneScreenshotPerView() throws Exception {
        String dir = System.getProperty("faultline.screenshots");
        Assumptions.assumeTrue(dir != null, "set -Dfaultline.screenshots=DIR to write screenshots");
        Assumptions.assumeTrue(Browser.available(), Browser.missing());
        WebFixture web = WebFixture.get();
        Path out = Path.of(dir);
        Files.createDirectories(out);
        ChromeDriver b = Browser.start();
        try {
            b.get(web.base + "/");
            ((JavascriptExecutor) b).executeScript("localStorage.setItem('faultline.token', arguments[0]);", web.token);
            b.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
            String[][] views = {{"map", "#map", ".ev-marker, .ev-cluster"}, {"timeline", "#timeline", "#timeline rect.bar"},
                    {"network", "#network", "#network g.node"}, {"claims-board", "#claims", "#claims .pair"},
                    {"document", "#documents", "#document .doctext"}, {"review", "#review", "#view-review li a"}};
            for (String[] v : views) {
                b.get(web.base + "/" + v[1]);
                wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return state.events.length > 0"));
                if (!v[0].equals("map")) ((JavascriptExecutor) b).executeScript("renderCurrent();");
                wait.until(d -> !d.findElements(By.cssSelector(v[2])).isEmpty());
                if (v[0].equals("map")) {
                    Thread.sleep(800);
                    String id = (String) ((JavascriptExecutor) b).executeScript("return state.events[0].id;");
                    ((JavascriptExecutor) b).executeScript("showCard(arguments[0]);", id);
                    wait.until(d -> !d.findElements(By.cssSelector("#card mark.hl-evidence")).isEmpty());
                }
                if (v[0].equals("review")) {
                    String id = b.findElement(By.cssSelector("#view-review li a")).getText();
                    b.get(web.base + "/#review/" + id);
                    wait.until(d -> !d.findElements(By.cssSelector("#review-form")).isEmpty());
                }
                Thread.sleep(500);
                Path png = out.resolve(v[0] + ".png");
                Files.write(png, b.getScreenshotAs(OutputType.BYTES));
                assertTrue(Files.size(png) > 10_000, png + " is a real picture");
            }
        } finally {
            b.quit();
        }
    }
}
