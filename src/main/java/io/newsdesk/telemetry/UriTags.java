package io.newsdesk.telemetry;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps the {@code uri} tag of the HTTP server metrics to the paths the service has. A request
 * refused before routing (a missing key, a rate limit, a made-up path) carries its raw path, and a
 * client inventing paths would otherwise fill Micrometer's cap on distinct URIs until real endpoints
 * stopped being recorded. Raw paths of real endpoints become their templates; anything else is
 * {@value #OTHER}.
 */
final class UriTags implements MeterFilter {

    static final String OTHER = "UNMATCHED";
    private static final String ID = "[^/]+";
    private static final Map<Pattern, String> TEMPLATES = Map.of(
            Pattern.compile("/api/v1/articles/" + ID),
            "/api/v1/articles/{id}",
            Pattern.compile("/api/v1/conversations/" + ID),
            "/api/v1/conversations/{id}",
            Pattern.compile("/api/v1/conversations/" + ID + "/messages"),
            "/api/v1/conversations/{id}/messages",
            Pattern.compile("/api/v1/conversations/" + ID + "/messages/stream"),
            "/api/v1/conversations/{id}/messages/stream");
    private static final Pattern LITERAL = Pattern.compile(
            "/|/index\\.html|/widget\\.js|/api/v1/(ask(/stream|/features|/candidates|/readings)?|articles|conversations)"
                    + "|/slack/(events|commands)|/q/.*|NOT_FOUND|REDIRECTION|root");

    @Override
    public Meter.Id map(Meter.Id id) {
        String uri = id.getTag("uri");
        if (uri == null || !id.getName().startsWith("http.server")) {
            return id;
        }
        String kept = tag(uri);
        if (kept.equals(uri)) {
            return id;
        }
        List<Tag> tags = id.getTags().stream()
                .map(tag -> tag.getKey().equals("uri") ? Tag.of("uri", kept) : tag)
                .toList();
        return id.replaceTags(tags);
    }

    /** The uri tag a request is recorded under. */
    static String tag(String uri) {
        if (uri.contains("{") || LITERAL.matcher(uri).matches()) {
            return uri;
        }
        return TEMPLATES.entrySet().stream()
                .filter(entry -> entry.getKey().matcher(uri).matches())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(OTHER);
    }
}
