package io.newsdesk.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Before every {@code @QuarkusTest} method: REST Assured sends the test admin key by default
 * ({@link TestKeys#DEFAULT_KEY}, a static REST Assured filter installed once), so tests about
 * something else need not say it.
 */
public class DefaultKeyCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(TestKeys.DEFAULT_KEY)) {
            RestAssured.filters(TestKeys.DEFAULT_KEY);
        }
    }
}
