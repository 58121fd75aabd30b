package org.atlas1540.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.server.account.Accounts;
import org.atlas1540.server.testing.SignedInHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What an editor does with the records in the browser (country visits, assistance requests, plans),
 * on the server with the demo corpus. Each test starts signed out (no cookies) and uses its own State,
 * so that the tests do not depend on each other's records (nor on those of the other browser tests, which
 * share the server).
 */
class BrowserRecordPagesTest extends BrowserTestSupport {
    private static final By STATUS = By.xpath("//dl[contains(@class,'facts-list')]/dt[.='Status']/following-sibling::dd[1]");

    @BeforeEach
    void signedOutWithTestAccounts() {
        SignedInHttp.accounts(accounts);
        open("/");
        browser.manage().deleteAllCookies();
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    /** Clicks a submit button and waits for the page it leads to. */
    private void submit(WebElement button) {
        BrowserSteps.clickToNextPage(browser, button);
    }

    /** The status on a record's page, as written (the page shows it in capitals). */
    private String status() {
        return text(browser.findElement(STATUS));
    }

    private static String text(WebElement element) {
        return element.getAttribute("textContent").strip();
    }

    private WebElement button(String text) {
        return browser.findElement(By.xpath("//main//button[normalize-space(.)='" + text + "']"));
    }

    @Test
    void anEditorRecordsAProposedVisitTakesItToConductedStepByStepAndTheStatePageListsItAsConducted() {
        BrowserSteps.signInThenOpen(browser, port, "/states/NAM");
        browser.findElement(By.cssSelector("main a.button[href='/country-visits/new?state=NAM']")).click();
        waiting().until(ExpectedConditions.urlContains("/country-visits/new"));
        assertThat(new Select(browser.findElement(By.id("state"))).getFirstSelectedOption().getText()).isEqualTo("Namibia");
        assertThat(new Select(browser.findElement(By.id("status"))).getFirstSelectedOption().getText()).isEqualTo("Proposed");
        browser.findElement(By.id("year")).sendKeys("2031");
        browser.findElement(By.id("sourceText")).sendKeys("Letter of the Chair, browser test");
        Chromium.screenshot(browser, "visit-form");
        submit(browser.findElement(By.cssSelector("form.record-form button[type=submit]")));

        assertThat(browser.getCurrentUrl()).matches(".*/country-visits/[0-9]+\\?saved");
        String visitPath = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replace("?saved", "");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Country visit to Namibia");
        assertThat(main()).contains("Saved.").contains("2031");
        assertThat(status()).isEqualTo("Proposed");
        assertThat(browser.findElements(By.cssSelector("form.inline-form button"))).extracting(WebElement::getText)
                .containsExactly("Requested: The State requested the visit", "Declined: Declined");

        submit(button("Requested: The State requested the visit"));
        assertThat(status()).isEqualTo("Requested");
        submit(button("Scheduled: Dates were agreed"));
        assertThat(status()).isEqualTo("Requested");
        assertThat(browser.findElement(By.cssSelector("main .problems[role=alert]")).getText())
                .contains("The status was not changed").contains("give its start date first");
        Chromium.screenshot(browser, "visit-not-scheduled-without-dates");

        browser.findElement(By.linkText("Edit dates, source and outcome")).click();
        waiting().until(ExpectedConditions.urlContains("/edit"));
        assertThat(main()).contains("(changed on the visit's page, step by step)");
        setDate("startDate", "2031-03-02");
        setDate("endDate", "2031-03-04");
        submit(browser.findElement(By.cssSelector("form.record-form button[type=submit]")));
        assertThat(main()).contains("Saved.");
        assertThat(status()).isEqualTo("Requested");
        submit(button("Scheduled: Dates were agreed"));
        assertThat(status()).isEqualTo("Scheduled");
        submit(button("Conducted: The visit took place"));
        assertThat(status()).isEqualTo("Conducted");
        assertThat(main()).contains("Saved.").contains("The visit is conducted: its status is final.");
        assertThat(browser.findElements(By.cssSelector("form.inline-form button"))).isEmpty();
        Chromium.screenshot(browser, "visit-conducted");

        browser.findElement(By.cssSelector("main a[href='/states/NAM']")).click();
        waiting().until(ExpectedConditions.urlContains("/states/NAM"));
        WebElement row = browser.findElement(By.xpath("//section[@aria-labelledby='visits-heading']//tr[.//a[@href='"
                + visitPath + "']]"));
        assertThat(row.findElement(By.cssSelector("td[data-label=When]")).getText()).contains("2031");
        assertThat(text(row.findElement(By.cssSelector("td[data-label=Status]")))).isEqualTo("Conducted");
        Chromium.screenshot(browser, "visit-on-state-page");
    }

    @Test
    void anEditorRecordsARequestWithoutConsentMovesItToDistributedTheHistoryNamesWhoAndWhenAndSignedOutItIsNotFound() {
        BrowserSteps.signIn(browser, port, "/assistance/requests/new?state=KEN");
        new Select(browser.findElement(By.id("state"))).selectByValue("KEN");
        new Select(browser.findElement(By.id("area"))).selectByIndex(1);
        browser.findElement(By.id("needs")).sendKeys("Training of customs officers in the browser test");
        browser.findElement(By.id("sourceText")).sendKeys("Note verbale, browser test");
        assertThat(browser.findElement(By.id("publicationConsent")).isSelected()).isFalse();
        Chromium.screenshot(browser, "request-form");
        submit(browser.findElement(By.cssSelector("form.record-form button[type=submit]")));

        assertThat(browser.getCurrentUrl()).matches(".*/assistance/requests/[0-9]+");
        String requestPath = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Kenya: ");
        assertThat(main()).contains("Not published: the State did not consent to publication");
        assertThat(status()).isEqualTo("Received");

        submit(button("Mark authenticated"));
        assertThat(status()).isEqualTo("Authenticated");
        submit(button("Mark acknowledged"));
        assertThat(status()).isEqualTo("Acknowledged");
        assertThat(main()).contains("distribution due by");
        submit(button("Mark distributed to potential providers"));
        assertThat(status()).isEqualTo("Distributed to potential providers");
        Chromium.screenshot(browser, "request-distributed");

        List<WebElement> rows = browser.findElements(By.xpath("//section[@aria-labelledby='history-heading']//tbody/tr"));
        assertThat(rows).extracting(r -> r.findElement(By.cssSelector("td[data-label=From]")).getText() + " → "
                + r.findElement(By.cssSelector("td[data-label=To]")).getText()).containsExactly(
                        "– → Received", "Received → Authenticated", "Authenticated → Acknowledged",
                        "Acknowledged → Distributed to potential providers");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        for (WebElement row : rows) {
            assertThat(row.findElement(By.cssSelector("td[data-label=By]")).getText()).isEqualTo(SignedInHttp.EDITOR);
            LocalDateTime when = LocalDateTime.parse(row.findElement(By.cssSelector("td[data-label=When]")).getText(),
                    minutes);
            assertThat(Duration.between(when, now).abs()).isLessThan(Duration.ofMinutes(10));
        }

        BrowserSteps.signOut(browser);
        open(requestPath);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(main()).doesNotContain("Training of customs officers").doesNotContain("Kenya");
        Chromium.screenshot(browser, "request-signed-out");
    }

    @Test
    void aPlanSavedByAnotherEditorAfterTheFormWasOpenedIsNotOverwrittenAndTheFormShowsTheConflictWithTheCurrentValues() {
        var other = SignedInHttp.as(port, SignedInHttp.EDITOR);
        var created = other.postForm("/action-plans", Map.of("state", "ISL", "planVersion", "7", "status", "submitted",
                "submittedOn", "2030-02-01", "documentTitle", "First title", "sourceText", "browser test"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        Matcher id = Pattern.compile("/action-plans/([0-9]+)").matcher(created.headers().firstValue("Location").orElse(""));
        assertThat(id.find()).isTrue();
        String planPath = "/action-plans/" + id.group(1);

        BrowserSteps.signIn(browser, port, planPath + "/edit");
        WebElement title = browser.findElement(By.id("documentTitle"));
        assertThat(title.getAttribute("value")).isEqualTo("First title");
        title.clear();
        title.sendKeys("Title typed in the browser");

        var fields = SignedInHttp.hiddenFields(other.get(planPath + "/edit").body());
        fields.putAll(Map.of("state", "ISL", "planVersion", "7", "status", "submitted", "submittedOn", "2030-02-01",
                "documentTitle", "Title saved first by someone else", "sourceText", "browser test"));
        var savedFirst = other.postForm(planPath, fields);
        assertThat(savedFirst.statusCode()).as(savedFirst.body()).isEqualTo(302);

        submit(browser.findElement(By.cssSelector("form.record-form button[type=submit]")));
        WebElement problems = browser.findElement(By.cssSelector("main .problems[role=alert]"));
        assertThat(problems.getText()).contains("Nothing was saved")
                .contains("Someone else saved this plan version after you opened it");
        assertThat(browser.findElement(By.id("documentTitle")).getAttribute("value"))
                .isEqualTo("Title saved first by someone else");
        Chromium.screenshot(browser, "plan-conflict");

        open(planPath);
        assertThat(main()).contains("Title saved first by someone else").doesNotContain("Title typed in the browser");
    }

    @Test
    void aVisitWithAYearOutOfRangeAndAnEndDateBeforeItsStartComesBackWithEachProblemBesideItsFieldAndIsNotStored() {
        BrowserSteps.signInThenOpen(browser, port, "/country-visits?state=FJI");
        List<String> before = visitLinks();
        open("/country-visits/new?state=FJI");
        browser.findElement(By.id("year")).sendKeys("1999");
        setDate("startDate", "2030-05-10");
        setDate("endDate", "2030-05-03");
        browser.findElement(By.id("sourceText")).sendKeys("browser test");
        submit(browser.findElement(By.cssSelector("form.record-form button[type=submit]")));

        assertThat(browser.getCurrentUrl()).endsWith("/country-visits");
        assertThat(browser.findElement(By.cssSelector("main .problems[role=alert]")).getText()).contains("Nothing was saved");
        assertThat(browser.findElement(By.id("year")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("year-problem")).getText()).contains("2004").contains("2100");
        assertThat(browser.findElement(By.id("endDate")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("endDate-problem")).getText())
                .isEqualTo("The end date 2030-05-03 is before the start date 2030-05-10.");
        assertThat(browser.findElement(By.id("startDate")).getAttribute("aria-invalid")).isNull();
        assertThat(browser.findElement(By.id("startDate")).getAttribute("value")).isEqualTo("2030-05-10");
        assertThat(new Select(browser.findElement(By.id("state"))).getFirstSelectedOption().getText()).isEqualTo("Fiji");
        Chromium.screenshot(browser, "visit-form-problems");

        open("/country-visits?state=FJI");
        assertThat(visitLinks()).isEqualTo(before);
    }

    private List<String> visitLinks() {
        return browser.findElements(By.cssSelector("main table a[href^='/country-visits/']")).stream()
                .map(a -> a.getAttribute("href")).toList();
    }

    /** Sets a date field as its date picker does (typing into one depends on the browser's locale). */
    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id(id)), isoDate);
    }
}
