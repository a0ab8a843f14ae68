package io.newsdesk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private static final String CMS_KEY = "nd_cms-secret";
    private static final String DESK_KEY = "nd_desk-secret";

    @Test
    void should_hash_keys_as_sha256sum_prints_them() {
        // given: printf %s abc | sha256sum
        String expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

        // when / then
        assertThat(ApiKeys.sha256("abc")).isEqualTo(expected);
    }

    @Test
    void should_find_a_configured_key_with_its_name_and_scopes_and_nothing_else() {
        // given
        ApiKeys keys = ApiKeys.of(
                List.of(
                        "cms:ingest+ask:" + ApiKeys.sha256(CMS_KEY),
                        " desk : admin : " + ApiKeys.sha256(DESK_KEY).toUpperCase()),
                List.of());

        // when
        ApiKey cms = keys.find(CMS_KEY).orElseThrow();
        ApiKey desk = keys.find(DESK_KEY).orElseThrow();

        // then
        assertThat(cms.name()).isEqualTo("cms");
        assertThat(cms.scopes()).containsExactlyInAnyOrder(Scope.INGEST, Scope.ASK);
        assertThat(cms.allows(Scope.ADMIN)).isFalse();
        assertThat(desk.allows(Scope.INGEST)).isTrue();
        assertThat(desk.allows(Scope.ASK)).isTrue();
        assertThat(keys.find(ApiKeys.sha256(CMS_KEY)))
                .as("the hash itself is not a key")
                .isEmpty();
        assertThat(keys.find(CMS_KEY + " ")).isEmpty();
        assertThat(keys.names()).containsExactly("cms", "desk");
    }

    @Test
    void should_only_let_a_widget_key_ask() {
        // given
        ApiKeys keys = ApiKeys.of(List.of(), List.of("newsdesk-demo", " "));

        // when
        ApiKey widget = keys.find("newsdesk-demo").orElseThrow();

        // then
        assertThat(widget.widget()).isTrue();
        assertThat(widget.allows(Scope.ASK)).isTrue();
        assertThat(widget.allows(Scope.INGEST)).isFalse();
        assertThat(widget.allows(Scope.ADMIN)).isFalse();
        assertThat(keys.names()).isEmpty();
    }

    @Test
    void should_stop_with_a_message_that_never_shows_the_value_when_a_key_is_configured_in_clear() {
        // when / then
        assertThatThrownBy(() -> ApiKeys.of(List.of("cms:ingest:" + CMS_KEY), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 1")
                .hasMessageContaining("SHA-256")
                .hasMessageNotContaining(CMS_KEY);
    }

    @Test
    void should_stop_on_unknown_scopes_missing_parts_bad_names_and_duplicates() {
        String hash = ApiKeys.sha256(CMS_KEY);
        assertThatThrownBy(() -> ApiKeys.of(List.of("cms:write:" + hash), List.of()))
                .hasMessageContaining("unknown scope");
        assertThatThrownBy(() -> ApiKeys.of(List.of("cms:" + hash), List.of())).hasMessageContaining("three parts");
        assertThatThrownBy(() -> ApiKeys.of(List.of("c m s:ask:" + hash), List.of()))
                .hasMessageContaining("name");
        assertThatThrownBy(() ->
                        ApiKeys.of(List.of("cms:ask:" + hash, "cms:ingest:" + ApiKeys.sha256(DESK_KEY)), List.of()))
                .hasMessageContaining("entry 2")
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> ApiKeys.of(List.of("a:ask:" + hash, "b:ingest:" + hash), List.of()))
                .hasMessageContaining("same hash");
    }

    @Test
    void should_read_a_key_from_either_header_and_refuse_ambiguity() {
        assertThat(AccessFilter.presentedKey("Bearer k1", null)).contains("k1");
        assertThat(AccessFilter.presentedKey("bearer   k1 ", null)).contains("k1");
        assertThat(AccessFilter.presentedKey(null, " k2 ")).contains("k2");
        assertThat(AccessFilter.presentedKey("Bearer k3", "k3")).contains("k3");
        assertThat(AccessFilter.presentedKey(null, null)).isEmpty();
        for (String[] bad : new String[][] {
            {"Bearer k1", "k2"}, {"Basic dXNlcjpwYXNz", null}, {"Bearer ", null}, {"k1", null}, {null, " "}
        }) {
            assertThatThrownBy(() -> AccessFilter.presentedKey(bad[0], bad[1]))
                    .isInstanceOfSatisfying(
                            RequestRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(RequestRefusedException.Reason.UNAUTHENTICATED))
                    .hasMessageNotContaining("k1")
                    .hasMessageNotContaining("dXNlcjpwYXNz");
        }
        assertThat(Set.of(Scope.values())).hasSize(3);
    }
}
