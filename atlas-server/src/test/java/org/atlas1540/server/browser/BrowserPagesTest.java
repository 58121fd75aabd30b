package org.atlas1540.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.server.testing.SharedFiles;
import org.atlas1540.server.testing.SignedInHttp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What a person does in the browser, on the server as {@code ./atlas serve} starts it on an empty
 * folder: with the demo corpus.
 */
class BrowserPagesTest extends BrowserTestSupport {
    @Test
    void theHomePageShowsTheCountsTheRecentEventsAndSaysItIsDemoData() {
        open("/");

        assertThat(browser.getTitle()).contains("Atlas 1540");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        List<WebElement> recent = browser.findElements(By.cssSelector("main a[href^='/events/']"));
        assertThat(recent).isNotEmpty();
        assertThat(browser.findElement(By.tagName("footer")).getText()).contains("Demo data");
        Chromium.screenshot(browser, "home");
    }

    @Test
    void filteringEventsByKindLeavesOnlyEventsOfThatKind() {
        open("/events");
        new Select(browser.findElement(By.id("kind"))).selectByValue("workshop");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("kind=workshop"));

        List<WebElement> kinds = browser.findElements(By.cssSelector("table.data-table td[data-label=Kind]"));
        assertThat(kinds).isNotEmpty();
        assertThat(kinds).allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("Workshop"));
        assertThat(new Select(browser.findElement(By.id("kind"))).getFirstSelectedOption().getText())
                .isEqualTo("Workshop");
        Chromium.screenshot(browser, "events-filtered-by-kind");
    }

    @Test
    void aStatePageOpensFromTheStatesListAndShowsItsEvents() {
        open("/states");
        WebElement link = browser.findElement(By.cssSelector("main a[href='/states/SRB']"));
        link.click();
        waiting().until(ExpectedConditions.urlContains("/states/SRB"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Serbia");
        assertThat(browser.findElements(By.cssSelector("main a[href^='/events/']"))).isNotEmpty();
        Chromium.screenshot(browser, "state-serbia");
    }

    @Test
    void aStatePageOpensFromTheWorldMapOnTheHomePage() {
        open("/");
        WebElement serbia = browser.findElement(By.cssSelector(".world-map svg a[href='/states/SRB']"));
        assertThat(serbia.getAttribute("aria-label")).startsWith("Serbia");
        Chromium.screenshot(browser, "home-map");
        serbia.findElement(By.tagName("path")).click();
        waiting().until(ExpectedConditions.urlContains("/states/SRB"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Serbia");
    }

    @Test
    void searchingFromTheHeaderShowsHitsWithTheWordsMarked() {
        open("/");
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("export control");
        box.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/search"));

        List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits li.hit"));
        assertThat(hits).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("li.hit .snippet mark"))).isNotEmpty();
        Chromium.screenshot(browser, "search-export-control");
    }

    @Test
    void anEditorSignsInUploadsANoteSeesItPreviewedThenStoredAndSignsOut() {
        SignedInHttp.accounts(accounts);
        Path belgrade = SharedFiles.sample("belgrade-2013-05.txt");
        open("/import");
        waiting().until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(SignedInHttp.EDITOR);
        browser.findElement(By.id("password")).sendKeys(SignedInHttp.PASSWORD);
        Chromium.screenshot(browser, "sign-in");
        browser.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/import"));
        assertThat(browser.findElement(By.cssSelector(".site-account")).getText()).contains(SignedInHttp.EDITOR);
        browser.findElement(By.id("file")).sendKeys(belgrade.toAbsolutePath().normalize().toString());
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("preview-heading")));

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Serbia").contains("Slovenia");
        Chromium.screenshot(browser, "import-preview");
        browser.findElement(By.cssSelector("form.confirm button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("status=imported"));
        Chromium.screenshot(browser, "import-confirmed");
        browser.findElement(By.cssSelector("main a[href='/events/2013-05-09-belgrade-regional-workshop']")).click();
        waiting().until(ExpectedConditions.urlContains("/events/2013-05-09-belgrade-regional-workshop"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Regional Workshop on the Implementation");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Belgrade").contains("Montenegro");
        Chromium.screenshot(browser, "import-stored-event");

        browser.findElement(By.cssSelector(".site-account button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("signed-out"));
        assertThat(browser.findElement(By.cssSelector(".site-account")).getText()).contains("Sign in");
        assertThat(browser.findElements(By.cssSelector(".site-nav a[href='/import']"))).isEmpty();
    }

    @Test
    void anEditorTurnsASuggestedPlanInTheReviewQueueIntoARecordAndTheFactLeavesTheQueue() {
        SignedInHttp.accounts(accounts);
        signIn("/review?type=national-action-plan");
        WebElement record = browser.findElement(By.cssSelector("ol.review-queue a.button[href*='state=']"));
        String formAddress = record.getAttribute("href");
        Chromium.screenshot(browser, "review-queue");
        record.click();
        waiting().until(ExpectedConditions.urlContains("/action-plans/new"));
        assertThat(browser.findElement(By.id("sourceFact")).getAttribute("value")).isNotBlank();
        Chromium.screenshot(browser, "review-plan-form");

        browser.findElement(By.cssSelector("form.record-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlMatches(".*/action-plans/[0-9]+.*"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("national action plan, version 1").contains("Saved.");
        Chromium.screenshot(browser, "review-plan-saved");
        String planPath = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");

        open("/review?type=national-action-plan");
        assertThat(browser.findElements(By.cssSelector("ol.review-queue a.button")))
                .extracting(a -> a.getAttribute("href")).doesNotContain(formAddress);

        Matcher source = Pattern.compile("sourceEvent=([^&]+)&sourceFact=([0-9]+)").matcher(formAddress);
        assertThat(source.find()).as(formAddress).isTrue();
        open("/events/" + source.group(1));
        WebElement followed = browser.findElement(By.cssSelector("section[aria-labelledby=followed-heading]"));
        assertThat(followed.findElement(By.cssSelector("a[href='" + planPath + "']")).getText())
                .startsWith("National action plan: ");
        WebElement fact = browser.findElement(By.id("fact-" + source.group(2)));
        assertThat(fact.findElement(By.cssSelector(".fact__record a")).getAttribute("href")).endsWith(planPath);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", fact);
        Chromium.screenshot(browser, "event-what-followed");
        signOut();
    }

    private void signIn(String path) {
        BrowserSteps.signIn(browser, port, path);
    }

    private void signOut() {
        BrowserSteps.signOut(browser);
    }

    @Test
    void theSkipLinkIsTheFirstThingTheKeyboardReaches() {
        open("/events");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);

        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to content");
        assertThat(focused.getAttribute("href")).endsWith("#main");
    }

    @Test
    void anUnknownStateShowsTheNotFoundPage() {
        open("/states/ZZZ");

        assertThat(browser.findElement(By.tagName("h1")).getText()).containsIgnoringCase("not found");
        Chromium.screenshot(browser, "not-found");
    }
}
