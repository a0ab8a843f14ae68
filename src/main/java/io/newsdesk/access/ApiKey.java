package io.newsdesk.access;

import java.util.Set;

/**
 * A known key, by its configured name (what logs and rate limits use; the key itself is never
 * kept). A widget's public key is {@code widget}: it only asks, and is rate limited per visitor
 * rather than per key, since every visitor of the page shares it.
 */
record ApiKey(String name, Set<Scope> scopes, boolean widget) {

    ApiKey {
        scopes = Set.copyOf(scopes);
    }

    /** Whether this key may use a route that needs {@code scope}. */
    boolean allows(Scope scope) {
        return scopes.contains(Scope.ADMIN) || scopes.contains(scope);
    }
}
