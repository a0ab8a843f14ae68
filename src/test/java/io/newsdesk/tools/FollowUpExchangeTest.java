package io.newsdesk.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FollowUpExchangeTest {

    @Test
    void should_hold_at_least_forty_well_formed_exchanges_of_every_kind_when_the_file_is_read() throws Exception {
        // when
        List<FollowUpExchange> exchanges = FollowUpExchange.read(exchangesFile());

        // then
        assertThat(exchanges).hasSizeGreaterThanOrEqualTo(40);
        assertThat(exchanges).extracting(FollowUpExchange::id).doesNotHaveDuplicates();
        Map<String, Long> perKind =
                exchanges.stream().collect(Collectors.groupingBy(FollowUpExchange::kind, Collectors.counting()));
        assertThat(perKind.keySet()).containsExactlyInAnyOrderElementsOf(FollowUpExchange.KINDS);
        assertThat(perKind.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(6));
        assertThat(exchanges).allSatisfy(exchange -> {
            assertThat(LocalDate.parse(exchange.asOf())).isNotNull();
            assertThat(exchange.articleIds()).allSatisfy(id -> assertThat(id).matches("rtqa-(art|psg)-\\S+|seed-\\d+"));
            assertThat(exchange.followUp()).isNotEqualTo(exchange.first());
            assertThat(exchange.firstAnswerTerms()).isNotEmpty();
        });
    }

    @Test
    void should_judge_a_rewrite_right_when_it_holds_every_expected_term_and_no_forbidden_one() {
        // given
        FollowUpExchange exchange =
                exchange("person-pronoun", List.of("Avalanche", "cup*|title"), List.of("Lightning"));

        // then
        assertThat(exchange.rewriteRight("How many Stanley Cups have the Colorado avalanche won?"))
                .isTrue();
        assertThat(exchange.rewriteRight("Tampa Bay Lightning. How many Stanley Cups have the Avalanche won?"))
                .isFalse();
        assertThat(exchange.rewriteRight("How many have the Avalanche won?")).isFalse();
        assertThat(exchange.rewriteRight(null)).isFalse();
    }

    @Test
    void should_match_whole_words_when_a_term_has_no_star_and_word_starts_when_it_has_one() {
        // given
        FollowUpExchange exchange = exchange("why", List.of("Russia*", "veto*"), List.of("they do it", "is he"));

        // then
        assertThat(exchange.rewriteRight("Why did the Russian Federation veto the resolution?"))
                .isTrue();
        assertThat(exchange.rewriteRight("Russian Federation vetoed the resolution. Why did they do it?"))
                .isFalse();
        assertThat(exchange.rewriteRight("Why did Russia, this heavy hitter, veto it?"))
                .isTrue();
        assertThat(exchange.rewriteRight("Why did Prussia veto it?")).isFalse();
    }

    @Test
    void should_judge_the_first_answer_right_when_it_holds_the_first_answer_terms() {
        // given
        FollowUpExchange exchange = exchange("organisation-pronoun", List.of("Avalanche"), List.of());

        // then
        assertThat(exchange.firstAnswerRight("the Tampa Bay Lightning")).isTrue();
        assertThat(exchange.firstAnswerRight("Colorado")).isFalse();
    }

    @Test
    void should_judge_a_clear_question_right_only_when_it_was_not_rewritten() {
        // given
        FollowUpExchange exchange = exchange("clear", List.of(), List.of());

        // then
        assertThat(exchange.rewriteRight(null)).isTrue();
        assertThat(exchange.rewriteRight("Anything at all?")).isFalse();
    }

    @Test
    void should_refuse_an_exchange_when_its_kind_is_unknown() {
        assertThatThrownBy(() -> exchange("pronoun", List.of("x"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown kind");
    }

    private static FollowUpExchange exchange(String kind, List<String> expected, List<String> forbidden) {
        return new FollowUpExchange(
                "fu-x",
                List.of("rtqa-art-x"),
                "2022-06-26",
                "First?",
                "Then?",
                kind,
                expected,
                forbidden,
                List.of("Lightning"));
    }

    private static Path exchangesFile() throws URISyntaxException {
        return Path.of(FollowUpExchangeTest.class
                .getResource("/followups/exchanges.jsonl")
                .toURI());
    }
}
