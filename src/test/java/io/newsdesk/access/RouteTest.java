package io.newsdesk.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "POST, /api/v1/ask, QUESTION",
        "POST, /api/v1/ask/stream, QUESTION",
        "POST, /api/v1/ask/features/, DIAGNOSE",
        "POST, /api/v1/ask/candidates, DIAGNOSE",
        "POST, /api/v1/ask/readings, DIAGNOSE",
        "POST, /api/v1/conversations/3f2b/messages, QUESTION",
        "POST, /api/v1/conversations/3f2b/messages/stream, QUESTION",
        "POST, /api/v1/conversations, CONVERSE",
        "GET, /api/v1/conversations/3f2b, CONVERSE",
        "GET, /api/v1/articles, READ",
        "HEAD, /api/v1/articles/3f2b, READ",
        "POST, /api/v1/articles, INGEST",
        "PUT, /api/v1/articles/3f2b, INGEST",
        "DELETE, /api/v1/articles/3f2b, REMOVE",
        "GET, /api/v1/other, ADMIN",
        "POST, /api/v2/articles, ADMIN",
        "GET, /api, ADMIN",
        "GET, /q/health/ready, PUBLIC",
        "GET, /widget.js, PUBLIC",
        "GET, /, PUBLIC",
        "POST, /slack/events, SLACK",
        "POST, /slack/commands, SLACK",
        "POST, /slack/other, ADMIN",
        "OPTIONS, /api/v1/articles, PUBLIC",
        "POST, /q/anything, ADMIN",
        "POST, /index.html, ADMIN",
    })
    void should_classify_each_endpoint(String method, String path, Route expected) {
        assertThat(Route.of(method, path)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "POST, //api/v1/articles, INGEST",
        "POST, /api/v1/ask/../articles, INGEST",
        "POST, /api/v1/./articles, INGEST",
        "POST, /api//v1/articles/, INGEST",
        "DELETE, /api/v1/ask/../../v1/articles/3f2b, REMOVE",
        "POST, /slack/../api/v1/articles, INGEST",
        "POST, //slack/./events/, SLACK",
        "GET, /../api/v1/articles, READ",
        "POST, /api/v1/articles/../ask, QUESTION",
    })
    void should_judge_a_dressed_up_path_as_what_it_resolves_to(String method, String path, Route expected) {
        assertThat(Route.of(method, path)).isEqualTo(expected);
    }
}
