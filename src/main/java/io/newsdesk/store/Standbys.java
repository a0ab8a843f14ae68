package io.newsdesk.store;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration.ConnectionValidator;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration.ExceptionSorter;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured standbys ({@code newsdesk.replicas.urls}), each with a connection pool of its own
 * built here (so the list is plain configuration), checked when the service starts: a URL that is not
 * a PostgreSQL JDBC URL, or one given twice, stops the start-up. Publishes each standby's lag
 * ({@code newsdesk_replica_lag_seconds}), whether questions read it ({@code newsdesk_replica_usable}) and
 * which datasource served each question ({@code newsdesk_reads_total}).
 */
@Startup
@ApplicationScoped
public class Standbys {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/?\\s]+)(/[^?\\s]*)?(\\?\\S*)?");
    private static final Duration CONNECT = Duration.ofSeconds(1);

    private final List<Standby> standbys;
    private final Duration maxLag;
    private final Map<String, Counter> reads = new HashMap<>();

    Standbys(
            ReplicaConfig config,
            MeterRegistry registry,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        check(config);
        this.maxLag = config.maxLag();
        List<String> urls = config.urls().orElse(List.of()).stream()
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .toList();
        Map<String, String> byName = names(urls);
        List<Standby> built = new ArrayList<>();
        byName.forEach((name, url) -> built.add(new Standby(name, pool(name, url, config, user, password))));
        this.standbys = List.copyOf(built);
        standbys.forEach(standby -> register(registry, standby));
        List<String> datasources = new ArrayList<>(List.of(ReadSession.PRIMARY));
        datasources.addAll(byName.keySet());
        for (String kind : List.of(ReadRouter.QUESTION, ReadRouter.ARTICLE)) {
            datasources.forEach(datasource -> reads.put(kind + " " + datasource, reads(registry, kind, datasource)));
        }
        if (!standbys.isEmpty()) {
            Log.infof("questions read from standbys %s (max lag %d ms)", byName.keySet(), maxLag.toMillis());
        }
    }

    /** Refuses settings no standby could be read with, naming the key. */
    static void check(ReplicaConfig config) {
        positive("max-lag", config.maxLag());
        positive("check-interval", config.checkInterval());
        if (config.queryTimeout().toSeconds() < 1) {
            throw new IllegalArgumentException(
                    "newsdesk.replicas.query-timeout must be at least 1s, not " + config.queryTimeout());
        }
        if (config.replayWait().isNegative()) {
            throw new IllegalArgumentException("newsdesk.replicas.replay-wait must not be negative");
        }
        if (config.poolSize() < 1) {
            throw new IllegalArgumentException(
                    "newsdesk.replicas.pool-size must be at least 1, not " + config.poolSize());
        }
    }

    private static void positive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("newsdesk.replicas." + key + " must be positive, not " + value);
        }
    }

    /** Each URL by its standby's name (host:port/database); a URL that cannot be one, or a repeated one, is refused. */
    static Map<String, String> names(List<String> urls) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < urls.size(); i++) {
            Matcher url = URL.matcher(urls.get(i));
            if (!url.matches()) {
                throw new IllegalArgumentException("newsdesk.replicas.urls: entry " + (i + 1)
                        + " is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): "
                        + urls.get(i).replaceFirst("\\?.*", "?..."));
            }
            String name = url.group(1) + (url.group(2) == null ? "" : url.group(2));
            if (byName.putIfAbsent(name, urls.get(i)) != null) {
                throw new IllegalArgumentException(
                        "newsdesk.replicas.urls: entry " + (i + 1) + " names the standby " + name + " again");
            }
        }
        return byName;
    }

    /** The standbys in the configured order (empty without any). */
    List<Standby> all() {
        return standbys;
    }

    /** Whether questions read the primary only. */
    public boolean none() {
        return standbys.isEmpty();
    }

    /** Each standby by name with its state, for readiness: "up, lag 0.012 s, in turn", "down: ...". */
    public Map<String, String> describe() {
        long now = System.nanoTime();
        Map<String, String> states = new LinkedHashMap<>();
        for (Standby standby : standbys) {
            String detail = standby.state().detail();
            if (standby.state().status() == Standby.Status.UP) {
                detail += standby.usable(now, maxLag)
                        ? ", in turn"
                        : ", skipped: more than " + maxLag.toMillis() / 1000.0 + " s behind";
            }
            states.put(standby.name(), detail);
        }
        return states;
    }

    /** Counts a question (or article read) served by the datasource named (a standby's name, or primary). */
    void served(String kind, String datasource) {
        reads.get(kind + " " + datasource).increment();
    }

    private static Counter reads(MeterRegistry registry, String kind, String datasource) {
        return Counter.builder("newsdesk.reads")
                .tag("kind", kind)
                .tag("datasource", datasource)
                .description("Questions (kind question) and article reads (kind article) by the datasource that"
                        + " served them: a standby, or the primary")
                .register(registry);
    }

    private void register(MeterRegistry registry, Standby standby) {
        Gauge.builder("newsdesk.replica.lag", standby, Standby::lag)
                .tag("standby", standby.name())
                .baseUnit("seconds")
                .description("How far the standby was behind the primary at its last check (NaN while it is"
                        + " down or not checked yet)")
                .register(registry);
        Gauge.builder("newsdesk.replica.usable", standby, s -> s.usable(System.nanoTime(), maxLag) ? 1 : 0)
                .tag("standby", standby.name())
                .description("1 while questions read the standby, 0 while it is skipped (down or lagging)")
                .register(registry);
    }

    /**
     * A pool for one standby with the primary's outage settings: a connection is set up within a second or
     * given up, an idle one is checked before use, and a query waits at most the query timeout.
     */
    private static AgroalDataSource pool(
            String name, String url, ReplicaConfig config, Optional<String> user, Optional<String> password) {
        long socketTimeout = Math.max(1, config.queryTimeout().toSeconds());
        AgroalDataSourceConfigurationSupplier supplier = new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(config.poolSize())
                        .acquisitionTimeout(CONNECT.multipliedBy(2))
                        .idleValidationTimeout(CONNECT)
                        .validationTimeout(Duration.ofSeconds(30))
                        .connectionValidator(ConnectionValidator.defaultValidatorWithTimeout(1))
                        .exceptionSorter(ExceptionSorter.fatalExceptionSorter())
                        .connectionFactoryConfiguration(factory -> {
                            factory.jdbcUrl(url)
                                    .connectionProviderClass(org.postgresql.Driver.class)
                                    .loginTimeout(CONNECT)
                                    .jdbcProperty("connectTimeout", "1")
                                    .jdbcProperty("socketTimeout", Long.toString(socketTimeout))
                                    .jdbcProperty("tcpKeepAlive", "true");
                            user.ifPresent(role -> factory.principal(new NamePrincipal(role)));
                            password.ifPresent(secret -> factory.credential(new SimplePassword(secret)));
                            return factory;
                        }));
        try {
            return AgroalDataSource.from(supplier);
        } catch (SQLException e) {
            throw new IllegalStateException("could not set up the connection pool of standby " + name, e);
        }
    }

    @PreDestroy
    void close() {
        standbys.forEach(Standby::close);
    }
}
