package io.newsdesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.answer.Answer;
import io.newsdesk.feedback.Feedback;
import io.newsdesk.store.FeedbackExample;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Answers readers marked helpful, as an evaluation set's {@code questions.jsonl} (admin keys only):
 * a newsroom grows its own test set from use and runs the evaluation on it.
 */
@Path("/api/v1/admin/feedback/questions.jsonl")
@Tag(name = "Administration", description = "Operating the archive (admin keys only)")
public class FeedbackExportResource {

    static final String NDJSON = "application/x-ndjson";

    private final Feedback feedback;
    private final ObjectMapper mapper;

    FeedbackExportResource(Feedback feedback, ObjectMapper mapper) {
        this.feedback = feedback;
        this.mapper = mapper;
    }

    /**
     * One line per answer marked helpful, oldest first: the question searched, the short answer as
     * the gold answer, the first cited article as the gold article (its external id when it has one)
     * and its sentence as evidence, the day asked as the question's date.
     */
    @GET
    @Produces(NDJSON)
    @Operation(
            summary = "Export helpful answers as evaluation questions",
            description = "The format of the evaluation set's questions.jsonl (id, question, answers, article_ids,"
                    + " evidence, question_date, dataset), one JSON object a line.")
    public Response export() {
        StringBuilder lines = new StringBuilder();
        for (FeedbackExample example : feedback.helpfulExamples()) {
            lines.append(line(example)).append('\n');
        }
        return Response.ok(lines.toString(), NDJSON)
                .header("Content-Disposition", "attachment; filename=\"questions.jsonl\"")
                .build();
    }

    private String line(FeedbackExample example) {
        ObjectNode line = mapper.createObjectNode();
        line.put("id", "feedback-" + example.id());
        line.put("question", example.question());
        line.putArray("answers").add(Answer.withoutMarkers(example.answer()).strip());
        line.putArray("article_ids").add(example.articleId());
        line.putArray("evidence").add(example.evidence());
        LocalDate asOf = example.asOf();
        line.put("question_date", asOf == null ? null : asOf.toString());
        line.put("dataset", "newsdesk-feedback");
        try {
            return mapper.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("feedback line not serialisable", e);
        }
    }
}
