package io.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
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
    void should_keep_the_latest_turn_of_a_thread() {
        // given
        String thread = UUID.randomUUID().toString();
        repository.saveTurn(
                "T1",
                "C1",
                thread,
                new SlackThreadTurn("who vetoed it?", "Russia", "Russia vetoed it."),
                Instant.now());

        // when
        repository.saveTurn("T1", "C1", thread, new SlackThreadTurn("when?", null, null), Instant.now());

        // then
        assertThat(repository.lastTurn("T1", "C1", thread)).contains(new SlackThreadTurn("when?", null, null));
        assertThat(repository.lastTurn("T1", "C2", thread)).isEmpty();
    }
}
