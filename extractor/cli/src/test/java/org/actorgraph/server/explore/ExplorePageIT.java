package org.actorgraph.server.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.actorgraph.cli.Main;
import org.actorgraph.server.ActorgraphServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph page over the demo samples (loaded without the dependency parser), on a server at a
 * free loopback port: its JSON API, and the page itself in headless Chromium driven by Selenium
 * through the system's chromedriver (Debian packages {@code chromium} and {@code chromium-driver}).
 * The browser test is skipped, saying which binary is missing, only where they are not installed.
 */
class ExplorePageIT {

  private static final Logger LOG = LoggerFactory.getLogger(ExplorePageIT.class);
  private static final String NOBOA_SAID = "President Daniel Noboa said";

  @TempDir static Path data;
  private static ActorgraphServer server;
  private static String base;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void loadTheSamplesAndServeThem() {
    assertEquals(Main.OK, Main.run("load", "--no-parse", "--store", data.toString(), "samples"));
    server = ActorgraphServer.builder().port(0).dataDir(data).localhostOnly(true).build().start();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void theApiFindsNoboaHisNetworkAndTheSentenceBehindHisEdgeToEcuador() throws Exception {
    JsonNode hits = get("/explore/api/search?q=" + encode("nob"), 200).get("results");
    String noboa = iriOf(hits, "Daniel Noboa");
    JsonNode network = get("/explore/api/neighbours?actor=" + encode(noboa), 200);
    String ecuador = iriOf(network.get("nodes"), "Ecuador");
    assertTrue(network.get("shown").asInt() <= network.get("limit").asInt(), network.toString());
    JsonNode evidence =
        get(
            "/explore/api/evidence?actor="
                + encode(noboa)
                + "&other="
                + encode(ecuador)
                + "&kind=position",
            200);
    JsonNode fact = evidence.get("facts").get(0);
    assertTrue(fact.get("link").asText().startsWith("/id/fact/"), fact.toString());
    JsonNode sentence = fact.get("sentences").get(0);
    assertTrue(sentence.get("text").asText().contains(NOBOA_SAID), sentence.toString());
    assertTrue(
        sentence.get("articleLink").asText().startsWith("/id/article/"), sentence.toString());
  }

  @Test
  void theCapAndTheFiltersNarrowTheNetwork() throws Exception {
    String noboa = iriOf(get("/explore/api/search?q=Noboa", 200).get("results"), "Daniel Noboa");
    JsonNode one = get("/explore/api/neighbours?limit=1&actor=" + encode(noboa), 200);
    assertEquals(1, one.get("shown").asInt());
    assertTrue(one.get("neighbours").asInt() > 1, one.toString());
    JsonNode positions = get("/explore/api/neighbours?kinds=position&actor=" + encode(noboa), 200);
    positions.get("edges").forEach(e -> assertEquals("position", e.get("kind").asText()));
    JsonNode none =
        get("/explore/api/neighbours?from=1990-01-01&to=1990-12-31&actor=" + encode(noboa), 200);
    assertEquals(0, none.get("shown").asInt(), none.toString());
  }

  @Test
  void badParametersAreRefusedWithAReason() throws Exception {
    assertTrue(
        get("/explore/api/neighbours?actor=not%20an%20iri", 400)
            .get("error")
            .asText()
            .startsWith("actor:"));
    assertTrue(
        get("/explore/api/neighbours?actor=urn:x&kinds=everything", 400)
            .get("error")
            .asText()
            .contains("everything"));
    assertTrue(
        get("/explore/api/neighbours?actor=urn:x&minConfidence=2", 400)
            .get("error")
            .asText()
            .startsWith("minConfidence"));
    assertEquals(
        0, get("/explore/api/search?q=" + encode("\") } ; DROP ALL #"), 200).get("results").size());
  }

  @Test
  void theHomePageLinksTheGraphPageWhichLoadsCytoscapeFromTheServer() throws Exception {
    assertTrue(text("/", 200).contains("href=\"explore/\""));
    String page = text("/explore/", 200);
    assertTrue(page.contains("src=\"static/cytoscape.min.js\""), page);
    assertTrue(text("/explore/static/cytoscape.min.js", 200).length() > 100_000);
  }

  @Test
  void inChromiumSearchingNoboaShowsEcuadorAndTheEdgeBetweenThemShowsTheSentence()
      throws IOException {
    Path driverPath = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(driverPath)) {
      skip(
          "no chromedriver at "
              + driverPath
              + " (install the Debian package chromium-driver, or set -Dchromedriver=PATH)");
    }
    List<Path> candidates =
        Stream.of(System.getProperty("chromium", "/usr/bin/chromium"), "/usr/bin/chromium-browser")
            .map(Path::of)
            .toList();
    Optional<Path> chromium = candidates.stream().filter(Files::isExecutable).findFirst();
    if (chromium.isEmpty()) {
      skip(
          "no chromium at "
              + candidates
              + " (install the Debian package chromium, or set -Dchromium=PATH)");
    }

    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,860");
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driverPath.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver browser = new ChromeDriver(service, options);
    try {
      searchExpandAndTap(browser);
    } catch (RuntimeException | AssertionError e) {
      StringBuilder console = new StringBuilder();
      browser.manage().logs().get("browser").forEach(l -> console.append('\n').append(l));
      String page = browser.findElement(By.tagName("main")).getText();
      throw new AssertionError("page:\n" + page + "\nbrowser console:" + console, e);
    } finally {
      browser.quit();
    }
  }

