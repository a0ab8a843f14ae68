package io.newsdesk.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.followup.PreviousTurn;
import io.newsdesk.store.ConversationRepository;
import io.newsdesk.store.StoredConversation;
import io.newsdesk.store.StoredTurn;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Conversations as stored: started, read, extended by one turn, expired. A conversation idle for
 * {@code newsdesk.chat.idle-timeout} is refused at once (reading it deletes it) and a scheduled
 * purge removes the ones nobody asks for again.
 */
@ApplicationScoped
class Conversations {

    private final ConversationRepository repository;
    private final Clock clock;
    private final ChatConfig config;
    private final ObjectMapper mapper;

    Conversations(ConversationRepository repository, Clock clock, ChatConfig config, ObjectMapper mapper) {
        this.repository = repository;
        this.clock = clock;
        this.config = config;
        this.mapper = mapper;
    }

    /** A new, empty conversation. */
    ConversationViews.Created start() {
        StoredConversation created = repository.create(UUID.randomUUID(), now());
        return new ConversationViews.Created(
                created.id(), created.createdAt(), expiry(created), location(created.id()));
    }

    /** The conversation with its turns, or 404. */
    ConversationViews.Conversation history(String id) {
        StoredConversation conversation = require(id);
        List<ConversationViews.Turn> turns =
                repository.turns(conversation.id()).stream().map(this::view).toList();
        return new ConversationViews.Conversation(
                conversation.id(), conversation.createdAt(), conversation.lastActiveAt(), expiry(conversation), turns);
    }

    /** The active conversation, or 404 when it never existed or has expired. */
    StoredConversation require(String id) {
        UUID uuid = parse(id);
        return repository.findActive(uuid, cutoff()).orElseThrow(() -> notFound(id));
    }

    /** What a follow-up in this conversation may lean on. */
    Optional<PreviousTurn> previous(UUID id) {
        return repository.lastTurn(id).map(turn -> {
            JsonNode answer = json(turn.answerJson());
            boolean answered =
                    Answer.Status.answered.name().equals(answer.path("status").asText());
            String text = answered ? Answer.withoutMarkers(answer.path("answer").asText()) : null;
            String evidence =
                    answered ? answer.path("citations").path(0).path("text").asText(null) : null;
            return new PreviousTurn(
                    turn.rewrittenQuestion() == null ? turn.question() : turn.rewrittenQuestion(), text, evidence);
        });
    }

    /**
     * Stores a turn exactly as it is shown, at {@code at} (the turn's time, from {@link #now()});
     * 404 when the conversation expired meanwhile.
     */
    ConversationViews.Turn record(
            UUID id, String question, String rewritten, Answer answer, LocalDate asOf, Instant at) {
        String json;
        try {
            json = mapper.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer not serialisable", e);
        }
        StoredTurn turn = repository
                .appendTurn(id, cutoff(), question, rewritten, json, asOf, at)
                .orElseThrow(() -> notFound(id.toString()));
        return view(turn);
    }

    /** Turn {@code index} (1 for the first) of an active conversation; 404 when either is missing. */
    StoredTurn turn(String id, int index) {
        StoredConversation conversation = require(id);
        return repository
                .turn(conversation.id(), index)
                .orElseThrow(() -> new NotFoundException("conversation " + id + " has no turn " + index));
    }

    /** Deletes conversations idle past the timeout; expired ones are refused whether or not this ran. */
    @Scheduled(
            every = "${newsdesk.chat.purge-interval:5m}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        int purged = repository.purgeIdle(cutoff());
        if (purged > 0) {
            Log.debugf("Purged %d expired conversations", purged);
        }
    }

    private ConversationViews.Turn view(StoredTurn turn) {
        return new ConversationViews.Turn(
                turn.ordinal(),
                turn.question(),
                turn.rewrittenQuestion(),
                shown(json(turn.answerJson())),
                turn.createdAt());
    }

    /**
     * The stored answer in the field order it was sent in (jsonb keeps content, not key order); an
     * answer stored by an older schema is returned as stored.
     */
    private JsonNode shown(JsonNode stored) {
        try {
            return mapper.valueToTree(mapper.treeToValue(stored, Answer.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return stored;
        }
    }

    /** Now, at the database's precision, so what is returned equals what is read back later. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Instant cutoff() {
        return clock.instant().minus(config.idleTimeout());
    }

    private Instant expiry(StoredConversation conversation) {
        return conversation.lastActiveAt().plus(config.idleTimeout());
    }

    /** A stored answer's JSON. */
    JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer is not JSON", e);
        }
    }

    static String location(UUID id) {
        return "/api/v1/conversations/" + id;
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no conversation with id " + id + " (conversations expire after a period"
                + " without questions; start a new one with POST /api/v1/conversations)");
    }
}
