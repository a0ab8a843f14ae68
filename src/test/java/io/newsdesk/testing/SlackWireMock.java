package io.newsdesk.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A local WireMock server standing in for Slack: its Web API under {@code /api} (the app's
 * {@code newsdesk.slack.api-base-url}) and slash-command response URLs under {@code /commands}.
 * Also gives the app a known signing secret and bot token, so tests can sign their requests.
 */
public class SlackWireMock implements QuarkusTestResourceLifecycleManager {

    /** The signing secret the app under test trusts. */
    public static final String SIGNING_SECRET = "test-signing-secret";
    /** The bot token the app under test sends. */
    public static final String BOT_TOKEN = "xoxb-test-token";
    /** Where chat.postMessage is stubbed. */
    public static final String POST_MESSAGE = "/api/chat.postMessage";

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
