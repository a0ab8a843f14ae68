package io.newsdesk.slack;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a slash command's answer may be posted ({@code newsdesk.slack.response-url-hosts}): Slack's own hosts over
 * HTTPS, so a command carrying another response_url cannot make newsdesk post to (or probe) anyone else. An entry
 * is a host ({@code hooks.slack.com}), {@code *.}domain for any host under it ({@code *.slack.com}), or
 * {@code http://}host to allow plain HTTP to that host (a local fake in tests). Read when the service starts, so
 * a malformed entry stops the start-up rather than the first command.
 */
@Singleton
@Startup
class ResponseUrlHosts {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

    /** One allowed host: its scheme, its name, and whether it stands for the hosts under it (not itself). */
    private record Entry(String scheme, String host, boolean subdomains) {

        boolean allows(String scheme, String host) {
            return this.scheme.equals(scheme) && (subdomains ? host.endsWith("." + this.host) : this.host.equals(host));
        }
    }

    private final List<Entry> entries;

    @Inject
    ResponseUrlHosts(SlackConfig config) {
        this(config.responseUrlHosts());
    }

    ResponseUrlHosts(List<String> configured) {
        entries = configured.stream()
                .map(String::strip)
                .filter(e -> !e.isEmpty())
                .map(ResponseUrlHosts::entry)
                .toList();
    }

    /** Whether an answer may be posted to {@code url}. */
    boolean allow(URI url) {
        if (url.getScheme() == null || url.getHost() == null || url.getRawUserInfo() != null) {
            return false;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return entries.stream().anyMatch(entry -> entry.allows(scheme, host));
    }

    private static Entry entry(String configured) {
        String value = configured.toLowerCase(Locale.ROOT);
        String scheme = value.startsWith("http://") ? "http" : "https";
        String host = value.replaceFirst("^https?://", "");
        boolean subdomains = host.startsWith("*.");
        host = subdomains ? host.substring(2) : host;
        if (!Arrays.stream(host.split("\\.", -1))
                .allMatch(label -> LABEL.matcher(label).matches())) {
            throw new IllegalArgumentException("newsdesk.slack.response-url-hosts: '" + configured + "' is not a"
                    + " host such as hooks.slack.com, *.slack.com or http://localhost");
        }
        return new Entry(scheme, host, subdomains);
    }
}
