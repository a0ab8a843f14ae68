package io.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SlackRepositoryTest {

    @Inject
    SlackRepository repository;

    @Test
    void should_let_exactly_one_of_many_concurrent_claims_win_like_two_instances_on_one_database() throws Exception {
        // given
        String deliveryId = "Ev" + UUID.randomUUID();
        int claimants = 8;
        ExecutorService pool = Executors.newFixedThreadPool(claimants);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();

        // when
        try {
            for (int i = 0; i < claimants; i++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return repository.claim(deliveryId, Instant.now());
                }));
            }
            start.countDown();

            // then
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
            assertThat(repository.claim(deliveryId, Instant.now())).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_give_back_a_released_claim_and_purge_old_ones() {
        // given
        String deliveryId = "Ev" + UUID.randomUUID();
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        repository.claim(deliveryId, longAgo);

        // when
        repository.release(deliveryId);

        // then
        assertThat(repository.claim(deliveryId, longAgo)).isTrue();
        assertThat(repository.purge(Instant.parse("2002-01-01T00:00:00Z"), longAgo))
                .isGreaterThanOrEqualTo(1);
        assertThat(repository.claim(deliveryId, Instant.now())).isTrue();
    }

    @Test
    void should_read_a_conversations_answers_newest_first_within_its_window_and_each_answer_by_id() {
        // given
        String thread = UUID.randomUUID().toString();
        Instant now = Instant.parse("2026-01-10T12:00:00Z");
        StoredSlackAnswer old = answer(thread, "who vetoed it?", now.minusSeconds(3600));
        StoredSlackAnswer latest = answer(thread, "when?", now.minusSeconds(60));
        StoredSlackAnswer elsewhere = answer(null, "who vetoed it?", now);
        List.of(old, latest, elsewhere).forEach(repository::saveAnswer);

        // when
        List<StoredSlackAnswer> turns = repository.conversation("T1", "C1", thread, now.minusSeconds(7200), 10);

        // then
        assertThat(turns).extracting(StoredSlackAnswer::id).containsExactly(latest.id(), old.id());
        assertThat(repository.conversation("T1", "C1", thread, now.minusSeconds(600), 10))
                .extracting(StoredSlackAnswer::id)
                .containsExactly(latest.id());
        assertThat(repository.findAnswer(elsewhere.id())).contains(elsewhere);
        assertThat(repository.findAnswer(UUID.randomUUID())).isEmpty();
    }

    private static StoredSlackAnswer answer(String conversation, String question, Instant at) {
        return new StoredSlackAnswer(
                UUID.randomUUID(),
                "T1",
                "C1",
                conversation,
                question,
                question,
                "{\"status\": \"not_found\"}",
                "extractive",
                LocalDate.of(2017, 4, 21),
                at);
    }
}
