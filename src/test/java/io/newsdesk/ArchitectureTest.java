package io.newsdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Holds the one dependency rule of newsdesk: each package may depend only on the packages its row
 * names (besides the JDK and libraries), every class is in one of them, there are no cycles, and
 * only {@code store} touches JDBC and pgvector.
 *
 * <p>The table, in Markdown as the README shows it:
 *
 * <pre>
 * | package           | may depend on                                                                              |
 * |-------------------|--------------------------------------------------------------------------------------------|
 * | api               | answer, answer.confidence, ingest, embedding, feedback, store, access, telemetry, util     |
 * | chat              | answer, answer.question, answer.citation, answer.followup, feedback, store, telemetry, util |
 * | slack             | answer, answer.question, answer.citation, answer.followup, feedback, store, telemetry, util |
 * | widget            | (nothing)                                                                                  |
 * | feedback          | store, util                                                                                |
 * | access            | util                                                                                       |
 * | telemetry         | util                                                                                       |
 * | answer            | answer.question, answer.reader, answer.confidence, answer.citation, retrieval, store, util |
 * | answer.llm        | answer, answer.citation, answer.followup, util                                             |
 * | answer.followup   | answer.question, util                                                                      |
 * | answer.question   | util                                                                                       |
 * | answer.reader     | answer.question, retrieval, embedding, store, util                                         |
 * | answer.confidence | answer.question, answer.reader, answer.citation, retrieval, store, util                    |
 * | answer.citation   | answer.reader, retrieval, store, util                                                      |
 * | retrieval         | embedding, store, util                                                                     |
 * | ingest            | embedding, store, util                                                                     |
 * | embedding         | util                                                                                       |
 * | store             | util                                                                                       |
 * | util              | (nothing)                                                                                  |
 * </pre>
 *
 * <p>Nothing depends on the adapters (api, chat, slack, widget), and they do not know each other.
 * chat and slack keep their own state (conversations; Slack deliveries and threads) in store, where
 * all SQL lives; api lists, shows and deletes stored articles and checks the database's readiness.
 */
class ArchitectureTest {

    private static final String BASE = "io.newsdesk.";

    /** What chat and slack, the two conversational adapters, may use. */
    private static final String[] ADAPTER_LAYERS = {
        "answer", "answer.question", "answer.citation", "answer.followup", "feedback", "store", "telemetry", "util"
    };

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.newsdesk");

    @Test
    void should_depend_only_as_the_table_says() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("api")
                .definedBy(BASE + "api..")
                .layer("chat")
                .definedBy(BASE + "chat..")
                .layer("slack")
                .definedBy(BASE + "slack..")
                .layer("widget")
                .definedBy(BASE + "widget..")
                .layer("feedback")
                .definedBy(BASE + "feedback..")
                .layer("access")
                .definedBy(BASE + "access..")
                .layer("telemetry")
                .definedBy(BASE + "telemetry..")
                .layer("answer")
                .definedBy(BASE + "answer")
                .layer("answer.llm")
                .definedBy(BASE + "answer.llm..")
                .layer("answer.followup")
                .definedBy(BASE + "answer.followup..")
                .layer("answer.question")
                .definedBy(BASE + "answer.question..")
                .layer("answer.reader")
                .definedBy(BASE + "answer.reader..")
                .layer("answer.confidence")
                .definedBy(BASE + "answer.confidence..")
                .layer("answer.citation")
                .definedBy(BASE + "answer.citation..")
                .layer("retrieval")
                .definedBy(BASE + "retrieval..")
                .layer("ingest")
                .definedBy(BASE + "ingest..")
                .layer("embedding")
                .definedBy(BASE + "embedding..")
                .layer("store")
                .definedBy(BASE + "store..")
                .layer("util")
                .definedBy(BASE + "util..")
                .whereLayer("api")
                .mayOnlyAccessLayers(
                        "answer",
                        "answer.confidence",
                        "ingest",
                        "embedding",
                        "feedback",
                        "store",
                        "access",
                        "telemetry",
                        "util")
                .whereLayer("chat")
                .mayOnlyAccessLayers(ADAPTER_LAYERS)
                .whereLayer("slack")
                .mayOnlyAccessLayers(ADAPTER_LAYERS)
                .whereLayer("feedback")
                .mayOnlyAccessLayers("store", "util")
                .whereLayer("widget")
                .mayNotAccessAnyLayer()
                .whereLayer("access")
                .mayOnlyAccessLayers("util")
                .whereLayer("telemetry")
                .mayOnlyAccessLayers("util")
                .whereLayer("answer")
                .mayOnlyAccessLayers(
                        "answer.question",
                        "answer.reader",
                        "answer.confidence",
                        "answer.citation",
                        "retrieval",
                        "store",
                        "util")
                .whereLayer("answer.llm")
                .mayOnlyAccessLayers("answer", "answer.citation", "answer.followup", "util")
                .whereLayer("answer.followup")
                .mayOnlyAccessLayers("answer.question", "util")
                .whereLayer("answer.question")
                .mayOnlyAccessLayers("util")
                .whereLayer("answer.reader")
                .mayOnlyAccessLayers("answer.question", "retrieval", "embedding", "store", "util")
                .whereLayer("answer.confidence")
                .mayOnlyAccessLayers(
                        "answer.question", "answer.reader", "answer.citation", "retrieval", "store", "util")
                .whereLayer("answer.citation")
                .mayOnlyAccessLayers("answer.reader", "retrieval", "store", "util")
                .whereLayer("retrieval")
                .mayOnlyAccessLayers("embedding", "store", "util")
                .whereLayer("ingest")
                .mayOnlyAccessLayers("embedding", "store", "util")
                .whereLayer("embedding")
                .mayOnlyAccessLayers("util")
                .whereLayer("store")
                .mayOnlyAccessLayers("util")
                .whereLayer("util")
                .mayNotAccessAnyLayer()
                .check(CLASSES);
    }

    @Test
    void should_have_no_cycles_between_packages_or_answer_stages() {
        slices().matching("io.newsdesk.(*)..").should().beFreeOfCycles().check(CLASSES);
        slices().matching("io.newsdesk.answer.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void should_reach_the_database_only_through_store() {
        noClasses()
                .that()
                .resideOutsideOfPackage(BASE + "store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "com.pgvector..")
                .check(CLASSES);
    }
}
