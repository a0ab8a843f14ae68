package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an Events API request (already verified): answers the URL check, and turns an
 * {@code app_mention} or a direct message from a person into a queued answer. Messages from bots
 * (this one included), edits, deletions and other events are acknowledged and ignored.
 */
@ApplicationScoped
class SlackEventHandler {

    private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9]+)(?:\\|[^>]*)?>");
    private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*<@[A-Z0-9]+(?:\\|[^>]*)?>[\\s,:]*");

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

    /** The acknowledgement body: the challenge for a URL check, otherwise empty. */
    Optional<Map<String, String>> handle(byte[] body, String retryNum) {
        JsonNode root = parse(body);
        String type = root.path("type").asText();
        if ("url_verification".equals(type)) {
            return Optional.of(Map.of("challenge", root.path("challenge").asText()));
        }
        if ("event_callback".equals(type)) {
            question(root).ifPresent(message -> {
                if (deliveries.takeOn(message.deliveryId(), List.of(message.deliveryId(), message.messageKey()),
                        () -> responder.respond(message))) {
                    Log.debugf("Slack event %s queued (retry %s)", message.deliveryId(), retryNum);
                }
            });
        }
        return Optional.empty();
    }

    /** The question in an event, when it is one this bot answers. */
    private Optional<IncomingMessage> question(JsonNode root) {
        JsonNode event = root.path("event");
        String eventId = root.path("event_id").asText(null);
        String type = event.path("type").asText();
        boolean mention = "app_mention".equals(type);
        boolean direct = "message".equals(type) && "im".equals(event.path("channel_type").asText());
        Set<String> botUsers = botUsers(root);
        if (eventId == null || !(mention || direct) || fromBot(event, botUsers)
                || (direct && event.hasNonNull("subtype"))) {
            return Optional.empty();
        }
        String text = event.path("text").asText("");
        String question = MENTION.matcher(mention ? LEADING_MENTION.matcher(text).replaceFirst("") : text)
                .replaceAll(match -> botUsers.contains(match.group(1)) ? "" : match.group());
        return Optional.of(new IncomingMessage(eventId, root.path("team_id").asText(null),
                event.path("channel").asText(null), event.path("ts").asText(null),
                event.path("thread_ts").asText(null), unescape(question).strip()));
    }

    /** Messages by any bot, by this app's own bot user, or with no human author. */
    private static boolean fromBot(JsonNode event, Set<String> botUsers) {
        String user = event.path("user").asText(null);
        return event.hasNonNull("bot_id") || "bot_message".equals(event.path("subtype").asText())
                || user == null || botUsers.contains(user) || event.path("channel").isMissingNode()
                || event.path("ts").isMissingNode();
    }

    /** This app's bot user ids: configured, and as Slack lists them in the event's authorizations. */
    private Set<String> botUsers(JsonNode root) {
        Set<String> users = new HashSet<>();
        config.botUserId().ifPresent(users::add);
        for (JsonNode authorization : root.path("authorizations")) {
            if (authorization.path("is_bot").asBoolean(false) && authorization.hasNonNull("user_id")) {
                users.add(authorization.path("user_id").asText());
            }
        }
        return users;
    }

    /** Undoes Slack's escaping of message text. */
    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private JsonNode parse(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw SlackRequestRejectedException.badRequest("the body is not JSON");
        }
    }
}
