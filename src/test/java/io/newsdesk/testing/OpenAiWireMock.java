package io.newsdesk.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A local WireMock server standing in for the OpenAI-compatible chat API on a free port; the app
 * under test is pointed at it. Replies are streamed chat completions, as the real API sends them.
 */
public class OpenAiWireMock implements QuarkusTestResourceLifecycleManager {

    /** The path the OpenAI client posts to, under the configured base URL. */
    public static final String COMPLETIONS = "/v1/chat/completions";

    private static WireMockServer server;

    /** The running server, for stubbing and for reading the requests it received. */
    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of("newsdesk.llm.base-url", server.baseUrl() + "/v1");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A streamed chat completion whose content arrives in the given chunks. */
    public static ResponseDefinitionBuilder streamed(String... chunks) {
        StringBuilder body = new StringBuilder();
        body.append(event("{\"role\":\"assistant\",\"content\":\"\"}", "null"));
        for (String chunk : chunks) {
            body.append(event("{\"content\":" + quote(chunk) + "}", "null"));
        }
        body.append(event("{}", "\"stop\""));
        body.append("data: [DONE]\n\n");
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/event-stream")
                .withBody(body.toString());
    }

    private static String event(String delta, String finishReason) {
        return "data: {\"id\":\"chatcmpl-test\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
                + "\"model\":\"test-model\",\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":"
                + finishReason + "}]}\n\n";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
