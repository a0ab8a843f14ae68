package io.newsdesk.slack;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a slash command (already verified): acknowledges at once with an ephemeral "Searching the
 * archive..." and queues the answer for the command's response_url, when that is on one of Slack's
 * hosts ({@link ResponseUrlHosts}; otherwise the acknowledgement says why nothing will come). Slack
 * does not retry slash commands, but its trigger id still guards against answering one twice.
 */
@ApplicationScoped
class SlackCommandHandler {

    static final String SEARCHING = "Searching the archive...";
    static final String FOREIGN_RESPONSE_URL = "Sorry, I can't answer this command: its reply address is on %s,"
            + " and newsdesk only replies through Slack's own hosts. If your workspace uses another Slack host, ask"
            + " the newsdesk operator to add it to newsdesk.slack.response-url-hosts.";

    private final Deliveries deliveries;
    private final CommandResponder responder;
    private final ResponseUrlHosts hosts;

    SlackCommandHandler(Deliveries deliveries, CommandResponder responder, ResponseUrlHosts hosts) {
        this.deliveries = deliveries;
        this.responder = responder;
        this.hosts = hosts;
    }

    /** The immediate, ephemeral acknowledgement; the question is asked as of the UTC date of {@code sent}. */
    Map<String, String> handle(byte[] body, Instant sent) {
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        String question = form.getOrDefault("text", "").strip();
        if (question.isEmpty()) {
            return ephemeral(SlackAnswerer.HELP);
        }
        URI responseUrl = responseUrl(form.get("response_url"));
        if (!hosts.allow(responseUrl)) {
            // Only the host is logged: a response_url is a credential for 30 minutes.
            Log.warnf(
                    "Slack command not answered: its response_url is on %s, not one of"
                            + " newsdesk.slack.response-url-hosts",
                    responseUrl.getHost());
            return ephemeral(String.format(FOREIGN_RESPONSE_URL, responseUrl.getHost()));
        }
        String trigger = form.get("trigger_id");
        String deliveryId = "command:" + (trigger == null || trigger.isBlank() ? responseUrl : trigger);
        SlashCommand command = new SlashCommand(
                deliveryId,
                form.get("team_id"),
                form.get("channel_id"),
                form.get("user_id"),
                question,
                responseUrl,
                LocalDate.ofInstant(sent, ZoneOffset.UTC));
        deliveries.takeOn(deliveryId, () -> responder.respond(command));
        return ephemeral(SEARCHING);
    }

    private static Map<String, String> ephemeral(String text) {
        return Map.of("response_type", "ephemeral", "text", text);
    }

    private static URI responseUrl(String value) {
        try {
            URI uri = URI.create(value == null ? "" : value.strip());
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
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
