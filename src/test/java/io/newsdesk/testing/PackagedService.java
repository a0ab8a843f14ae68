package io.newsdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}, built by {@code mvn package})
 * running as a child process against a {@link ThrowawayPostgres} cluster, for tests that must kill it
 * the way the operating system would. It listens on a free port, accepts {@link TestKeys#INGEST}
 * (scope ingest), takes nothing from the test's own {@code NEWSDESK_*} or {@code QUARKUS_*}
 * environment, and writes its log to the file it is given. {@link #close()} kills it if it still runs,
 * and so does JVM exit as a last resort.
 */
public final class PackagedService implements AutoCloseable {

    /** Where {@code mvn verify} puts the jar (failsafe passes it as {@code newsdesk.app.jar}). */
    private static final Path JAR =
            Path.of(System.getProperty("newsdesk.app.jar", "target/quarkus-app/quarkus-run.jar"));
    /** Model loading and migrations on a loaded 2-core machine take well under this. */
    private static final Duration READY_DEADLINE = Duration.ofSeconds(120);

    private static final Duration EXIT_DEADLINE = Duration.ofSeconds(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final Process process;
    private final URI base;
    private final Path log;
    private final Thread killAtExit;

    private PackagedService(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.killAtExit = new Thread(process::destroyForcibly, "packaged-service-kill");
        Runtime.getRuntime().addShutdownHook(killAtExit);
    }

    /**
     * Starts the service and waits until readiness is UP. Fails at once, naming the command to run,
     * when the jar has not been built.
     */
    public static PackagedService start(ThrowawayPostgres database, Path log) {
        return start(database, log, Map.of());
    }

    /** Starts the service with {@code settings} added to its environment and waits until readiness is UP. */
    public static PackagedService start(ThrowawayPostgres database, Path log, Map<String, String> settings) {
        PackagedService service = launch(database, log, settings);
        try {
            service.awaitReady();
            return service;
        } catch (RuntimeException | AssertionError e) {
            service.close();
            throw e;
        }
    }

    /**
     * Starts the service with {@code settings} added to its environment, without waiting for it: for
     * a start that is meant to fail. Fails at once when the jar has not been built.
     */
    public static PackagedService launch(ThrowawayPostgres database, Path log, Map<String, String> settings) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " does not exist: these tests run the packaged"
                    + " service; build it first with `mvn -B -DskipTests package` (`mvn verify` packages before"
                    + " it runs the *IT tests)");
        }
        try {
            int port = ThrowawayPostgres.freePort();
            Files.createDirectories(log.getParent());
            ProcessBuilder command = command(database, port);
            command.environment().putAll(settings);
            Process process = command.redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new PackagedService(process, URI.create("http://127.0.0.1:" + port), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the process to end by itself and returns its exit code; fails if it still runs at the deadline. */
    public int awaitExit(Duration deadline) {
        try {
            if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the service still runs after " + deadline + ":\n" + log());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200; fails with the log if the process ends first. */
    public void awaitReady() {
        Poll.until("readiness UP of the service on " + base, READY_DEADLINE, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + ":\n" + log());
            }
            return status("/q/health/ready") == 200;
        });
    }

    /** The HTTP status of a GET, or -1 when the service does not answer. */
    public int status(String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(base.resolve(path))
                                    .timeout(Duration.ofSeconds(5))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts an NDJSON batch with the ingest key; the answer arrives later (or the connection breaks). */
    public CompletableFuture<HttpResponse<String>> postBatch(List<String> lines) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/articles"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-ndjson")
                .header("X-API-Key", TestKeys.INGEST)
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines) + "\n", StandardCharsets.UTF_8))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The service's address, {@code http://127.0.0.1:PORT}. */
    public URI base() {
        return base;
    }

    /** The service's process id (for /proc/PID/status). */
    public long pid() {
        return process.pid();
    }

    /** Whether the process still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the process with SIGKILL (no shutdown hooks, no graceful close) and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(EXIT_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the service did not exit within " + EXIT_DEADLINE + " of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the service wrote to its log so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killAtExit);
        } catch (IllegalStateException alreadyExiting) {
            // the hook is running or has run
        }
    }

    /** {@code java -jar} with the service's settings in its environment, none inherited. */
    private static ProcessBuilder command(ThrowawayPostgres database, int port) {
        // C1 only: the service starts faster on a busy machine (7-9 s instead of 10-16 s at load 10-12
        // on 2 cores), and what a batch costs runs in ONNX Runtime and PostgreSQL, not in compiled Java.
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-XX:TieredStopAtLevel=1",
                "-Dquarkus.log.level=WARN",
                "-jar",
                JAR.toAbsolutePath().toString());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("NEWSDESK_") || name.startsWith("QUARKUS_"));
        environment.putAll(Map.of(
                "NEWSDESK_DB_URL", database.jdbcUrl(),
                "NEWSDESK_DB_USER", ThrowawayPostgres.USER,
                "NEWSDESK_DB_PASSWORD", database.password(),
                "NEWSDESK_PORT", Integer.toString(port),
                "NEWSDESK_API_KEYS", keyEntry("test-ingest", "ingest", TestKeys.INGEST)));
        return builder;
    }

    /**
     * The configuration entry {@code NAME:SCOPES:SHA-256} of a key (as {@code scripts/new-key.sh --entry}
     * prints it), for {@code NEWSDESK_API_KEYS} in the settings of {@link #start(ThrowawayPostgres, Path, Map)}.
     */
    public static String keyEntry(String name, String scopes, String key) {
        return name + ":" + scopes + ":" + sha256(key);
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
