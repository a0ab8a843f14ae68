package io.newsdesk.answer.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.newsdesk.answer.followup.PreviousTurn;
import io.newsdesk.testing.LlmTestProfile;
import io.newsdesk.testing.OpenAiWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(LlmTestProfile.class)
@Tag("llm")
class LlmFollowUpRewriterTest {

    private static final PreviousTurn PREVIOUS =
            new PreviousTurn("Who vetoed the UN resolution?", "Russian Federation", null);

    @Inject
    LlmFollowUpRewriter rewriter;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void resetServer() {
        OpenAiWireMock.server().resetAll();
    }

    @Test
    void should_send_exactly_the_golden_rewrite_request_and_use_the_reply() throws Exception {
        // given
        reply(OpenAiWireMock.streamed("When did Russian Federation veto ", "the UN resolution?"));

        // when
        String rewritten = rewriter.rewrite("When did that happen?", PREVIOUS);

        // then
        assertThat(rewritten).isEqualTo("When did Russian Federation veto the UN resolution?");
        String body = OpenAiWireMock.server()
                .findAll(postRequestedFor(urlEqualTo(OpenAiWireMock.COMPLETIONS)))
                .get(0)
                .getBodyAsString();
        Golden.assertMatches("llm/rewrite-request.json", mapper.readTree(body), mapper);
    }

    @Test
    void should_use_the_extractive_rewrite_when_the_reply_is_not_one_question() {
        // given
        reply(OpenAiWireMock.streamed("Sure! Here it is:\nWhen did it happen?"));

        // when
        String rewritten = rewriter.rewrite("When did that happen?", PREVIOUS);

        // then
        assertThat(rewritten).isEqualTo("When did Russian Federation veto the UN resolution?");
    }

    @Test
    void should_use_the_extractive_rewrite_when_the_model_fails() {
        // given
        reply(aResponse().withStatus(401).withBody("{\"error\":{\"message\":\"bad key\"}}"));

        // when
        String rewritten = rewriter.rewrite(
                "Who is he?", new PreviousTurn("Who is the Secretary General of NATO?", "Jens Stoltenberg", null));

        // then
        assertThat(rewritten).isEqualTo("Who is Jens Stoltenberg?");
        OpenAiWireMock.server().verify(1, postRequestedFor(urlEqualTo(OpenAiWireMock.COMPLETIONS)));
    }

    private static void reply(ResponseDefinitionBuilder response) {
        OpenAiWireMock.server()
                .stubFor(post(urlEqualTo(OpenAiWireMock.COMPLETIONS))
                        .withRequestBody(containing("<follow_up>"))
                        .willReturn(response));
    }
}
