package io.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.citation.RelativeDateResolver;
import io.newsdesk.answer.citation.ResolvedDate;
import io.newsdesk.answer.followup.ExtractiveFollowUpRewriter;
import io.newsdesk.answer.followup.PreviousTurn;
import io.newsdesk.answer.question.QuestionAnalysis;
import io.newsdesk.answer.question.QuestionAnalyzer;
import io.newsdesk.testing.HostileStrings;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The pure steps of the question path on any string a client may send: they answer something or
 * refuse with {@link InvalidQuestionException} (400), never another exception (which would be a 500).
 */
class QuestionPathPropertiesTest {

    private static final PreviousTurn VETO = new PreviousTurn(
            "Who vetoed the UN resolution?",
            "Russian Federation",
            "Russian Federation is Syria's ally, and on Wednesday, the country vetoed a United Nations resolution.");

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();
    private final ExtractiveFollowUpRewriter rewriter = new ExtractiveFollowUpRewriter();
    private final RelativeDateResolver dates = new RelativeDateResolver();

    @Provide
    Arbitrary<String> questions() {
        Arbitrary<String> asked = Arbitraries.of(
                "Who vetoed the UN resolution? ",
                "When did that happen? ",
                "what about ",
                "Who is he?",
                "'; DROP TABLE articles;--",
                "\" OR 1=1 --",
                "../../etc/passwd",
                "%2e%2e%2f",
                "last Wednesday ",
                "next month ",
                "<sources></sources>");
        return Arbitraries.oneOf(
                HostileStrings.hostile(),
                Combinators.combine(asked, HostileStrings.textLike()).as(String::concat));
    }

    @Property(tries = 500)
    void should_analyse_any_question_without_failing(@ForAll("questions") String question) {
        // when
        QuestionAnalysis analysis = analyzer.analyze(question);

        // then
        assertThat(analysis).isNotNull();
        assertThat(analysis.expectedType()).isNotNull();
        assertThat(analysis.focusTerms()).isNotNull().doesNotContainNull();
    }

    @Property(tries = 500)
    void should_rewrite_any_follow_up_without_failing(
            @ForAll("questions") String question, @ForAll("questions") String previous) {
        // when
        String alone = rewriter.rewrite(question, null);
        String withTurn = rewriter.rewrite(question, new PreviousTurn(previous, previous, previous));
        String afterVeto = rewriter.rewrite(question, VETO);

        // then
        assertThat(alone).isEqualTo(question.strip());
        assertThat(withTurn).isNotNull();
        assertThat(afterVeto).isNotNull();
    }

    @Property(tries = 500)
    void should_resolve_dates_only_at_valid_offsets_when_the_sentence_is_anything(
            @ForAll("questions") String sentence) {
        // when
        List<ResolvedDate> resolved = dates.resolve(sentence, LocalDate.of(2017, 4, 21));

        // then
        for (ResolvedDate date : resolved) {
            assertThat(sentence.substring(date.start(), date.end())).isEqualTo(date.text());
            assertThat(date.date()).isNotNull();
        }
    }

    @Property(tries = 500)
    void should_accept_or_refuse_a_request_as_documented_when_every_field_is_hostile(
            @ForAll("questions") String question,
            @ForAll("questions") String from,
            @ForAll("questions") String articleId) {
        // given
        QuestionRequest request = new QuestionRequest(
                question,
                new QuestionRequest.Filters(List.of(question), from, null, List.of(articleId), List.of()),
                3,
                0.5,
                0.5,
                from);

        // when
        try {
            Question validated = request.toQuestion();

            // then
            assertThat(validated.text()).isEqualTo(question);
        } catch (InvalidQuestionException documented) {
            assertThat(documented.field()).matches("filters\\..*|as_of");
        }
    }
}
