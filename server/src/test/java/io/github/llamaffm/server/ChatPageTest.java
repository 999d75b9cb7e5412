package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static io.github.llamaffm.server.TestServers.KEY;
import static io.github.llamaffm.server.TestServers.call;
import static io.github.llamaffm.server.TestServers.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The chat page at {@code /}: its files and headers over the wire, then the page itself in a real
 * headless Chromium (Debian's, driven over the DevTools protocol): a streamed reply equal to the
 * API's, a reply stopped mid-stream that frees its slot, no console errors, no CSP violations,
 * nothing sent to another origin, and a screenshot (target/chat-page.png).
 */
class ChatPageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCREENSHOT = Path.of("target", "chat-page.png");

    @Test
    void thePageIsServedWithoutAKeyUnderAStrictPolicy() {
        LlamaServer s = TestServers.shared();
        HttpResponse<String> index = call(s, "GET", "/", null, null);
        assertEquals(200, index.statusCode(), index.body());
        assertEquals("text/html; charset=utf-8", index.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", index.headers().firstValue("X-Content-Type-Options").orElse(""));
        String csp = index.headers().firstValue("Content-Security-Policy").orElse("");
        for (String directive : List.of("default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'",
                "require-trusted-types-for 'script'")) {
            assertTrue(csp.contains(directive), "CSP lacks " + directive + ": " + csp);
        }
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        // no inline script and no inline style anywhere: each script is a file of its own
        assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE).matcher(index.body()).find(), "inline script");
        assertFalse(Pattern.compile("<style|\\sstyle=|\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(index.body()).find(), "inline style or handler");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(index.body()).find(), "nothing from another origin");

        for (String[] f : new String[][]{{"/chat.js", "text/javascript; charset=utf-8"}, {"/chat.css", "text/css; charset=utf-8"},
                {"/favicon.svg", "image/svg+xml"}, {"/chat-config.json", "application/json"}}) {
            HttpResponse<String> r = call(s, "GET", f[0], null, null);
            assertEquals(200, r.statusCode(), f[0]);
            assertEquals(f[1], r.headers().firstValue("Content-Type").orElse(""), f[0]);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), f[0]);
        }
        String js = call(s, "GET", "/chat.js", null, null).body();
        assertFalse(Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|eval\\(").matcher(js).find(), "no HTML from strings");
        assertFalse(Pattern.compile("https?://").matcher(js).find(), "the script talks to its own origin only");
        assertEquals("{\"apiKeyRequired\":true,\"maxTokens\":200}", call(s, "GET", "/chat-config.json", null, null).body());
        // the API itself still needs the key, and its answers are not sniffed either
        HttpResponse<String> models = call(s, "GET", "/v1/models", null, null);
        assertEquals(401, models.statusCode());
        assertEquals("nosniff", models.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(405, call(s, "POST", "/", "{}", null).statusCode());
    }

    @Test
    void aConversationInHeadlessChromium() throws Exception {
        Path exe = Chromium.find();
        assumeTrue(exe != null, "no Chromium found (set CHROMIUM, or put chromium on the PATH: scripts/setup-deps installs Debian's)");
        try (LlamaServer s = TestServers.start("--parallel", "2", "--queue", "2", "--ctx-size", "16384", "--max-tokens", "8000",
                "--api-key", KEY, "--alias", "tiny-chat");
             Chromium browser = new Chromium(exe, 1100, 820)) {
            List<String> errors = new CopyOnWriteArrayList<>();
            List<String> requests = new CopyOnWriteArrayList<>();
            browser.onEvent(e -> {
                JsonNode p = e.path("params");
                switch (e.path("method").asText()) {
                    case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails"));
                    case "Runtime.consoleAPICalled" -> {
                        String type = p.path("type").asText();
                        if (type.equals("error") || type.equals("assert") || type.equals("warning")) errors.add("console." + type + ": " + p.path("args"));
                    }
                    case "Log.entryAdded" -> {
                        String level = p.path("entry").path("level").asText();
                        if (level.equals("error") || level.equals("warning")) errors.add("log: " + p.path("entry"));
                    }
                    case "Network.requestWillBeSent" -> requests.add(p.path("request").path("url").asText());
                    default -> { }
                }
            });
            Chromium.Page page = browser.newPage();
            try {
                converse(s, page, errors, requests);
            } catch (AssertionError | RuntimeException e) {
                // what the page showed, to judge the failure by
                page.screenshot(Path.of("target", "chat-page-failure.png"));
                String shown = page.eval("document.body.dataset.state + '\\n' + document.getElementById('log').innerText"
                        + " + '\\n' + document.getElementById('notice').innerText").asText();
                throw new AssertionError(e.getMessage() + "\nthe page (target/chat-page-failure.png):\n" + shown + "\nconsole: " + errors, e);
            }
        }
    }

    private static void converse(LlamaServer s, Chromium.Page page, List<String> errors, List<String> requests) throws Exception {
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) page.send(domain + ".enable");
        // the page's CSP violations, as the page itself sees them
        page.send("Page.addScriptToEvaluateOnNewDocument", JSON.createObjectNode().put("source",
                "window.__violations = []; document.addEventListener('securitypolicyviolation',"
                        + " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"));

        page.navigate(s.baseUrl() + "/");
        // the server wants a key: the page says so and opens its settings
        page.waitFor("document.body.dataset.state === 'idle'", Duration.ofSeconds(20), "the page to start");
        assertEquals("API key needed", page.eval("document.getElementById('model').textContent").asText());
        assertFalse(page.eval("document.getElementById('settings').hidden").asBoolean(), "the settings open for the key");
        page.type("#api-key", KEY);
        page.pressEnter();
        page.waitFor("document.getElementById('model').classList.contains('ok')", Duration.ofSeconds(20), "the model list with the key");
        assertEquals("tiny-chat", page.eval("document.getElementById('model').textContent").asText());
        assertEquals(KEY, page.eval("sessionStorage.getItem('llama-ffm.api-key')").asText());
        page.type("#temperature", "0");
        page.type("#max-tokens", "24");
        page.click("#settings-toggle");

        // a streamed reply, shown as text, equal to the API's greedy reply to the same request
        page.type("#input", "Hello there");
        page.click("#send");
        page.waitFor("document.querySelector('.msg.assistant')?.dataset.status === 'done' && document.body.dataset.state === 'idle'",
                Duration.ofSeconds(60), "the first reply to finish");
        String shown = page.eval("document.querySelector('.msg.assistant .content').textContent").asText();
        ObjectNode same = JSON.createObjectNode().put("temperature", 0).put("max_tokens", 24);
        same.putArray("messages").addObject().put("role", "user").put("content", "Hello there");
        JsonNode api = JSON.readTree(call(s, "POST", "/v1/chat/completions", same.toString(), KEY).body());
        assertFalse(shown.isEmpty(), "the page shows a reply");
        assertEquals(api.at("/choices/0/message/content").asText(), shown, "the page shows what the API answers");
        assertEquals("Hello there", page.eval("document.querySelector('.msg.user .content').textContent").asText());
        assertTrue(page.eval("document.querySelector('.msg.assistant .meta').textContent").asText().contains("24 tokens"));

        // a long reply, stopped mid-stream: the fetch is aborted and the server frees the slot at once (a new
        // chat: this greedy prompt is known to run long, as in DisconnectAndOverloadTest)
        page.click("#settings-toggle");
        page.type("#max-tokens", "8000");
        page.click("#settings-toggle");
        page.click("#new-chat");
        assertEquals(0, page.eval("document.querySelectorAll('.msg').length").asInt(), "a new chat starts empty");
        page.type("#input", "Tell a long story");
        page.click("#send");
        String second = "document.querySelector('.msg.assistant')";
        page.waitFor(second + "?.querySelector('.content').textContent.length > 40", Duration.ofSeconds(60), "the second reply to stream");
        assertEquals("streaming", page.eval(second + ".dataset.status").asText(), "the long reply is still being written");
        assertEquals(1, metric(s, "llamaffm_slots_busy"));
        assertFalse(page.eval("document.getElementById('stop').hidden").asBoolean());
        long stopped = System.nanoTime();
        page.click("#stop");
        TestServers.awaitIdle(s, 5);
        double seconds = (System.nanoTime() - stopped) / 1e9;
        assertTrue(seconds < 2, "the slot was free again only after " + seconds + " s");
        assertEquals(1, metric(s, "llamaffm_client_disconnects_total"), "the server saw the stop as a hang-up");
        page.waitFor(second + ".dataset.status === 'stopped' && document.body.dataset.state === 'idle'", Duration.ofSeconds(5),
                "the page to show the stop");
        assertTrue(page.eval("document.getElementById('stop').hidden").asBoolean());
        // the stopped reply stays in the conversation as far as it got
        assertTrue(page.eval(second + ".querySelector('.content').textContent.length").asInt() > 40);

        page.eval("document.getElementById('input').blur()");
        page.screenshot(SCREENSHOT);

        assertEquals(List.of(), errors, "no console errors or warnings");
        assertEquals(0, page.eval("window.__violations.length").asInt(), "CSP violations: " + page.eval("window.__violations"));
        for (String url : requests) assertTrue(url.startsWith(s.baseUrl() + "/"), "a request to another origin: " + url);
        assertTrue(requests.contains(s.baseUrl() + "/chat.js") && requests.contains(s.baseUrl() + "/v1/chat/completions"), requests.toString());

        // the policy is enforced, and the checks above would see a breach: an inline script, a request to
        // another origin and HTML from a string are each refused and reported
        page.eval("(() => { try { const sc = document.createElement('script'); sc.textContent = 'window.__ran = true';"
                + " document.body.append(sc); } catch (e) { } })()");
        assertFalse(page.eval("window.__ran === true").asBoolean(), "the inline script did not run");
        assertEquals("refused", page.eval("fetch('http://127.0.0.1:9/', {mode: 'no-cors'}).then(() => 'sent', () => 'refused')").asText());
        assertTrue(page.eval("(() => { try { document.getElementById('empty').innerHTML = '<b>x</b>'; return false; }"
                + " catch (e) { return e instanceof TypeError; } })()").asBoolean(), "Trusted Types refuse innerHTML");
        page.waitFor("window.__violations.some(v => v.startsWith('connect-src'))"
                + " && window.__violations.some(v => v.startsWith('require-trusted-types-for'))", Duration.ofSeconds(5),
                "the page to see its policy refuse them: " + page.eval("window.__violations"));
        assertFalse(errors.isEmpty(), "the browser reports the refusals on its console");
    }
}
