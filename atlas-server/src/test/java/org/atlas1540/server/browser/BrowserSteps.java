package org.atlas1540.server.browser;

import java.time.Duration;
import org.atlas1540.server.testing.SignedInHttp;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser test classes do alike: open a page of the server, wait for a change, sign in and out. */
final class BrowserSteps {
    private BrowserSteps() {
    }

    static void open(WebDriver browser, int port, String path) {
        browser.get("http://localhost:" + port + path);
    }

    /**
     * An explicit wait of up to 30 s (it ends as soon as the condition holds: the margin is for a machine
     * busy with other builds); an element replaced by a new page while it is read is read again.
     */
    static WebDriverWait waiting(WebDriver browser) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Clicks a button or link that leads to a new page (the same address after a post and redirect
     * included) and waits until that page has loaded. The old page is marked in its window object,
     * which a new page does not have; the old element is never read again, because Chromium may
     * answer for an element of a page being replaced with an unknown error rather than a stale one.
     */
    static void clickToNextPage(WebDriver browser, WebElement element) {
        var page = (JavascriptExecutor) browser;
        page.executeScript("window.atlasPageBeforeClick = true;");
        element.click();
        waiting(browser).ignoring(JavascriptException.class).until(driver -> Boolean.TRUE.equals(page.executeScript(
                "return window.atlasPageBeforeClick === undefined && document.readyState === 'complete';")));
    }

    /** Opens a page that needs signing in and signs in on the form it leads to, as the test editor. */
    static void signIn(WebDriver browser, int port, String path) {
        open(browser, port, path);
        waiting(browser).until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(SignedInHttp.EDITOR);
        browser.findElement(By.id("password")).sendKeys(SignedInHttp.PASSWORD);
        browser.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
        waiting(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Signs in from the sign-in page as the test editor, then opens a page (public or not). */
    static void signInThenOpen(WebDriver browser, int port, String path) {
        signIn(browser, port, "/login");
        open(browser, port, path);
    }

    /** Signs out with the button in the header. */
    static void signOut(WebDriver browser) {
        browser.findElement(By.cssSelector(".site-account button[type=submit]")).click();
        waiting(browser).until(ExpectedConditions.urlContains("signed-out"));
    }
}
