package io.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class TransactionRunnerTest {

    @Inject
    TransactionRunner runner;

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "08003", "28P01", "3D000", "53300", "57P01", "57P03", "40001", "40P01"})
    void should_call_the_database_unavailable_when_no_session_can_be_had(String sqlState) {
        // when
        RuntimeException translated = TransactionRunner.translated(new SQLException("refused", sqlState));

        // then
        assertThat(translated).isInstanceOf(StoreUnavailableException.class).hasCauseInstanceOf(SQLException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"22021", "22P05", "23505", "42601", "22000"})
    void should_not_call_it_an_outage_when_the_database_refuses_the_work(String sqlState) {
        // when
        RuntimeException translated = TransactionRunner.translated(new SQLException("refused", sqlState));

        // then
        assertThat(translated).isInstanceOf(StoreFailureException.class);
    }

    @Test
    void should_call_the_database_unavailable_when_the_pool_gives_no_connection_in_time() {
        // given: Agroal's own failures carry no SQLSTATE
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");

        // when / then
        assertThat(TransactionRunner.translated(timeout)).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void should_describe_a_failed_batch_by_its_cause_not_by_its_statement() {
        // given: how pgjdbc reports a batch insert that failed, its parameters spelled out
        BatchUpdateException batch = new BatchUpdateException(
                "Batch entry 0 INSERT INTO sentences (text, embedding)"
                        + " VALUES ('One.', '[0.1,0.2]') was aborted: An I/O error occurred while sending to the backend.",
                "08006",
                new int[0]);
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        // when
        RuntimeException translated = TransactionRunner.translated(batch);

        // then
        assertThat(translated)
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessage(
                        "database unavailable (SQLSTATE 08006): An I/O error occurred while sending to the backend.");
    }

    @Test
    void should_report_the_failure_that_broke_the_connection_when_the_rollback_fails_too() {
        // given: work whose session is ended under it, as a server crash or shutdown ends it
        TransactionRunner.SqlWork<Void> work = connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_terminate_backend(pg_backend_pid())");
            }
            return null;
        };

        // when
        Throwable thrown = catchThrowable(() -> runner.inTransaction(work));

        // then: the session's end (57P01) is reported, not the rollback on the closed connection (08003)
        assertThat(thrown).isInstanceOf(StoreUnavailableException.class).hasMessageContaining("SQLSTATE 57P01");
        assertThat(thrown.getCause().getSuppressed()).isNotEmpty();
    }
}
