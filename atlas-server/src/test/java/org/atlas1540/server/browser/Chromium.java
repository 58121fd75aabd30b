package org.atlas1540.server.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.atlas1540.server.testing.TestData;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, started headless with the flags this network needs (no
 * background connections, nothing downloaded). Absent on a developer's machine, the browser tests
 * are skipped with a message; on CI ({@code CI=true}, where {@code .ci/run} installs them) that is
 * a failure instead. Its profile is a folder of the build's test data ({@code target/}), not of the
 * machine's temporary files.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    static WebDriver start() {
        String missing = !Files.isExecutable(BROWSER) ? BROWSER.toString()
                : !Files.isExecutable(DRIVER) ? DRIVER.toString() : null;
        if (missing != null) {
            String message = missing + " is not installed (apt-get install chromium chromium-driver), so the browser tests cannot run";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; CI=true, so this is a failure, not a skip");
            }
            assumeTrue(false, message);
        }
        System.setProperty("SE_OFFLINE", "true");
        Path profile = TestData.newDirectory("chromium-profile");
        var options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
    static void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
