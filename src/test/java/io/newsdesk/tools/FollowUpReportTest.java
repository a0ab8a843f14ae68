package io.newsdesk.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpReportTest {

    @Test
    void should_count_each_kind_and_keep_every_exchange_when_the_report_is_written() {
        // given
        FollowUpReport report = new FollowUpReport(
                List.of(
                        row("fu-1", "why", "Why did Russia veto it?", true, true),
                        row("fu-2", "why", null, false, true),
                        row("fu-3", "clear", null, true, false)),
                10.0,
                2.0);

        // when
        String markdown = report.markdown();
        ObjectNode json = report.json();

        // then
        assertThat(markdown)
                .contains("| all | 3 | 2/3 (66.7%) | 2/3 (66.7%) | 1/3 (33.3%) |")
                .contains("| why | 2 | 1/2 (50.0%) |")
                .contains("| fu-2 | why |");
        assertThat(json.path("groups").path("why").path("rewrite_right").asInt())
                .isEqualTo(1);
        assertThat(json.path("rows")
                        .get(0)
                        .path("follow_up")
                        .path("rewritten_question")
                        .asText())
                .isEqualTo("Why did Russia veto it?");
        assertThat(json.path("rows")
                        .get(1)
                        .path("follow_up")
                        .path("rewritten_question")
                        .isNull())
                .isTrue();
    }

    private static FollowUpReport.Row row(
            String id, String kind, String rewritten, boolean rewriteRight, boolean citationHit) {
        FollowUpExchange exchange = new FollowUpExchange(
                id,
                List.of("seed-001"),
                "2017-04-21",
                "Who vetoed the resolution?",
                "Why did they do it?",
                kind,
                List.of("Russia*"),
                List.of(),
                List.of("Russia*"));
        return new FollowUpReport.Row(
                exchange,
                "answered: Russian Federation",
                true,
                "seed-001",
                rewritten,
                "answered",
                "an ally",
                citationHit ? "seed-001" : "rtqa-art-x",
                rewriteRight,
                citationHit,
                12.0);
    }
}
