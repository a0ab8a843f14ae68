package io.newsdesk.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.followup.PreviousTurn;
import io.newsdesk.store.SlackRepository;
import io.newsdesk.store.StoredSlackAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The answers the bot posted, stored as served (the JSON of /api/v1/ask) so that the buttons under them can share
 * and rate them, and so that the earlier answers of a conversation serve its follow-ups: a follow-up leans on the
 * conversation's latest answered turn within {@code newsdesk.slack.thread-retention}.
 */
@ApplicationScoped
class SlackAnswers {

    /** How many earlier turns of a conversation are read to find the one a follow-up leans on. */
    private static final int TURNS_READ = 10;

    private final SlackRepository repository;
    private final ObjectMapper mapper;
    private final SlackConfig config;
    private final Clock clock;

    SlackAnswers(SlackRepository repository, ObjectMapper mapper, SlackConfig config, Clock clock) {
        this.repository = repository;
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    /** Where an answer was given: {@code conversation} is as {@link StoredSlackAnswer#conversation()} says. */
    record Place(String teamId, String channelId, String conversation) {}

    /** A stored answer with its answer read back. */
    record Posted(StoredSlackAnswer stored, Answer answer) {}

    /** Stores an answer and returns its id, which its buttons carry. */
    String save(Place place, SlackAnswerer.Reply reply, LocalDate asOf) {
        UUID id = UUID.randomUUID();
        try {
            repository.saveAnswer(new StoredSlackAnswer(
                    id,
                    place.teamId(),
                    place.channelId(),
                    place.conversation(),
                    reply.asked(),
                    reply.searched(),
                    mapper.writeValueAsString(reply.answer()),
                    reply.answer().mode(),
                    asOf,
                    clock.instant()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer not serialisable", e);
        }
        return id.toString();
    }

    /** The answer a button points at; empty when the id is not one, or the answer is gone. */
    Optional<Posted> find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id == null ? "" : id.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return repository.findAnswer(uuid).map(stored -> new Posted(stored, read(stored.answerJson())));
    }

    /** What a follow-up in this conversation leans on: its latest answered turn, else its latest turn. */
    Optional<PreviousTurn> previous(Place place) {
        List<StoredSlackAnswer> turns = repository.conversation(
                place.teamId(),
                place.channelId(),
                place.conversation(),
                clock.instant().minus(config.threadRetention()),
                TURNS_READ);
        return turns.stream()
                .filter(turn -> read(turn.answerJson()).status() == Answer.Status.answered)
                .findFirst()
                .or(() -> turns.stream().findFirst())
                .map(this::turn);
    }

    private PreviousTurn turn(StoredSlackAnswer stored) {
        Answer answer = read(stored.answerJson());
        if (answer.status() != Answer.Status.answered) {
            return new PreviousTurn(stored.searchedQuestion(), null, null);
        }
        String evidence =
                answer.citations().isEmpty() ? null : answer.citations().get(0).text();
        return new PreviousTurn(stored.searchedQuestion(), Answer.withoutMarkers(answer.answer()), evidence);
    }

    private Answer read(String json) {
        try {
            return mapper.readValue(json, Answer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored Slack answer not readable", e);
        }
    }
}
