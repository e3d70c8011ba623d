package io.interview4j.samples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in headless Chromium through Selenium: Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver},
 * named explicitly so Selenium Manager never runs and nothing is downloaded. Each test ends by checking that the
 * browser console logged no error.
 */
class BrowserTest extends WebTestBase {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static Path profile;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    static void startDriver() throws IOException {
        assertThat(Path.of(CHROMIUM)).as("install Debian's chromium (.ci/run does)").isExecutable();
        assertThat(Path.of(CHROMEDRIVER)).as("install Debian's chromium-driver (.ci/run does)").isExecutable();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("i4j-chromium");
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1024,900", "--user-data-dir=" + profile.resolve(UUID.randomUUID().toString()));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // A driver service per browser: quitting the browser stops its service.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @AfterAll
    static void removeProfiles() throws IOException {
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void signInAsCandidate(String account) {
        driver.get(url("/"));
        visible("account").sendKeys(account);
        driver.findElement(By.cssSelector("#dev-token-form button")).click();
        visible("start-form");
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    private void answer(String text) {
        WebElement box = visible("answer");
        box.clear();
        box.sendKeys(text);
        driver.findElement(By.id("submit-answer")).click();
    }

    @Test
    void should_run_a_whole_practice_interview_with_feedback_skip_finish_and_the_report() {
        signInAsCandidate("browser-" + UUID.randomUUID().toString().substring(0, 8));
        new Select(driver.findElement(By.id("preset"))).selectByValue("coaching");
        driver.findElement(By.id("role")).sendKeys("backend engineer");
        driver.findElement(By.id("start-button")).click();

        assertThat(visible("progress-text").getText()).isEqualTo("Question 1 of 5");
        assertThat(driver.findElement(By.id("question-label")).getText()).isEqualTo("Q1");
        assertThat(driver.findElement(By.id("progress-bar")).getAttribute("role")).isEqualTo("progressbar");
        assertThat(driver.findElement(By.id("countdown")).isDisplayed()).as("no countdown when untimed").isFalse();
        String q1 = driver.findElement(By.id("question-text")).getText();
        assertThat(q1).isNotBlank();

        // An answer with markup is shown as text, never as markup.
        String markup = "<img src=x onerror=\"document.title='pwned'\"><b>bold</b> " + RestContractTest.STAR;
        answer(markup);
        WebElement card = visible("feedback");
        assertThat(driver.findElement(By.id("feedback-score")).getText()).matches("\\d{1,3}/100");
        assertThat(card.findElements(By.cssSelector(".dim")).size()).as("dimension bars").isPositive();
        driver.findElement(By.id("next")).click();

        String progress = visible("progress-text").getText();
        assertThat(progress).matches("Question [12] of 5( · Follow-up \\d/3)?");
        if (progress.startsWith("Question 1 of 5")) {
            assertThat(progress).startsWith("Question 1 of 5 · Follow-up 1/3");
        }
        // Skip with the keyboard: Tab from the answer box to Submit, then Skip, and press Enter.
        String before = driver.findElement(By.id("question-text")).getText();
        driver.findElement(By.id("skip")).sendKeys(Keys.ENTER);
        wait.until(d -> !d.findElement(By.id("question-text")).getText().equals(before));
        assertThat(driver.findElement(By.id("feedback")).isDisplayed()).as("no feedback card for a skip").isFalse();

        // Ctrl+Enter submits.
        WebElement box = visible("answer");
        box.sendKeys(RestContractTest.STAR);
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        visible("feedback");
        driver.findElement(By.id("next")).click();
        visible("answer");
        driver.findElement(By.id("finish")).click();

        WebElement results = visible("results");
        assertThat(results.getText()).contains("Results").contains("/100").contains("Q1");
        WebElement shown = wait.until(d -> d.findElements(By.cssSelector("#results-body .answer-text")).stream()
                .filter(e -> e.getText().contains("<b>bold</b>")).findFirst().orElse(null));
        assertThat(shown.getText()).startsWith("<img src=x onerror=");
        assertThat(driver.findElements(By.cssSelector("#results-body img, #results-body b"))).isEmpty();
        assertThat(driver.getTitle()).isNotEqualTo("pwned");
        assertNoConsoleErrors();
    }

    @Test
    void should_show_a_countdown_on_a_timed_screen() {
        signInAsCandidate("timed-" + UUID.randomUUID().toString().substring(0, 8));
        new Select(driver.findElement(By.id("preset"))).selectByValue("timed-screen");
        visible("timeLimitMinutes").sendKeys("5");
        driver.findElement(By.id("start-button")).click();
        WebElement countdown = visible("countdown");
        String first = countdown.getText();
        assertThat(first).matches("Time left [45]:\\d\\d");
        wait.until(d -> !d.findElement(By.id("countdown")).getText().equals(first));
        assertThat(countdown.getText()).matches("Time left [45]:\\d\\d");
        assertThat(driver.findElement(By.id("progress-text")).getText()).isEqualTo("Question 1 of 3");
        String asked = driver.findElement(By.id("question-text")).getText();
        answer(RestContractTest.STAR);
        // Assessment mode: no feedback card, straight to the next question.
        wait.until(d -> !d.findElement(By.id("question-text")).getText().equals(asked));
        assertThat(driver.findElement(By.id("interview")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("feedback")).isDisplayed()).isFalse();
        assertNoConsoleErrors();
    }

    @Test
    void should_let_a_reviewer_list_the_organisations_interviews_and_open_a_report() {
        String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        String candidate = "cand-" + UUID.randomUUID().toString().substring(0, 8);
        Http http = http();
        String token = candidate(candidate, org);
        var turn = http.post("/api/interviews", token, java.util.Map.of("preset", "coaching")).json();
        String id = turn.get("sessionId").asText();
        String markup = "<script>document.title='pwned'</script><i>mine</i> " + RestContractTest.STAR;
        http.post("/api/interviews/" + id + "/answers", token, java.util.Map.of("questionId",
                turn.at("/question/id").asText(), "answer", markup));
        http.postEmpty("/api/interviews/" + id + "/finish", token);

        driver.get(url("/reviewer.html"));
        visible("account").sendKeys("rev-" + UUID.randomUUID().toString().substring(0, 8));
        driver.findElement(By.id("organisation")).sendKeys(org);
        driver.findElement(By.cssSelector("#dev-token-form button")).click();
        WebElement open = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.open-report")));
        WebElement row = open.findElement(By.xpath("./ancestor::tr"));
        assertThat(row.getText()).contains(candidate).contains("coaching").contains("completed");
        open.click();
        WebElement report = visible("report");
        assertThat(driver.findElement(By.id("report-title")).getText()).contains(candidate);
        assertThat(report.getText()).contains("Q1").contains("/100");
        WebElement answer = driver.findElement(By.cssSelector("#report-body .answer-text"));
        assertThat(answer.getText()).startsWith("<script>document.title='pwned'</script><i>mine</i>");
        assertThat(driver.findElements(By.cssSelector("#report-body script, #report-body i"))).isEmpty();
        assertThat(driver.getTitle()).isNotEqualTo("pwned");
        driver.findElement(By.id("back")).click();
        visible("interviews");
        assertNoConsoleErrors();
    }

    @Test
    void should_serve_the_swagger_ui_offline() {
        driver.get(url("/swagger-ui.html"));
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        assertThat(title.getText()).contains("interview4j web");
        assertThat(driver.findElements(By.cssSelector(".opblock")).size()).as("operations listed").isGreaterThan(10);
        assertNoConsoleErrors();
    }

    @Test
    void should_start_a_timed_screen_from_a_templates_link() {
        String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        var template = http().post("/api/templates", reviewer("rev-" + org, org), java.util.Map.of("name",
                "Data engineer <b>II</b>", "focusAreas", List.of("sql"), "timeLimitMinutes", 8, "questionCount", 2)).json();
        signInAsCandidate("linked-" + UUID.randomUUID().toString().substring(0, 8));
        driver.get(url(template.get("link").asText()));
        WebElement note = visible("template-note");
        assertThat(note.getText()).contains("Data engineer <b>II</b>").contains("2 questions in 8 minutes");
        assertThat(driver.findElement(By.id("preset-fields")).isDisplayed()).isFalse();
        driver.findElement(By.id("start-button")).click();
        assertThat(visible("countdown").getText()).matches("Time left [78]:\\d\\d");
        assertThat(driver.findElement(By.id("progress-text")).getText()).isEqualTo("Question 1 of 2");
        assertNoConsoleErrors();
    }

    @Test
    void should_be_readable_at_phone_width() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 740));
        signInAsCandidate("phone-" + UUID.randomUUID().toString().substring(0, 8));
        Long scroll = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
        Long width = (Long) driver.executeScript("return document.documentElement.clientWidth;");
        assertThat(scroll).as("no horizontal scrolling").isLessThanOrEqualTo(width);
        assertNoConsoleErrors();
    }
}
