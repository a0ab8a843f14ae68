package io.newsdesk.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.feedback.Rating;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an interactivity request (already verified): a form whose {@code payload} is JSON. A click on an answer's
 * button ({@code block_actions}) is acknowledged at once and queued for {@link ButtonResponder}, once per click
 * (its trigger id) and, for "Share in channel", once per answer. Other interactions are acknowledged and ignored; a
 * payload that is not a JSON object is refused with 400; a click whose response_url is not on one of Slack's hosts
 * ({@link ResponseUrlHosts}) is acknowledged, logged and not answered.
 */
@ApplicationScoped
class SlackInteractionHandler {

    private final ObjectMapper mapper;
    private final Deliveries deliveries;
    private final ButtonResponder responder;
    private final ResponseUrlHosts hosts;

    SlackInteractionHandler(
            ObjectMapper mapper, Deliveries deliveries, ButtonResponder responder, ResponseUrlHosts hosts) {
        this.mapper = mapper;
        this.deliveries = deliveries;
        this.responder = responder;
        this.hosts = hosts;
    }

    /** Takes on the click, if it is one this bot answers. */
    void handle(byte[] body) {
        JsonNode payload = payload(SlackCommandHandler.form(new String(body, StandardCharsets.UTF_8)));
        if (!"block_actions".equals(payload.path("type").asText())) {
            return;
        }
        click(payload).ifPresent(click -> {
            switch (click.action()) {
                case BlockKitFormatter.SHARE ->
                    deliveries.takeOn(
                            click.deliveryId(),
                            List.of(click.deliveryId(), "share:" + click.answerId()),
                            () -> responder.share(click));
                case BlockKitFormatter.HELPFUL ->
                    deliveries.takeOn(click.deliveryId(), () -> responder.rate(click, Rating.helpful));
                case BlockKitFormatter.WRONG ->
                    deliveries.takeOn(click.deliveryId(), () -> responder.rate(click, Rating.wrong));
                default -> Log.debugf("Slack action %s ignored", click.action());
            }
        });
    }

    /** The click on the first action, when it has the fields a reply needs. */
    private Optional<ButtonClick> click(JsonNode payload) {
        JsonNode action = payload.path("actions").path(0);
        Optional<String> actionId = SlackEventHandler.text(action, "action_id");
        Optional<String> trigger = SlackEventHandler.text(payload, "trigger_id");
        Optional<URI> responseUrl =
                SlackEventHandler.text(payload, "response_url").flatMap(SlackInteractionHandler::uri);
        if (actionId.isEmpty() || trigger.isEmpty() || responseUrl.isEmpty()) {
            Log.warnf("Slack block action not answered: action_id, trigger_id and response_url must be strings");
            return Optional.empty();
        }
        if (!hosts.allow(responseUrl.get())) {
            // Only the host is logged: a response_url is a credential for 30 minutes.
            Log.warnf(
                    "Slack block action not answered: its response_url is on %s, not one of"
                            + " newsdesk.slack.response-url-hosts",
                    responseUrl.get().getHost());
            return Optional.empty();
        }
        return Optional.of(new ButtonClick(
                "action:" + trigger.get(),
                SlackEventHandler.text(payload.path("user"), "id").orElse(null),
                actionId.get(),
                SlackEventHandler.text(action, "value").orElse(""),
                responseUrl.get()));
    }

    private static Optional<URI> uri(String value) {
        try {
            return Optional.of(URI.create(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The {@code payload} field as a JSON object; anything else is refused with 400. */
    private JsonNode payload(Map<String, String> form) {
        String json = form.get("payload");
        if (json == null) {
            throw SlackRequestRejectedException.badRequest("an interaction is a form with a JSON payload field");
        }
        try {
            JsonNode payload = mapper.readTree(json);
            if (payload != null && payload.isObject()) {
                return payload;
            }
        } catch (JsonProcessingException e) {
            // refused below
        }
        throw SlackRequestRejectedException.badRequest("the interaction payload is not a JSON object");
    }
}
