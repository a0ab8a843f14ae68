package io.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.store.ArchiveChanges;
import io.newsdesk.store.SearchFilter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

    private final ArchiveChanges changes = new ArchiveChanges();
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void should_reuse_the_answer_to_the_same_question_while_the_archive_is_unchanged() {
        AnswerCache cache = new AnswerCache(changes, 100, Duration.ofMinutes(1));
        Question question = new Question("Who vetoed the UN resolution?", SearchFilter.NONE, 3, null);

        Answer first = cache.answer(question, this::compute);
        Answer second =
                cache.answer(new Question("Who vetoed the UN resolution?", SearchFilter.NONE, 3, null), this::compute);

        assertThat(second).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void should_compute_again_after_the_archive_changed() {
        AnswerCache cache = new AnswerCache(changes, 100, Duration.ofMinutes(1));
        Question question = new Question("Who vetoed the UN resolution?", SearchFilter.NONE, 3, null);
        cache.answer(question, this::compute);

        changes.changed();
        cache.answer(question, this::compute);

        assertThat(computed).hasValue(2);
    }

    @Test
    void should_keep_questions_with_other_filters_or_citation_counts_apart() {
        AnswerCache cache = new AnswerCache(changes, 100, Duration.ofMinutes(1));
        SearchFilter since2017 = new SearchFilter(List.of(), LocalDate.of(2017, 1, 1), null, List.of(), List.of());

        cache.answer(new Question("Who vetoed it?", SearchFilter.NONE, 3, null), this::compute);
        cache.answer(new Question("Who vetoed it?", since2017, 3, null), this::compute);
        cache.answer(new Question("Who vetoed it?", SearchFilter.NONE, 1, null), this::compute);
        cache.answer(new Question("Who vetoed it?", SearchFilter.NONE, 3, 0.0), this::compute);

        assertThat(computed).hasValue(4);
    }

    @Test
    void should_not_serve_answers_older_than_the_time_to_live_or_beyond_its_size() {
        AnswerCache expired = new AnswerCache(changes, 100, Duration.ZERO);
        Question question = new Question("Who vetoed it?", SearchFilter.NONE, 3, null);
        expired.answer(question, this::compute);
        expired.answer(question, this::compute);
        assertThat(computed).hasValue(2);

        AnswerCache small = new AnswerCache(changes, 1, Duration.ofMinutes(1));
        small.answer(question, this::compute);
        small.answer(new Question("Who else?", SearchFilter.NONE, 3, null), this::compute);
        small.answer(question, this::compute);
        assertThat(computed).hasValue(5);

        AnswerCache off = new AnswerCache(changes, 0, Duration.ofMinutes(1));
        off.answer(question, this::compute);
        off.answer(question, this::compute);
        assertThat(computed).hasValue(7);
    }

    @Test
    void should_not_keep_an_extractive_answer_that_stood_in_for_the_model() {
        AnswerCache cache = new AnswerCache(changes, 100, Duration.ofMinutes(1));
        Question question = new Question("Who vetoed the UN resolution?", SearchFilter.NONE, 3, null);
        Answer fallback = new Answer(
                Answer.Status.answered, "Russian Federation", 0.9, List.of(), List.of(), Answer.FALLBACK_MODE);

        cache.answer(question, () -> fallback);
        cache.answer(question, this::compute);

        assertThat(computed).hasValue(1);
    }

    private Answer compute() {
        computed.incrementAndGet();
        return new Answer(Answer.Status.not_found, Answer.NOT_FOUND_MESSAGE, 0.0, List.of(), List.of(), "extractive");
    }
}
