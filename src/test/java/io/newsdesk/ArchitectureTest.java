package io.newsdesk;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Holds the dependency rule: api | chat | slack -> answer -> retrieval -> store, ingest -> store,
 * and embedding is shared by ingest and retrieval. Nothing depends on the adapters. The access door
 * (keys, rate limits, admission) sits in front of every resource and is known only to api's problem
 * mapper. telemetry (metrics, request ids) serves the adapters; the core does not know it.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.newsdesk");

    @Test
    void should_have_no_cycles_between_capabilities() {
        slices().matching("io.newsdesk.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void should_keep_adapters_independent_of_each_other() {
        noClasses().that().resideInAnyPackage("io.newsdesk.api..", "io.newsdesk.chat..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.slack..").check(CLASSES);
        noClasses().that().resideInAnyPackage("io.newsdesk.api..", "io.newsdesk.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.chat..").check(CLASSES);
        noClasses().that().resideOutsideOfPackage("io.newsdesk.api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.api..").check(CLASSES);
    }

    @Test
    void should_keep_the_core_free_of_adapters() {
        noClasses().that().resideInAnyPackage("io.newsdesk.answer..", "io.newsdesk.retrieval..",
                "io.newsdesk.store..", "io.newsdesk.ingest..", "io.newsdesk.embedding..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("io.newsdesk.api..", "io.newsdesk.chat..", "io.newsdesk.slack..")
                .check(CLASSES);
    }

    @Test
    void should_keep_the_access_door_at_the_edge() {
        noClasses().that().resideInAnyPackage("io.newsdesk.answer..", "io.newsdesk.retrieval..",
                "io.newsdesk.store..", "io.newsdesk.ingest..", "io.newsdesk.embedding..", "io.newsdesk.chat..",
                "io.newsdesk.slack..", "io.newsdesk.widget..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.access..").check(CLASSES);
        noClasses().that().resideInAnyPackage("io.newsdesk.access..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.api..", "io.newsdesk.chat..",
                        "io.newsdesk.slack..", "io.newsdesk.answer..", "io.newsdesk.ingest..", "io.newsdesk.store..")
                .check(CLASSES);
    }

    @Test
    void should_keep_the_core_free_of_telemetry() {
        noClasses().that().resideInAnyPackage("io.newsdesk.answer..", "io.newsdesk.retrieval..",
                "io.newsdesk.store..", "io.newsdesk.ingest..", "io.newsdesk.embedding..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.telemetry..").check(CLASSES);
        noClasses().that().resideInAnyPackage("io.newsdesk.telemetry..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("io.newsdesk.api..", "io.newsdesk.chat..", "io.newsdesk.slack..")
                .check(CLASSES);
    }

    @Test
    void should_reach_the_database_only_through_store() {
        noClasses().that().resideInAnyPackage("io.newsdesk.answer..", "io.newsdesk.retrieval..",
                "io.newsdesk.ingest..", "io.newsdesk.api..", "io.newsdesk.embedding..", "io.newsdesk.chat..",
                "io.newsdesk.slack..", "io.newsdesk.telemetry..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "com.pgvector..")
                .check(CLASSES);
    }

    @Test
    void should_keep_store_and_embedding_at_the_bottom() {
        noClasses().that().resideInAnyPackage("io.newsdesk.store..", "io.newsdesk.embedding..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.ingest..", "io.newsdesk.retrieval..",
                        "io.newsdesk.answer..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("io.newsdesk.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.retrieval..", "io.newsdesk.answer..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("io.newsdesk.retrieval..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.answer..", "io.newsdesk.ingest..")
                .check(CLASSES);
    }
}
