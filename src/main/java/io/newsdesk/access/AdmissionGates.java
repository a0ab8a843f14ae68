package io.newsdesk.access;

import jakarta.inject.Singleton;

/** The two gates: answering questions and ingesting articles, sized by {@code newsdesk.limits.*}. */
@Singleton
class AdmissionGates {

    private final AdmissionGate answering;
    private final AdmissionGate ingesting;

    AdmissionGates(LimitsConfig config) {
        answering = new AdmissionGate("answering", config.answerConcurrency(), config.answerQueue(),
                config.queueTimeout());
        ingesting = new AdmissionGate("ingesting", config.ingestConcurrency(), config.ingestQueue(),
                config.queueTimeout());
    }

    AdmissionGate of(Route.Gate gate) {
        return gate == Route.Gate.ANSWER ? answering : ingesting;
    }
}
