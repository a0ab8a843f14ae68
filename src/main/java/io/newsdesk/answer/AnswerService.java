package io.newsdesk.answer;

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
        Evidence evidence = gather(question);
        double threshold = question.minConfidence() == null ? config.threshold() : question.minConfidence();
        if (evidence.ranked().isEmpty() || evidence.confidence() < threshold) {
            return new Answer(Answer.Status.not_found, Answer.NOT_FOUND_MESSAGE, evidence.confidence(), List.of(),
                    citations.related(evidence.ranked(), config.relatedSentences()), "extractive");
        }
        int maxCitations = question.maxCitations() > 0 ? question.maxCitations() : config.defaultCitations();
        AnswerCandidate best = evidence.candidates().isEmpty() ? null : evidence.candidates().get(0);
        String shortAnswer = best == null ? evidence.ranked().get(0).sentence().text() : best.text();
        return new Answer(Answer.Status.answered, shortAnswer, evidence.confidence(),
                citations.cite(evidence.ranked(), best, maxCitations), List.of(), "extractive");
    }

    /** The evidence features behind the confidence of an answer (for diagnostics and calibration). */
    public ConfidenceFeatures features(Question question) {
        return gather(question).features();
    }

    private Evidence gather(Question question) {
        String text = validated(question);
        QuestionAnalysis analysis = analyzer.analyze(text);
        List<RankedSentence> ranked = retriever.retrieve(
                new RetrievalQuery(text, analysis.focusTerms(), question.filter(), config.sentencesToRead()));
        List<AnswerCandidate> candidates = ranked.isEmpty() ? List.of()
                : extractor.extract(analysis, EvidenceSentences.of(ranked));
        ConfidenceFeatures features = ConfidenceFeatures.of(analysis, ranked, candidates);
        return new Evidence(ranked, candidates, features, Confidence.of(config.calibration(), features));
    }

    /** What was found for a question, before deciding to answer. */
    private record Evidence(List<RankedSentence> ranked, List<AnswerCandidate> candidates,
            ConfidenceFeatures features, double confidence) {
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
