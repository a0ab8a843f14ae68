package io.newsdesk.answer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.newsdesk.answer.citation.Citation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The answer to a question: a short answer with citations, or an honest not-found with related
 * sentences. Two fields are derived for clients: {@code confidence_band}, the confidence in words,
 * and {@code notice}, set when the model of LLM mode did not answer and the extractive answer stands in.
 */
@JsonIgnoreProperties(
        value = {"confidence_band", "notice"},
        allowGetters = true)
public record Answer(
        Status status,
        String answer,
        double confidence,
        List<Citation> citations,
        List<Citation> related,
        String mode) {

    /** Whether the archive supports an answer. */
    public enum Status {
        answered,
        not_found
    }

    /**
     * The confidence in words, from the calibrated bands of docs/quality.md: of the answers at 0.6
     * or more, about 70-95% are right; from 0.35, about half; below, fewer.
     */
    public enum Band {
        likely,
        uncertain,
        weak;

        static Band of(double confidence) {
            if (confidence >= 0.6) {
                return likely;
            }
            return confidence >= 0.35 ? uncertain : weak;
        }
    }

    /** The mode of an extractive answer given in LLM mode because the model did not answer. */
    public static final String FALLBACK_MODE = "extractive_fallback";

    /** The notice of such an answer: the fuller (model-written) answer is unavailable. */
    public static final String LLM_UNAVAILABLE = "llm_unavailable";

    /** The plain sentence returned when nothing in the archive supports an answer. */
    public static final String NOT_FOUND_MESSAGE = "Nothing in the archive supports an answer to this question.";

    private static final Pattern MARKER = Pattern.compile("\\s*\\[\\d+]");

    /** An answer's text without its citation markers ({@code [1]}), as a plain short answer. */
    public static String withoutMarkers(String text) {
        return MARKER.matcher(text).replaceAll("");
    }

    public Answer {
        citations = List.copyOf(citations);
        related = List.copyOf(related);
    }

    /** The confidence in words; null when nothing was answered. */
    @JsonProperty("confidence_band")
    public Band confidenceBand() {
        return status == Status.answered ? Band.of(confidence) : null;
    }

    /** {@link #LLM_UNAVAILABLE} when the model did not answer in LLM mode, else null. */
    @JsonProperty("notice")
    public String notice() {
        return FALLBACK_MODE.equals(mode) ? LLM_UNAVAILABLE : null;
    }
}
