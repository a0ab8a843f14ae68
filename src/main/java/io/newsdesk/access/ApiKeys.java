package io.newsdesk.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every key the service knows, by the SHA-256 of the key: the configured keys
 * ({@code name:scope+scope:sha256-hex}) and the widget's public keys (configured in clear because
 * they sit in web pages; hashed here like the others, limited to asking). The one place a
 * presented key is checked.
 */
final class ApiKeys {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final Map<String, ApiKey> byHash;

    private ApiKeys(Map<String, ApiKey> byHash) {
        this.byHash = Map.copyOf(byHash);
    }

    /**
     * Reads the configured entries and the widget's public keys; an entry that cannot be read stops
     * the start-up with a message naming the entry by position and name (never its hash).
     */
    static ApiKeys of(List<String> entries, List<String> widgetKeys) {
        Map<String, ApiKey> byHash = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).strip();
            if (entry.isEmpty()) {
                continue;
            }
            Entry parsed = parse(i + 1, entry);
            ApiKey key = parsed.key();
            if (!names.add(key.name())) {
                throw invalid(i + 1, "the name " + key.name() + " is used twice");
            }
            if (byHash.putIfAbsent(parsed.hash(), key) != null) {
                throw invalid(i + 1, "key " + key.name() + " has the same hash as another key");
            }
        }
        for (String widgetKey : widgetKeys) {
            if (!widgetKey.isBlank()) {
                byHash.putIfAbsent(sha256(widgetKey.strip()), new ApiKey("widget", Set.of(Scope.ASK), true));
            }
        }
        return new ApiKeys(byHash);
    }

    /** The key presented by a client, if the service knows it. */
    Optional<ApiKey> find(String presented) {
        return Optional.ofNullable(byHash.get(sha256(presented)));
    }

    /** Names of the configured (not widget) keys, for the start-up log. */
    List<String> names() {
        return byHash.values().stream()
                .filter(key -> !key.widget())
                .map(ApiKey::name)
                .sorted()
                .toList();
    }

    /** Lower-case hex SHA-256 of the key's UTF-8 bytes, as {@code printf %s KEY | sha256sum} prints it. */
    static String sha256(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A configured key with the hash it is found by. */
    private record Entry(String hash, ApiKey key) {}

    private static Entry parse(int position, String entry) {
        String[] parts = entry.split(":", -1);
        if (parts.length != 3) {
            throw invalid(position, "expected name:scope+scope:sha256-hex (three parts separated by ':')");
        }
        String name = parts[0].strip();
        if (!NAME.matcher(name).matches()) {
            throw invalid(position, "the name must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String label : parts[1].split("\\+", -1)) {
            scopes.add(Scope.parse(label.strip())
                    .orElseThrow(() -> invalid(
                            position,
                            "key " + name + " has an unknown scope; use ask, ingest or admin joined by '+'")));
        }
        String hash = parts[2].strip().toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(hash).matches()) {
            throw invalid(
                    position,
                    "key " + name + ": the third part must be the key's SHA-256 as 64 hex"
                            + " characters (scripts/new-key.sh prints it), not the key itself");
        }
        return new Entry(hash, new ApiKey(name, scopes, false));
    }

    private static IllegalArgumentException invalid(int position, String problem) {
        return new IllegalArgumentException("newsdesk.auth.keys entry " + position + ": " + problem);
    }
}
