package dev.annexkit.mock.wiremock.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.domain.DemoProgram;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The inspector in a real browser: Debian's headless Chromium driven by Selenium through the system's
 * chromedriver (never a downloaded one), against an in-process mock holding the demo program.
 *
 * <p>Skipped, saying why, when no Chromium or chromedriver is installed; on CI ({@code CI=true}) that is a
 * failure instead, because {@code .ci/run} installs both.
 */
class InspectorBrowserTest {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    /** The demo program plus a member whose id and name are markup that would run if parsed as HTML. */
    private static final String HOSTILE = "<img src=x onerror=window.__xss=1>";
    private static final String SEED = "{\"base\":\"demo\",\"members\":[{\"id\":\"" + HOSTILE + "\",\"firstName\":\""
            + HOSTILE + "\",\"points\":15}]}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static AnnexCloudMockServer mock;
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void startBrowserAndMock() throws IOException {
        Optional<Path> chromium = firstExecutable("ANNEXKIT_CHROMIUM", BROWSERS);
        Optional<Path> chromedriver = firstExecutable("ANNEXKIT_CHROMEDRIVER", DRIVERS);
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String missing = "no Chromium and chromedriver found (looked in " + BROWSERS + " and " + DRIVERS
                    + ", or $ANNEXKIT_CHROMIUM / $ANNEXKIT_CHROMEDRIVER); install Debian's chromium and chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but " + missing + " (.ci/run installs them)");
            }
            Assumptions.abort("Browser test skipped: " + missing);
        }
        // Selenium Manager must not look for or download anything: the driver and browser are given.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", chromedriver.get().toString());
        profile = Files.createTempDirectory("annexkit-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.get().toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + profile, "--window-size=1440,900");
        // the DevTools network log shows which headers the page really sends
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        mock = MockHttp.server().start();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (mock != null) {
            mock.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void demoProgram() {
        mock.reset(); // back to the builder's empty program
        mock.loadSeed(SEED);
        browser.get("http://127.0.0.1:" + mock.port() + InspectorApi.PAGE);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Clicks the member's row once it is listed; a row replaced by a refresh meanwhile is looked up again. */
    private static void clickMemberRow(String id) {
        By row = By.cssSelector("#members-table tbody tr[data-key=\"" + id.replace("\"", "\\\"") + "\"]");
        waiting().ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class).until(d -> {
            d.findElement(row).click();
            return true;
        });
    }

    @Test
    void showsASeededMembersBalanceAndResetTakesItAway() throws IOException {
        clickMemberRow(DemoProgram.DEMO_MEMBER);

        waiting().until(ExpectedConditions.textToBe(By.id("balance-available"), "1,200"));
        assertThat(browser.findElement(By.id("detail-name")).getText()).isEqualTo("Demo Member");
        Files.write(Path.of("target", "inspector-browser-test.png"),
                ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));

        WebElement reset = browser.findElement(By.id("btn-reset"));
        reset.click(); // arms the button
        reset.click(); // confirms

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("member-gone")));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("#members-table tbody tr[data-key]")));
        assertThat(browser.findElements(By.id("balance-available"))).isEmpty();
        assertThat(mock.program().overview().totals().members()).isZero();
    }

    @Test
    void rendersAMemberNamedWithMarkupAsText() {
        browser.findElement(By.id("member-search")).sendKeys("onerror");
        clickMemberRow(HOSTILE);

        waiting().until(ExpectedConditions.textToBe(By.id("detail-name"), HOSTILE));
        assertThat(browser.findElement(By.id("balance-available")).getText()).isEqualTo("15");
        assertThat(browser.findElements(By.cssSelector("#members-table img, #member-detail img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void approvesAPendingReceiptAndAdvancesTheClock() {
        mock.program().receipts().submitUrl(DemoProgram.DEMO_MEMBER, "https://cdn.example.com/r.png");
        waiting().until(ExpectedConditions.textToBe(By.id("clock"), "2025-01-01 00:00:00 UTC"));

        browser.findElement(By.cssSelector("[data-tab=receipts]")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#receipts-table .btn-ok"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("receipts-table"),
                "No receipt is waiting"));
        assertThat(mock.program().balance(DemoProgram.DEMO_MEMBER).available()).isEqualTo(1_300);

        browser.findElement(By.id("btn-advance")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("clock"), "2025-01-02 00:00:00 UTC"));
    }

    @Test
    void sendsTheTokenFromItsFragmentOnEveryDataCallAndJsonOnPosts() throws IOException {
        browser.get("about:blank"); // leave the page opened without a token ...
        browser.manage().logs().get(LogType.PERFORMANCE); // ... and forget its traffic
        browser.get("http://127.0.0.1:" + mock.port() + InspectorApi.PAGE + "#token=s3cret-token");
        clickMemberRow(DemoProgram.DEMO_MEMBER);
        waiting().until(ExpectedConditions.textToBe(By.id("balance-available"), "1,200"));
        browser.findElement(By.id("btn-advance")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("clock"), "2025-01-02 00:00:00 UTC"));

        List<JsonNode> dataCalls = new ArrayList<>();
        List<JsonNode> assets = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).get("message");
            if (!"Network.requestWillBeSent".equals(message.path("method").asText())) {
                continue;
            }
            JsonNode request = message.at("/params/request");
            String url = request.path("url").asText();
            if (url.contains("/__admin/annexkit/ui/")) {
                assets.add(request);
            } else if (url.contains("/__admin/annexkit/")) {
                dataCalls.add(request);
            }
        }
        assertThat(assets).isNotEmpty();
        assertThat(dataCalls).extracting(r -> r.path("method").asText()).contains("GET", "POST");
        assertThat(dataCalls).allSatisfy(r ->
                assertThat(r.at("/headers/Authorization").asText()).isEqualTo("Bearer s3cret-token"));
        assertThat(dataCalls).filteredOn(r -> r.path("method").asText().equals("POST")).allSatisfy(r ->
                assertThat(r.at("/headers/Content-Type").asText()).isEqualTo("application/json"));
        assertThat(dataCalls).noneSatisfy(r -> assertThat(r.path("url").asText()).contains("s3cret-token"));
    }

    private static Optional<Path> firstExecutable(String variable, List<String> candidates) {
        String override = System.getenv(variable);
        Stream<String> paths = override == null || override.isBlank() ? candidates.stream()
                : Stream.concat(Stream.of(override), candidates.stream());
        return paths.map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
