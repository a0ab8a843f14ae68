package io.newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseUrlHostsTest {

    private final ResponseUrlHosts slackOnly = new ResponseUrlHosts(List.of("hooks.slack.com"));
    private final ResponseUrlHosts withFakes = new ResponseUrlHosts(List.of(" *.slack.com ", "", "http://localhost"));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://hooks.slack.com/commands/T1/2/abc",
                "https://HOOKS.Slack.com/commands/T1/2/abc",
                "https://hooks.slack.com:443/commands/T1/2/abc"
            })
    void should_allow_slacks_hook_host_over_https(String url) {
        // when / then
        assertThat(slackOnly.allow(URI.create(url))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://hooks.slack.com/commands/T1",
                "https://hooks.slack.com.evil.example/commands",
                "https://evil.example/commands?to=hooks.slack.com",
                "https://hooks.slack.com@evil.example/commands",
                "https://evil.example/#@hooks.slack.com",
                "https://xhooks.slack.com/commands",
                "https://api.slack.com/x",
                "https://127.0.0.1/commands",
                "http://localhost:8080/commands",
                "ftp://hooks.slack.com/x",
                "https://user@hooks.slack.com/commands",
                "/commands/T1"
            })
    void should_refuse_any_other_host_or_scheme(String url) {
        // when / then
        assertThat(slackOnly.allow(URI.create(url))).isFalse();
    }

    @Test
    void should_allow_hosts_under_a_wildcard_domain_and_plain_http_only_where_configured() {
        // when / then
        assertThat(withFakes.allow(URI.create("https://hooks.slack.com/commands")))
                .isTrue();
        assertThat(withFakes.allow(URI.create("https://a.b.slack.com/commands")))
                .isTrue();
        assertThat(withFakes.allow(URI.create("http://localhost:8089/commands/T1")))
                .isTrue();
        assertThat(withFakes.allow(URI.create("https://slack.com/commands"))).isFalse();
        assertThat(withFakes.allow(URI.create("https://evilslack.com/commands")))
                .isFalse();
        assertThat(withFakes.allow(URI.create("http://hooks.slack.com/commands")))
                .isFalse();
        assertThat(withFakes.allow(URI.create("https://localhost/commands"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://hooks.slack.com/commands",
                "*",
                "*.",
                "hooks..slack.com",
                "hooks.slack.com:443",
                "ftp://hooks.slack.com",
                "-hooks.slack.com"
            })
    void should_refuse_to_start_when_an_entry_is_not_a_host(String entry) {
        // when / then
        assertThatThrownBy(() -> new ResponseUrlHosts(List.of("hooks.slack.com", entry)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newsdesk.slack.response-url-hosts")
                .hasMessageContaining(entry);
    }
}
