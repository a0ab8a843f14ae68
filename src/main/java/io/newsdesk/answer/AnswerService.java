package io.newsdesk.answer;

import io.micrometer.core.annotation.Timed;
import io.newsdesk.answer.citation.CitationBuilder;
import io.newsdesk.answer.confidence.Confidence;
import io.newsdesk.answer.confidence.ConfidenceFeatures;
import io.newsdesk.answer.question.AnswerType;
import io.newsdesk.answer.question.QuestionAnalysis;
import io.newsdesk.answer.question.QuestionAnalyzer;
import io.newsdesk.answer.reader.AnswerCandidate;
import io.newsdesk.answer.reader.AnswerExtractor;
import io.newsdesk.answer.reader.CandidateFeatures;
import io.newsdesk.answer.reader.EvidenceSentence;
import io.newsdesk.answer.reader.EvidenceSentences;
import io.newsdesk.retrieval.AnswerShape;
import io.newsdesk.retrieval.RankedSentence;
import io.newsdesk.retrieval.Recency;
import io.newsdesk.retrieval.Retrieval;
import io.newsdesk.retrieval.RetrievalQuery;
import io.newsdesk.retrieval.SentenceRetriever;
import io.newsdesk.retrieval.TimeCues;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Answers a question from the archive without an LLM, one stage after the other: analyse the
 * question ({@code answer.question}), retrieve sentences ({@code retrieval}), read the candidate
 * answers ({@code answer.reader}), weigh the evidence ({@code answer.confidence}), then abstain or
 * cite ({@code answer.citation}).
 */
@ApplicationScoped
public class AnswerService {

    private final QuestionAnalyzer analyzer;
    private final SentenceRetriever retriever;
    private final AnswerExtractor extractor;
    private final CitationBuilder citations;
    private final Confidence scores;
    private final AnswerConfig config;
    private final Clock clock;

    AnswerService(
            QuestionAnalyzer analyzer,
            SentenceRetriever retriever,
            AnswerExtractor extractor,
            CitationBuilder citations,
            Confidence scores,
            AnswerConfig config,
            Clock clock) {
        this.analyzer = analyzer;
        this.retriever = retriever;
        this.extractor = extractor;
        this.citations = citations;
        this.scores = scores;
        this.config = config;
        this.clock = clock;
    }

    /** The answer, with at most {@code question.maxCitations()} citations, best first. */
    public Answer answer(Question question) {
        return answerFrom(retrieve(question));
    }

    /** First step: validates the question, analyses it and retrieves the sentences to read. */
    public Evidence retrieve(Question question) {
        String text = validated(question);
        QuestionAnalysis analysis = analyzer.analyze(text);
        Retrieval retrieval = retriever.retrieve(
                query(text, analysis, question, Math.max(config.sentencesToRead(), config.sentencesToWeigh())));
        List<RankedSentence> retrieved = retrieval.sentences();
        List<RankedSentence> read = retrieved.subList(0, Math.min(config.sentencesToRead(), retrieved.size()));
        return new Evidence(
                question,
                analysis,
                read,
                retrieved.subList(read.size(), retrieved.size()),
                citations.related(read, read.size()),
                retrieval.recency());
    }

    /** Second step: reads candidate answers from the evidence, scores them, then abstains or cites. */
    @Timed(value = "newsdesk.answer.extraction", description = "Time to extract, score and cite the short answer")
    public Answer answerFrom(Evidence evidence) {
        List<AnswerCandidate> candidates = candidates(evidence);
        ConfidenceFeatures features = features(evidence, candidates);
        double confidence = scores.confidence(features);
        double evidenceScore = scores.evidence(features);
        if (abstains(evidence, evidenceScore, confidence)) {
            return notFound(evidence, confidence);
        }
        return answered(evidence, candidates, confidence);
    }

    /** Too little evidence, or too little confidence, for the question's floors (or the configured ones). */
    private boolean abstains(Evidence evidence, double evidenceScore, double confidence) {
        Question question = evidence.question();
        double evidenceFloor = floor(question.minEvidence(), config.abstention().evidenceFloor());
        double confidenceFloor =
                floor(question.minConfidence(), config.abstention().confidenceFloor());
        return evidence.ranked().isEmpty() || evidenceScore < evidenceFloor || confidence < confidenceFloor;
    }

    private Answer notFound(Evidence evidence, double confidence) {
        return new Answer(
                Answer.Status.not_found,
                Answer.NOT_FOUND_MESSAGE,
                confidence,
                List.of(),
                citations.related(
                        RelatedSentences.onSubject(evidence.analysis(), evidence.ranked()), config.relatedSentences()),
                "extractive");
    }

