package io.newsdesk.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.testing.ArchiveFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TermStatisticsTest {

    @Inject
    TermStatistics statistics;

    @Inject
    SentenceSearchRepository search;

    @Inject
    StoreMaintenance maintenance;

    @Inject
    ArchiveFixture archive;

    @Test
    void should_search_the_rarest_terms_that_fit_the_budget_and_every_term_in_a_small_archive() {
        // given: an invented article of 12 sentences that all name the harbour, one the almond buns
        archive.empty();
        StringBuilder text = new StringBuilder("Bakers by the harbour sold almond buns on Sunday.");
        for (int i = 1; i < 12; i++) {
            text.append(" The harbour ferry number ").append(i).append(" left late again.");
        }
        given().contentType("application/json")
                .body(Map.of("title", "Harbour news", "text", text.toString()))
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
        assertThat(StoreMaintenanceTest.maintainedWithin(maintenance, Duration.ofSeconds(20)))
                .as("the sentences were analysed")
                .isTrue();

        // when
        List<String> tight;
        List<String> roomy;
        try (ReadSession reads = search.question()) {
            tight = statistics.rarest(reads, List.of("harbour", "almond buns", "the"), 5);
            roomy = statistics.rarest(reads, List.of("harbour", "almond buns", "the"), 1_000);
        }

        // then: the harbour is in every sentence and does not fit next to the almond buns; a stop word
        // matches nothing; an archive smaller than the budget searches every term as asked
        assertThat(tight).containsExactly("almond buns");
        assertThat(roomy).containsExactly("harbour", "almond buns", "the");
    }
}
