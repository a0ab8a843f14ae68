package io.newsdesk.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A local WireMock server standing in for Slack: its Web API under {@code /api} (the app's
 * {@code newsdesk.slack.api-base-url}, where the Slack SDK's methods client is pointed) and response URLs (of slash
 * commands and button clicks) under {@code /commands}.
 * Also gives the app a known signing secret and bot token, so tests can sign their requests.
 */
public class SlackWireMock implements QuarkusTestResourceLifecycleManager {

    /** The signing secret the app under test trusts. */
    public static final String SIGNING_SECRET = "test-signing-secret";
    /** The bot token the app under test sends. */
    public static final String BOT_TOKEN = "xoxb-test-token";
    /** Where chat.postMessage is stubbed. */
    public static final String POST_MESSAGE = "/api/chat.postMessage";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer server;

    /** The running server, for stubbing and for reading the requests it received. */
    public static WireMockServer server() {
        return server;
    }

    /** Forgets every stub and request received, then accepts every post and response as Slack would. */
    public static void reset() {
        server.resetAll();
        server.stubFor(post(urlEqualTo(POST_MESSAGE)).willReturn(okJson("{\"ok\":true,\"ts\":\"9.9\"}")));
        server.stubFor(post(urlPathMatching("/commands/.*"))
                .willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    /**
     * The chat.postMessage calls received for {@code channel}, in order, each as one JSON object: the SDK posts a
     * form, whose {@code blocks} field is JSON.
     */
    public static List<JsonNode> posts(String channel) {
        return server
                .findAll(WireMock.postRequestedFor(urlEqualTo(POST_MESSAGE))
                        .withFormParam("channel", WireMock.equalTo(channel)))
                .stream()
                .map(SlackWireMock::form)
                .toList();
    }

    /** The JSON bodies posted to the response URL at {@code path}, in order. */
    public static List<JsonNode> responses(String path) {
        return server.findAll(WireMock.postRequestedFor(urlEqualTo(path))).stream()
                .map(request -> json(request.getBodyAsString()))
                .toList();
    }

    /** A form-encoded request's fields as a JSON object, its {@code blocks} parsed. */
    public static JsonNode form(LoggedRequest request) {
        ObjectNode fields = JSON.createObjectNode();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.set(name, "blocks".equals(name) ? json(value) : fields.textNode(value));
        }
        return fields;
    }

    /** Text as JSON. */
    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of(
                "newsdesk.slack.api-base-url", server.baseUrl() + "/api",
                "newsdesk.slack.signing-secret", SIGNING_SECRET,
                "newsdesk.slack.bot-token", BOT_TOKEN);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
