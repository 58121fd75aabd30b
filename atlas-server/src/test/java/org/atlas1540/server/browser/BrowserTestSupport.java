package org.atlas1540.server.browser;

import org.atlas1540.server.account.Accounts;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server as {@code ./atlas serve} starts it on an empty folder (with the demo corpus), on a
 * random port, and one headless Chromium per test class. The browser test classes share the
 * server; each uses its own States and records, so that none depends on another's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "atlas.demo=true")
abstract class BrowserTestSupport {
    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        var dir = TestData.newDirectory("browser");
        registry.add("atlas.data-dir", dir::toString);
    }

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    void open(String path) {
        BrowserSteps.open(browser, port, path);
    }

    WebDriverWait waiting() {
        return BrowserSteps.waiting(browser);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
