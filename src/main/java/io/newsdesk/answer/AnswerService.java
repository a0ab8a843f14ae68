package io.newsdesk.answer;

import io.micrometer.core.annotation.Timed;
import io.newsdesk.retrieval.RankedSentence;
import io.newsdesk.retrieval.RetrievalQuery;
import io.newsdesk.retrieval.SentenceRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Answers a question from the archive without an LLM: analyse the question, retrieve sentences,
 * extract the short answer, decide whether the evidence is strong enough, and cite.
 */
@ApplicationScoped
public class AnswerService {

    private final QuestionAnalyzer analyzer;
    private final SentenceRetriever retriever;
    private final AnswerExtractor extractor;
    private final CitationBuilder citations;
    private final AnswerConfig config;

    AnswerService(QuestionAnalyzer analyzer, SentenceRetriever retriever, AnswerExtractor extractor,
            CitationBuilder citations, AnswerConfig config) {
        this.analyzer = analyzer;
        this.retriever = retriever;
        this.extractor = extractor;
        this.citations = citations;
        this.config = config;
    }

    /** The answer, with at most {@code question.maxCitations()} citations, best first. */
    public Answer answer(Question question) {
        return answerFrom(retrieve(question));
    }

    /** First step: validates the question, analyses it and retrieves the sentences to read. */
    public Evidence retrieve(Question question) {
        String text = validated(question);
        QuestionAnalysis analysis = analyzer.analyze(text);
        List<RankedSentence> ranked = retriever.retrieve(
                new RetrievalQuery(text, analysis.focusTerms(), question.filter(), config.sentencesToRead()));
        return new Evidence(question, analysis, ranked, citations.related(ranked, ranked.size()));
    }

    /** Second step: extracts the short answer from the evidence, or abstains. */
    @Timed(value = "newsdesk.answer.extraction", description = "Time to extract, score and cite the short answer")
    public Answer answerFrom(Evidence evidence) {
        Question question = evidence.question();
        List<RankedSentence> ranked = evidence.ranked();
        List<AnswerCandidate> candidates = candidates(evidence);
        double confidence = Confidence.of(config.calibration(), ConfidenceFeatures.of(evidence.analysis(), ranked,
                candidates));
        double threshold = question.minConfidence() == null ? config.threshold() : question.minConfidence();
        if (ranked.isEmpty() || confidence < threshold) {
            return new Answer(Answer.Status.not_found, Answer.NOT_FOUND_MESSAGE, confidence, List.of(),
                    citations.related(ranked, config.relatedSentences()), "extractive");
        }
        int maxCitations = question.maxCitations() > 0 ? question.maxCitations() : config.defaultCitations();
        AnswerCandidate best = candidates.isEmpty() ? null : candidates.get(0);
        String shortAnswer = best == null ? ranked.get(0).sentence().text() : best.text();
        return new Answer(Answer.Status.answered, shortAnswer, confidence,
                citations.cite(ranked, best, maxCitations), List.of(), "extractive");
    }

    /** The evidence features behind the confidence of an answer (for diagnostics and calibration). */
    public ConfidenceFeatures features(Question question) {
        Evidence evidence = retrieve(question);
        return ConfidenceFeatures.of(evidence.analysis(), evidence.ranked(), candidates(evidence));
    }

    private List<AnswerCandidate> candidates(Evidence evidence) {
        return evidence.ranked().isEmpty() ? List.of()
                : extractor.extract(evidence.analysis(), EvidenceSentences.of(evidence.ranked()));
    }

    private String validated(Question question) {
        String text = question.text().strip();
        if (text.isEmpty()) {
            throw new InvalidQuestionException("question", "question is empty: ask something, e.g. \"Who vetoed the"
                    + " UN resolution?\"");
        }
        if (text.length() > config.maxQuestionLength()) {
            throw new InvalidQuestionException("question", "question is " + text.length() + " characters; at most "
                    + config.maxQuestionLength() + " are allowed");
        }
        if (question.maxCitations() < 0 || question.maxCitations() > 10) {
            throw new InvalidQuestionException("max_citations", "max_citations must be between 1 and 10");
        }
        Double floor = question.minConfidence();
        if (floor != null && (floor.isNaN() || floor < 0 || floor > 1)) {
            throw new InvalidQuestionException("min_confidence", "min_confidence must be between 0 and 1");
        }
        return text;
    }
}
