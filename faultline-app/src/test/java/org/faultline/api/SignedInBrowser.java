package org.faultline.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * The set-up the browser tests over the shared web fixture have in common: one headless Chromium per test class,
 * holding the fixture's read token, and the two calls every such test makes (a script, a wait that outlasts redraws).
 * Test classes run one after another (no parallel execution is configured), so the static fields belong to one class
 * at a time.
 */
abstract class SignedInBrowser {
    static WebFixture web;
    static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        Assumptions.assumeTrue(Browser.available(), Browser.missing());
        web = WebFixture.get();
        browser = Browser.start();
        browser.get(web.base + "/");
        js("localStorage.setItem('faultline.token', arguments[0]);", web.token);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
        browser = null;
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** A wait that ignores elements gone stale: the views redraw while data arrives. */
    static WebDriverWait waiting(int seconds) {
        WebDriverWait w = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        w.ignoring(StaleElementReferenceException.class);
        return w;
    }
}
