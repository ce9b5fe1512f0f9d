package io.psm.migrate.sample;

import io.psm.migrate.testing.TestDatabases;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page in a real headless browser: it names the API and actuator URLs and draws the
 * revision graph from {@code /actuator/migrations}, one dot per revision in its state's colour,
 * which the screenshot must show where the dots are. The application starts at the first revision
 * ({@code psm.migrate.target}), so one revision is applied and one pending (and Hibernate, which
 * would miss the pending revision's column, does not validate).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"psm.migrate.target=" + RunningApplicationTest.INITIAL_REVISION,
                "spring.jpa.hibernate.ddl-auto=none"})
@DirtiesContext
class HomePageBrowserTest {

    private static final int APPLIED = 0x2e7d32;
    private static final int PENDING = 0xf9a825;
    private static final int BACKGROUND = 0xffffff;

    @RegisterExtension
    static final ApplicationDatabase database = new ApplicationDatabase(TestDatabases::h2);

    private static ChromeDriver browser;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void useDatabase(DynamicPropertyRegistry registry) {
        database.register(registry);
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void namesTheUrlsAndDrawsEachRevisionInTheColourOfItsState() throws Exception {
        browser.get("http://localhost:" + this.port + "/");
        awaitGraph();

        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).contains("/api/users", "/api/users/{userId}/notes", "/actuator/migrations",
                "/actuator/health", "/actuator/info", "At 9b1c0e2d4f6a; up to date with its target, 9b1c0e2d4f6a.");
        List<WebElement> dots = browser.findElements(By.cssSelector("section[data-instance='default'] svg circle.node"));
        assertThat(dots).extracting(dot -> dot.getAttribute("data-revision"))
                .containsExactly(RunningApplicationTest.PHONE_REVISION, RunningApplicationTest.INITIAL_REVISION);
        assertThat(dots).extracting(dot -> dot.getAttribute("data-state")).containsExactly("pending", "applied");
        assertThat(browser.findElements(By.cssSelector("section[data-instance='default'] svg path"))).hasSize(1);
        assertThat(text).contains("3f2a9c1b7d4e Add phone field to User [pending]", "9b1c0e2d4f6a Create users and notes [applied]");

        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        // Kept for a look when the test fails, or in a CI job's files.
        Files.write(Path.of("target", "home-page.png"), png);
        BufferedImage screenshot = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(colourAtCentre(screenshot, dots.get(0))).isEqualTo(PENDING);
        assertThat(colourAtCentre(screenshot, dots.get(1))).isEqualTo(APPLIED);
        Rectangle graph = browser.findElement(By.cssSelector("svg.revisions")).getRect();
        assertThat(share(screenshot, graph, APPLIED) + share(screenshot, graph, PENDING)).as("dots in the graph's pixels")
                .isGreaterThan(0.002);
    }

    /** Waits until the page's script has drawn (or failed to draw) the graph. */
    private static void awaitGraph() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String state = browser.findElement(By.tagName("body")).getAttribute("data-graph");
            if (state != null) {
                assertThat(state).as(browser.findElement(By.id("databases")).getText()).isEqualTo("drawn");
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The home page drew no graph within 30 s: " + browser.getPageSource());
    }

    private static int colourAtCentre(BufferedImage screenshot, WebElement element) {
        Rectangle box = element.getRect();
        return screenshot.getRGB(box.getX() + box.getWidth() / 2, box.getY() + box.getHeight() / 2) & 0xFFFFFF;
    }

    /** The share of an area's pixels that have exactly this colour. */
    private static double share(BufferedImage screenshot, Rectangle area, int colour) throws IOException {
        int matching = 0;
        int total = 0;
        for (int x = area.getX(); x < Math.min(screenshot.getWidth(), area.getX() + area.getWidth()); x++) {
            for (int y = area.getY(); y < Math.min(screenshot.getHeight(), area.getY() + area.getHeight()); y++) {
                total++;
                matching += (screenshot.getRGB(x, y) & 0xFFFFFF) == colour ? 1 : 0;
            }
        }
        assertThat(total).as("pixels of the graph on the screenshot").isGreaterThan(0);
        assertThat(BACKGROUND).isNotEqualTo(colour);
        return (double) matching / total;
    }
}
