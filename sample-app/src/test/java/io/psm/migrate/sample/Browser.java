package io.psm.migrate.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} driven headless through its {@code chromedriver}, both from the
 * system's packages: nothing is downloaded. Where they are missing the calling test is skipped
 * with a message, unless {@code PSM_TEST_REQUIRE_BROWSER=true} (as {@code .ci/run} sets it), where
 * it fails instead.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));

    private static final String REQUIRE_VARIABLE = "PSM_TEST_REQUIRE_BROWSER";

    private Browser() {
    }

    /** A headless browser with a 1280x900 window at one device pixel per CSS pixel; quit it after use. */
    static ChromeDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install"
                    + " chromium chromium-driver)";
            if (Boolean.parseBoolean(System.getenv(REQUIRE_VARIABLE))) {
                throw new IllegalStateException(message + ", and " + REQUIRE_VARIABLE + " is true");
            }
            System.out.println(message);
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-component-update", "--force-device-scale-factor=1",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