  private static void searchExpandAndTap(ChromeDriver browser) throws IOException {
    {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      browser.get(base + "/explore/");
      wait.until(
          d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
      browser.findElement(By.id("search")).sendKeys("Noboa");
      browser.findElement(By.id("search-button")).click();
      WebElement hit =
          wait.until(
              d ->
                  d.findElements(By.cssSelector("#results button")).stream()
                      .filter(b -> b.getText().contains("Daniel Noboa"))
                      .findFirst()
                      .orElse(null));
      hit.click();
      wait.until(d -> labels(browser).contains("Ecuador"));
      int before = labels(browser).size();

      // Cytoscape draws on a canvas: tap nodes and edges through its API, as a click would.
      browser.executeScript(
          "cy.nodes().filter(n => n.data('label') === 'Ecuador')[0].emit('tap');");
      wait.until(d -> labels(browser).size() > before);
      Object tapped =
          wait.until(
              d ->
                  browser.executeScript(
                      "const by = (l) => cy.nodes().filter(n => n.data('label') === l)[0];"
                          + "const a = by('Daniel Noboa'), b = by('Ecuador');"
                          + "if (!a || !b) return null;"
                          + "const edges = a.edgesWith(b);"
                          + "if (edges.empty()) return null;"
                          + "const e = edges.filter(x => x.data('kind') === 'position')[0] || edges[0];"
                          + "e.select(); e.emit('tap'); return e.data('kind');"));
      assertNotNull(tapped);
      String evidence =
          wait.until(
              d -> {
                String t = d.findElement(By.id("evidence")).getText();
                return t.startsWith("Daniel Noboa – Ecuador") ? t : null;
              });
      assertTrue(evidence.contains(NOBOA_SAID), evidence);
      assertTrue(
          browser.findElements(By.cssSelector("#evidence a[href^='/id/article/']")).size() > 0,
          "the evidence links its article's /id page");
      Path shot = screenshotFolder().resolve("explore.png");
      Files.copy(
          browser.getScreenshotAs(OutputType.FILE).toPath(),
          shot,
          StandardCopyOption.REPLACE_EXISTING);
      assertTrue(Files.size(shot) > 10_000, "screenshot " + shot);

      // Untick "Position" and apply: the network is drawn again without position edges.
      browser.findElement(By.cssSelector("#kinds input[value='position']")).click();
      browser.findElement(By.id("apply")).click();
      wait.until(
          d ->
              Boolean.TRUE.equals(
                  browser.executeScript(
                      "return cy.nodes().length > 0"
                          + " && cy.edges().filter(e => e.data('kind') === 'position').empty();")));
    }
  }

  /** Skips the browser test, saying why in the build's output as well as in the report. */
  private static void skip(String why) {
    LOG.warn("ExplorePageIT: browser test skipped: {}", why);
    Assumptions.abort("browser test skipped: " + why);
  }

  @SuppressWarnings("unchecked")
  private static List<String> labels(JavascriptExecutor browser) {
    return (List<String>) browser.executeScript("return cy.nodes().map(n => n.data('label'));");
  }

  private static Path screenshotFolder() throws IOException {
    Path target =
        Files.isDirectory(Path.of("extractor", "target"))
            ? Path.of("extractor", "target")
            : Path.of("target");
    return Files.createDirectories(target.resolve("explore-it"));
  }

  private static String iriOf(JsonNode entities, String label) {
    for (JsonNode e : entities) {
      if (label.equals(e.get("label").asText())) {
        return e.get("iri").asText();
      }
    }
    throw new AssertionError(label + " not in " + entities);
  }

  private static JsonNode get(String path, int status) throws IOException, InterruptedException {
    return JSON.readTree(text(path, status));
  }

  private static String text(String path, int status) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(status, r.statusCode(), path + ": " + r.body());
    return r.body();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
