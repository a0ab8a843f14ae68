package io.newsdesk.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * What the archive holds and what it takes on disk, read from the service's PostgreSQL database (the
 * API has no count of its own): articles, sentences, and the bytes of both tables with their indexes
 * (the two HNSW vector indexes, full text) and TOAST.
 */
record ArchiveSize(long articles, long sentences, long bytes) {

    private static final String QUERY = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences),"
            + " pg_total_relation_size('articles') + pg_total_relation_size('sentences')";

    /**
     * Reads the sizes through JDBC as the application role: NEWSDESK_DB_USER and NEWSDESK_DB_PASSWORD (as
     * the service takes them, default newsdesk) unless the URL names {@code user} and {@code password}.
     */
    static ArchiveSize measure(String jdbcUrl) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", System.getenv().getOrDefault("NEWSDESK_DB_USER", "newsdesk"));
        login.setProperty("password", System.getenv().getOrDefault("NEWSDESK_DB_PASSWORD", "newsdesk"));
        try (Connection connection = DriverManager.getConnection(jdbcUrl, login);
                Statement statement = connection.createStatement();
                ResultSet sizes = statement.executeQuery(QUERY)) {
            sizes.next();
            return new ArchiveSize(sizes.getLong(1), sizes.getLong(2), sizes.getLong(3));
        }
    }

    /** Bytes on disk per stored sentence, its article's share included. */
    double bytesPerSentence() {
        return sentences == 0 ? 0 : (double) bytes / sentences;
    }
}
