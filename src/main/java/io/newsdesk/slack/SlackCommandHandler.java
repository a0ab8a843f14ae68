package io.newsdesk.slack;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads a slash command (already verified): acknowledges at once with an ephemeral "Searching the
 * archive..." and queues the answer for the command's response_url. Slack does not retry slash
 * commands, but its trigger id still guards against answering one twice.
 */
@ApplicationScoped
class SlackCommandHandler {

    static final String SEARCHING = "Searching the archive...";

    private final Deliveries deliveries;
    private final CommandResponder responder;

    SlackCommandHandler(Deliveries deliveries, CommandResponder responder) {
        this.deliveries = deliveries;
        this.responder = responder;
    }

    /** The immediate, ephemeral acknowledgement. */
    Map<String, String> handle(byte[] body) {
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        String question = form.getOrDefault("text", "").strip();
        if (question.isEmpty()) {
            return ephemeral(SlackAnswerer.HELP);
        }
        URI responseUrl = responseUrl(form.get("response_url"));
        String trigger = form.get("trigger_id");
        String deliveryId = "command:" + (trigger == null || trigger.isBlank() ? responseUrl : trigger);
        SlashCommand command = new SlashCommand(deliveryId, question, responseUrl);
        deliveries.takeOn(deliveryId, () -> responder.respond(command));
        return ephemeral(SEARCHING);
    }

    private static Map<String, String> ephemeral(String text) {
        return Map.of("response_type", "ephemeral", "text", text);
    }

    private static URI responseUrl(String value) {
        try {
            URI uri = URI.create(value == null ? "" : value.strip());
            if ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw SlackRequestRejectedException.badRequest("response_url is missing or not a URL");
    }

    /** The fields of a form body; a body that is not URL-encoding is refused with 400. */
    static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return fields;
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw SlackRequestRejectedException.badRequest("the form body is not URL-encoded: every % must be"
                    + " followed by two hexadecimal digits (send a literal % as %25)");
        }
    }
}
