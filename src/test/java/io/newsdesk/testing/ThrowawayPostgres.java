package io.newsdesk.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL cluster of its own for one test class, never the shared one on 5432: {@code initdb}
 * in a temporary folder, a free port on 127.0.0.1 only, the database prepared as
 * {@code scripts/db-setup.sh} prepares one (role, database, {@code vector} in schema
 * {@code extensions}, search path), and {@code pg_ctl} to stop, crash and start it. initdb refuses to run
 * as root, so under root every server command runs as the {@code postgres} OS user, which then owns
 * the folder. {@link #close()} stops the server and deletes the folder; it is idempotent and also
 * runs at JVM exit, so a failed test leaves nothing behind. {@link #streamingStandby()} makes a hot
 * standby of a cluster the way an operator would ({@code pg_basebackup -R} as a replication role), in
 * a folder and on a port of its own.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    /** The database and role the application uses. */
    public static final String DATABASE = "newsdesk";

    public static final String USER = "newsdesk";

    private static final Path BIN =
            Path.of(System.getenv().getOrDefault("NEWSDESK_PG_BIN", "/usr/lib/postgresql/15/bin"));
    private static final String OS_USER = "postgres";
    private static final String SUPERUSER = "postgres";
    private static final long COMMAND_TIMEOUT_SECONDS = 60;
    private static final String REPLICATION_ROLE = "replicator";

    private final Path root;
    private final Path data;
    private final Path commandLog;
    private final int port;
    private final String superuserPassword;
    private final String password;
    private final Thread cleanupAtExit = new Thread(this::destroy, "throwaway-postgres-cleanup");
    private boolean destroyed;

    /** A cluster in a new temporary folder on a free port, with these passwords (a standby has its primary's). */
    private ThrowawayPostgres(String superuserPassword, String password) {
        try {
            this.root = Files.createTempDirectory("newsdesk-pg-");
            this.port = freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.data = root.resolve("data");
        this.commandLog = root.resolve("commands.log");
        this.superuserPassword = superuserPassword;
        this.password = password;
        Runtime.getRuntime().addShutdownHook(cleanupAtExit);
    }

    /** Creates, starts and prepares a new cluster; deletes it again if any step fails. */
    public static ThrowawayPostgres create() {
        ThrowawayPostgres cluster = new ThrowawayPostgres(
                UUID.randomUUID().toString(), UUID.randomUUID().toString());
        try {
            cluster.initialise();
            cluster.start();
            cluster.prepareDatabase();
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /**
     * A hot standby streaming from this cluster, started: a replication role on this cluster (the
     * {@code host replication} line initdb writes into pg_hba.conf lets it in from 127.0.0.1), then
     * {@code pg_basebackup -R} into a folder of its own, which writes the standby's connection to this
     * cluster, and a port of its own. It has this cluster's roles and passwords. Deleted on close.
     */
    public ThrowawayPostgres streamingStandby() {
        String replicationPassword = UUID.randomUUID().toString();
        execute(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "CREATE ROLE " + REPLICATION_ROLE + " REPLICATION LOGIN PASSWORD '" + replicationPassword + "'");
        ThrowawayPostgres standby = new ThrowawayPostgres(superuserPassword, password);
        try {
            standby.ownRoot();
            standby.run(
                    List.of(
                            BIN.resolve("pg_basebackup").toString(),
                            "-d",
                            "host=127.0.0.1 port=" + port + " user=" + REPLICATION_ROLE + " password="
                                    + replicationPassword,
                            "-D",
                            standby.data.toString(),
                            "-R",
                            "-X",
                            "stream",
                            "-c",
                            "fast",
                            "--no-sync"),
                    true);
            // The copied postgresql.conf names this cluster's port and socket folder: later lines win.
            standby.appendSettings(
                    "port = " + standby.port,
                    "unix_socket_directories = '" + standby.root + "'",
                    "hot_standby = on",
                    "hot_standby_feedback = on");
            standby.start();
            return standby;
        } catch (RuntimeException e) {
            standby.close();
            throw e;
        }
    }

    /** The JDBC URL of the application database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** The application role's password (random per cluster). */
    public String password() {
        return password;
    }

    /** Starts the server and waits until it accepts connections. */
    public void start() {
        pgCtl("start", "-w", "-t", "60", "-l", root.resolve("server.log").toString());
    }

    /** Stops the server like an operator would in a hurry: open sessions are disconnected at once. */
    public void stop() {
        pgCtl("stop", "-w", "-m", "fast");
    }

    /**
     * Stops the server as a crash would ({@code pg_ctl stop -m immediate}): every process ends at
     * once without a checkpoint, and the next {@link #start()} runs crash recovery from the WAL.
     */
    public void crash() {
        pgCtl("stop", "-w", "-m", "immediate");
    }

    /**
     * The first column of the first row of a query as the superuser on the application database, as
     * text (null for SQL NULL or a function returning nothing): counters, {@code pg_wal_replay_pause()}.
     */
    public String queryAsSuperuser(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), SUPERUSER, superuserPassword);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The application database as the application role, for tests that read it beside the service. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl());
        dataSource.setUser(USER);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** Stops the server if it runs and deletes the cluster's folder. */
    @Override
    public void close() {
        destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupAtExit);
        } catch (IllegalStateException alreadyExiting) {
            // the hook is running or has run: nothing left to undo
        }
    }

    private synchronized void destroy() {
        if (destroyed) {
            return;
        }
        destroyed = true;
        if (Files.exists(data.resolve("postmaster.pid"))) {
            run(
                    List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "stop", "-w", "-m", "immediate"),
                    false);
        }
        deleteRecursively(root);
    }

    /** Under root, hands the folder to the postgres OS user, who runs the server commands. */
    private void ownRoot() {
        try {
            if (isRoot()) {
                UserPrincipal postgres =
                        root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER);
                Files.setOwner(root, postgres);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void appendSettings(String... lines) {
        try {
            Files.writeString(
                    data.resolve("postgresql.conf"),
                    "\n" + String.join("\n", lines) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void initialise() {
        try {
            ownRoot();
            Path passwordFile = root.resolve("superuser-password");
            Files.writeString(passwordFile, superuserPassword + "\n", StandardCharsets.UTF_8);
            if (isRoot()) {
                Files.setOwner(
                        passwordFile,
                        root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER));
            }
            run(
                    List.of(
                            BIN.resolve("initdb").toString(),
                            "-D",
                            data.toString(),
                            "-U",
                            SUPERUSER,
                            "--pwfile=" + passwordFile,
                            "--auth=scram-sha-256",
                            "-E",
                            "UTF8",
                            "--locale=C.UTF-8",
                            "--no-sync"),
                    true);
            // A throwaway cluster, only this port on the loopback address. No fsync: the machine does
            // not crash under a test. Commits are still written to the WAL before they are acknowledged,
            // so a crash of the server (crash()) loses no transaction the service saw committed.
            appendSettings(
                    "port = " + port,
                    "listen_addresses = '127.0.0.1'",
                    "unix_socket_directories = '" + root + "'",
                    "max_connections = 50",
                    "fsync = off",
                    "synchronous_commit = on",
                    "full_page_writes = off");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As scripts/db-setup.sh does for a database: role, database, vector in schema extensions, search path. */
    private void prepareDatabase() {
        String admin = "jdbc:postgresql://127.0.0.1:" + port + "/";
        execute(
                admin + "postgres",
                "CREATE ROLE " + USER + " LOGIN PASSWORD '" + password + "'",
                "CREATE DATABASE " + DATABASE + " OWNER " + USER);
        execute(
                admin + DATABASE,
                "CREATE SCHEMA IF NOT EXISTS extensions",
                "GRANT USAGE ON SCHEMA extensions TO " + USER,
                "CREATE EXTENSION IF NOT EXISTS vector SCHEMA extensions",
                "ALTER DATABASE " + DATABASE + " SET search_path = \"$user\", public, extensions");
    }

    private void execute(String url, String... statements) {
        try (Connection connection = DriverManager.getConnection(url, SUPERUSER, superuserPassword);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the throwaway database: " + e.getMessage(), e);
        }
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString()));
        command.addAll(List.of(arguments));
        run(command, true);
    }

    /** Runs a server command (as the postgres OS user under root), its output appended to commands.log. */
    private void run(List<String> command, boolean mustSucceed) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(commandLog.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command) + "\n" + log());
            }
            if (process.exitValue() != 0 && mustSucceed) {
                throw new IllegalStateException(
                        "failed (exit " + process.exitValue() + "): " + String.join(" ", command) + "\n" + log());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    private String log() {
        try {
            return Files.exists(commandLog) ? Files.readString(commandLog) : "";
        } catch (IOException e) {
            return "(no command log: " + e.getMessage() + ")";
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** A port nothing listens on right now (another process may still take it before the caller does). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the throwaway cluster in " + folder, e);
        }
    }
}
