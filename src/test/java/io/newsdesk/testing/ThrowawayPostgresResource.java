package io.newsdesk.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the application at a {@link ThrowawayPostgres} cluster for the test class that asks for
 * it, and hands the cluster to the test's {@code ThrowawayPostgres} field so it can stop and start
 * the server. The cluster is deleted when the class is done, passed or failed.
 */
public class ThrowawayPostgresResource implements QuarkusTestResourceLifecycleManager {

    private ThrowawayPostgres cluster;

    @Override
    public Map<String, String> start() {
        cluster = ThrowawayPostgres.create();
        return Map.of(
                "quarkus.datasource.jdbc.url",
                cluster.jdbcUrl() + "?reWriteBatchedInserts=true",
                "quarkus.datasource.username",
                ThrowawayPostgres.USER,
                "quarkus.datasource.password",
                cluster.password());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(cluster, new TestInjector.MatchesType(ThrowawayPostgres.class));
    }

    @Override
    public void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }
}