    private Answer answered(Evidence evidence, List<AnswerCandidate> candidates, double confidence) {
        Question question = evidence.question();
        List<RankedSentence> ranked = evidence.ranked();
        int maxCitations = question.maxCitations() > 0 ? question.maxCitations() : config.defaultCitations();
        AnswerCandidate best = candidates.isEmpty() ? null : candidates.get(0);
        String shortAnswer = best == null ? ranked.get(0).sentence().text() : best.text();
        return new Answer(
                Answer.Status.answered,
                shortAnswer,
                confidence,
                citations.cite(ranked, candidates, maxCitations),
                List.of(),
                "extractive");
    }

    private static double floor(Double requested, double configured) {
        return requested == null ? configured : requested;
    }

    /** The evidence features behind the confidence of an answer (for diagnostics and calibration). */
    public ConfidenceFeatures features(Question question) {
        Evidence evidence = retrieve(question);
        return features(evidence, candidates(evidence));
    }

    private ConfidenceFeatures features(Evidence evidence, List<AnswerCandidate> candidates) {
        return ConfidenceFeatures.of(evidence.analysis(), evidence.weighed(), candidates, evidence.recency());
    }

    /** Every candidate sentence retrieval found, best first, with its ranking features (diagnostics and ranker training). */
    public RankingDiagnostics ranking(Question question) {
        String text = validated(question);
        QuestionAnalysis analysis = analyzer.analyze(text);
        List<RankedSentence> candidates = retriever.candidates(query(text, analysis, question, 1));
        return new RankingDiagnostics(
                retriever.featureNames(),
                candidates.stream()
                        .map(c -> new RankingDiagnostics.Candidate(
                                c.sentence().sentenceId(),
                                c.sentence().articleId(),
                                c.sentence().text(),
                                c.score(),
                                c.features()))
                        .toList());
    }

    /** The reader's candidate answers with their features (diagnostics and reader training). */
    public ReaderDiagnostics reading(Question question) {
        Evidence evidence = retrieve(question);
        List<EvidenceSentence> sentences = EvidenceSentences.of(evidence.ranked());
        List<AnswerExtractor.Featured> featured =
                evidence.ranked().isEmpty() ? List.of() : extractor.extractWithFeatures(evidence.analysis(), sentences);
        return new ReaderDiagnostics(
                CandidateFeatures.NAMES,
                featured.stream()
                        .map(f -> new ReaderDiagnostics.Candidate(
                                f.candidate().text(),
                                sentences.get(f.candidate().sentenceIndex()).text(),
                                f.candidate().score(),
                                f.features()))
                        .toList());
    }

    /** The query, asked as of the question's day or, when it does not say, today on the service's clock. */
    private RetrievalQuery query(String text, QuestionAnalysis analysis, Question question, int limit) {
        LocalDate asOf = question.asOf() == null ? LocalDate.now(clock) : question.asOf();
        TimeCues cues = TimeCues.of(text, asOf);
        return new RetrievalQuery(
                text,
                analysis.focusTerms(),
                shape(analysis.expectedType()),
                question.filter(),
                limit,
                Recency.of(asOf, config.recentDays(), cues.named()),
                cues);
    }

    private static AnswerShape shape(AnswerType type) {
        return switch (type) {
            case PERSON, ORGANIZATION, LOCATION, NAME -> AnswerShape.NAME;
            case NUMBER, MONEY, PERCENT, DURATION -> AnswerShape.NUMBER;
            case DATE -> AnswerShape.DATE;
            case DESCRIPTION -> AnswerShape.ANY;
        };
    }

    private List<AnswerCandidate> candidates(Evidence evidence) {
        return evidence.ranked().isEmpty()
                ? List.of()
                : extractor.extract(evidence.analysis(), EvidenceSentences.of(evidence.ranked()));
    }

    private String validated(Question question) {
        String text = question.text().strip();
        if (text.isEmpty()) {
            throw new InvalidQuestionException(
                    "question", "question is empty: ask something, e.g. \"Who vetoed the" + " UN resolution?\"");
        }
        if (text.length() > config.maxQuestionLength()) {
            throw new InvalidQuestionException(
                    "question",
                    "question is " + text.length() + " characters; at most " + config.maxQuestionLength()
                            + " are allowed");
        }
        if (question.maxCitations() < 0 || question.maxCitations() > 10) {
            throw new InvalidQuestionException("max_citations", "max_citations must be between 1 and 10");
        }
        checkFloor("min_confidence", question.minConfidence());
        checkFloor("min_evidence", question.minEvidence());
        return text;
    }

    private static void checkFloor(String field, Double floor) {
        if (floor != null && (floor.isNaN() || floor < 0 || floor > 1)) {
            throw new InvalidQuestionException(field, field + " must be between 0 and 1");
        }
    }
}
