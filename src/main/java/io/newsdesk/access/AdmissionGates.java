package io.newsdesk.access;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/** The two gates: answering questions and ingesting articles, sized by {@code newsdesk.limits.*}. */
@Singleton
class AdmissionGates {

    private final AdmissionGate answering;
    private final AdmissionGate ingesting;

    AdmissionGates(LimitsConfig config, Clock clock) {
        answering = new AdmissionGate(
                "answering", config.answerConcurrency(), config.answerQueue(), config.queueTimeout(), clock);
        ingesting = new AdmissionGate(
                "ingesting", config.ingestConcurrency(), config.ingestQueue(), config.queueTimeout(), clock);
    }

    /** Both gates, for health and metrics. */
    List<AdmissionGate> all() {
        return List.of(answering, ingesting);
    }

    AdmissionGate of(Route.Gate gate) {
        return gate == Route.Gate.ANSWER ? answering : ingesting;
    }
}
