package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an Events API request (already verified): answers the URL check, and turns an
 * {@code app_mention} or a direct message from a person into a queued answer. Messages from bots
 * (this one included), edits, deletions and other events are acknowledged and ignored, and so is
 * (with a warning) a message whose ids are missing or not strings. A body that is not a JSON object
 * is refused with 400. A question is asked as of the UTC date of the event's time ({@code event_time},
 * else the message's {@code ts}, else the request's timestamp).
 */
@ApplicationScoped
class SlackEventHandler {

    private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9]+)(?:\\|[^>]*)?>");
    private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*<@[A-Z0-9]+(?:\\|[^>]*)?>[\\s,:]*");
    /** Whole seconds since 1970, with Slack's fraction (a message ts) or without; 11 digits reach the year 5138. */
    private static final Pattern EPOCH_SECONDS = Pattern.compile("(\\d{1,11})(?:\\.\\d*)?");

    private final ObjectMapper mapper;
    private final SlackConfig config;
    private final Deliveries deliveries;
    private final ThreadResponder responder;

    SlackEventHandler(ObjectMapper mapper, SlackConfig config, Deliveries deliveries, ThreadResponder responder) {
        this.mapper = mapper;
        this.config = config;
        this.deliveries = deliveries;
        this.responder = responder;
    }

    /** The acknowledgement body: the challenge for a URL check, otherwise empty; {@code sent} is the request's time. */
    Optional<Map<String, String>> handle(byte[] body, String retryNum, Instant sent) {
        JsonNode root = parse(body);
        String type = root.path("type").asText();
        if ("url_verification".equals(type)) {
            String challenge = text(root, "challenge")
                    .orElseThrow(() -> SlackRequestRejectedException.badRequest(
                            "a url_verification needs its challenge as a JSON string"));
            return Optional.of(Map.of("challenge", challenge));
        }
        if ("event_callback".equals(type)) {
            question(root, sent).ifPresent(message -> {
                if (deliveries.takeOn(
                        message.deliveryId(),
                        List.of(message.deliveryId(), message.messageKey()),
                        () -> responder.respond(message))) {
                    Log.debugf("Slack event %s queued (retry %s)", message.deliveryId(), retryNum);
                }
            });
        }
        return Optional.empty();
    }

    /** The question in an event, when it is one this bot answers. */
    private Optional<IncomingMessage> question(JsonNode root, Instant sent) {
        JsonNode event = root.path("event");
        String type = event.path("type").asText();
        boolean mention = "app_mention".equals(type);
        boolean direct =
                "message".equals(type) && "im".equals(event.path("channel_type").asText());
        Set<String> botUsers = botUsers(root);
        if (!(mention || direct) || fromBot(event, botUsers) || (direct && event.hasNonNull("subtype"))) {
            return Optional.empty();
        }
        return message(root, event, mention, botUsers, askedOn(root, event, sent));
    }

    /** The UTC date of the event's time: {@code event_time}, else the message's {@code ts}, else {@code sent}. */
    private static LocalDate askedOn(JsonNode root, JsonNode event, Instant sent) {
        Instant at = epochSeconds(root.get("event_time"))
                .or(() -> epochSeconds(event.get("ts")))
                .map(Instant::ofEpochSecond)
                .orElse(sent);
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** The whole seconds of a Slack time (a number, or a string such as {@code "1700000000.000100"}), if it is one. */
    private static Optional<Long> epochSeconds(JsonNode value) {
        if (value == null || !(value.isIntegralNumber() || value.isTextual())) {
            return Optional.empty();
        }
        Matcher seconds = EPOCH_SECONDS.matcher(value.asText());
        return seconds.matches() ? Optional.of(Long.parseLong(seconds.group(1))) : Optional.empty();
    }

    /** The message a person asked, or empty (with a warning) when its fields are missing or not strings. */
    private static Optional<IncomingMessage> message(
            JsonNode root, JsonNode event, boolean mention, Set<String> botUsers, LocalDate asOf) {
        Optional<String> eventId = text(root, "event_id");
        Optional<String> channel = text(event, "channel");
        Optional<String> ts = text(event, "ts");
        if (eventId.isEmpty()
                || channel.isEmpty()
                || ts.isEmpty()
                || !stringOrAbsent(root, "team_id")
                || !stringOrAbsent(event, "thread_ts")
                || !stringOrAbsent(event, "text")) {
            // Acknowledged rather than refused: Slack retries a refusal, and a retry would be just as unusable.
            Log.warnf(
                    "Slack event %s not answered: event_id, channel and ts must be strings, and team_id, thread_ts"
                            + " and text strings when present",
                    eventId.orElse("without an event_id"));
            return Optional.empty();
        }
        String text = text(event, "text").orElse("");
        String question = MENTION.matcher(
                        mention ? LEADING_MENTION.matcher(text).replaceFirst("") : text)
                .replaceAll(match -> botUsers.contains(match.group(1)) ? "" : Matcher.quoteReplacement(match.group()));
        return Optional.of(new IncomingMessage(
                eventId.get(),
                text(root, "team_id").orElse(null),
                channel.get(),
                ts.get(),
                text(event, "thread_ts").orElse(null),
                direct(event, channel.get()),
                unescape(question).strip(),
                asOf));
    }

    /** A direct message: Slack says so ({@code channel_type} im), or the channel is one (a mention in it has no type). */
    private static boolean direct(JsonNode event, String channel) {
        return "im".equals(event.path("channel_type").asText()) || channel.startsWith("D");
    }

    /** Messages by any bot, by this app's own bot user, or with no human author. */
    private static boolean fromBot(JsonNode event, Set<String> botUsers) {
        Optional<String> user = text(event, "user");
        return event.hasNonNull("bot_id")
                || "bot_message".equals(event.path("subtype").asText())
                || user.isEmpty()
                || botUsers.contains(user.get());
    }

    /** This app's bot user ids: configured, and as Slack lists them in the event's authorizations. */
    private Set<String> botUsers(JsonNode root) {
        Set<String> users = new HashSet<>();
        config.botUserId().ifPresent(users::add);
        for (JsonNode authorization : root.path("authorizations")) {
            if (authorization.path("is_bot").asBoolean(false)) {
                text(authorization, "user_id").ifPresent(users::add);
            }
        }
        return users;
    }

    /** The field when it is a string with something in it; empty when absent, null, blank or of another type. */
    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank()
                ? Optional.of(value.asText())
                : Optional.empty();
    }

    /** Whether the field is a string, or not there at all (absent or null). */
    private static boolean stringOrAbsent(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isTextual();
    }

    /** Undoes Slack's escaping of message text. */
    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The body as a JSON object; anything else is refused with 400 (Slack only ever sends an object). */
    private JsonNode parse(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            throw SlackRequestRejectedException.badRequest(
                    "the body is not JSON (an Events API request is one JSON" + " object)");
        }
        if (root == null || !root.isObject()) {
            throw SlackRequestRejectedException.badRequest(
                    "the body is not a JSON object (an Events API request is" + " one JSON object)");
        }
        return root;
    }
}
