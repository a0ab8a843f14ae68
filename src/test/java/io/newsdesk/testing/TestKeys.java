package io.newsdesk.testing;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.specification.RequestSpecification;

/**
 * The API keys of the test profile ({@code %test.newsdesk.auth.keys} holds their SHA-256). Every
 * {@code @QuarkusTest} request carries {@link #ADMIN} as {@code X-API-Key} unless it sends its own
 * {@code X-API-Key} or {@code Authorization} (installed by {@link DefaultKeyCallback}); a test that
 * means to send no key at all starts from {@link #anonymous()}.
 */
public final class TestKeys {

    /** Scope admin. */
    public static final String ADMIN = "nd_test_admin_key_0000000000000000000000000000";
    /** Scope ask only. */
    public static final String ASK = "nd_test_ask_key_00000000000000000000000000000";
    /** Scope ingest only. */
    public static final String INGEST = "nd_test_ingest_key_000000000000000000000000000";
    /** The widget's public key (newsdesk.widget.public-keys). */
    public static final String WIDGET = "newsdesk-demo";
    /** A widget key of the deployment's own, for a private archive (LimitsTestProfile). */
    public static final String PRIVATE_WIDGET = "nd_test_private_widget_key_00000000000000000";

    /** Adds the admin key to a request that names no key itself. */
    static final Filter DEFAULT_KEY = (request, response, context) -> {
        if (!request.getHeaders().hasHeaderWithName("X-API-Key")
                && !request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("X-API-Key", ADMIN);
        }
        return context.next(request, response);
    };

    private TestKeys() {}

    /** A request without any key (the default key's filter removed). */
    public static RequestSpecification anonymous() {
        return RestAssured.given().noFilters();
    }
}
