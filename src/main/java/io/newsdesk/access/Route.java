package io.newsdesk.access;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * What a request is, for access control: the scope a key needs, whether it is open to requests
 * without a key when asking is, which rate-limit budget it spends, which admission gate it passes,
 * and whether its body is a question (size-limited). Classified from method and normalised path
 * before routing; anything under {@code /api/} that is not listed here needs {@code admin}, so a
 * new endpoint is closed until it is classified.
 */
enum Route {

    /** Not the API: static files, widget script, {@code /q/*} (health, metrics, OpenAPI). */
    PUBLIC(null, true, Budget.NONE, null, false),
    /** Slack's callbacks: no key (Slack signs them, checked by the slack package), a per-address budget. */
    SLACK(null, true, Budget.SLACK, null, false),
    /** Answering a question: ask, stream, conversation messages. */
    QUESTION(Scope.ASK, true, Budget.ASK, Gate.ANSWER, true),
    /**
     * Looking inside the answering of a question (features, candidates, readings): {@code admin} only,
     * but the same work as answering, so the same budget, gate and body limit.
     */
    DIAGNOSE(Scope.ADMIN, false, Budget.ASK, Gate.ANSWER, true),
    /** Starting and reading conversations, and saying whether an answer was helpful. */
    CONVERSE(Scope.ASK, true, Budget.ASK, null, false),
    /** The article list and one article's details: open while asking is, else {@code admin}. */
    READ(Scope.ADMIN, true, Budget.ASK, null, false),
    /** Adding or replacing articles (split, embed, store). */
    INGEST(Scope.INGEST, false, Budget.INGEST, Gate.INGEST, false),
    /** Deleting an article. */
    REMOVE(Scope.INGEST, false, Budget.INGEST, null, false),
    /** Anything else: {@code admin} only. */
    ADMIN(Scope.ADMIN, false, Budget.NONE, null, false);

    /** Which rate-limit budget a request spends. */
    enum Budget {
        ASK,
        INGEST,
        SLACK,
        NONE
    }

    /** Which admission gate a request passes. */
    enum Gate {
        ANSWER,
        INGEST
    }

    private static final String ID = "[^/]+";
    private static final Pattern QUESTION_PATH =
            Pattern.compile("/api/v1/ask(/stream)?|/api/v1/conversations/" + ID + "/messages(/stream)?");
    private static final Pattern DIAGNOSE_PATH = Pattern.compile("/api/v1/ask/(features|candidates|readings)");
    private static final Pattern CONVERSE_PATH =
            Pattern.compile("/api/v1/conversations(/" + ID + ")?|/api/v1/feedback");
    private static final Pattern ARTICLES_PATH = Pattern.compile("/api/v1/articles(/" + ID + ")?");
    private static final Pattern SLACK_PATH = Pattern.compile("/slack/(events|commands)");

    private final Scope scope;
    private final boolean openWhenAskingIs;
    private final Budget budget;
    private final Gate gate;
    private final boolean questionBody;

    Route(Scope scope, boolean openWhenAskingIs, Budget budget, Gate gate, boolean questionBody) {
        this.scope = scope;
        this.openWhenAskingIs = openWhenAskingIs;
        this.budget = budget;
        this.gate = gate;
        this.questionBody = questionBody;
    }

    /** The route of a request; {@code path} as decoded by the server, normalised here. */
    static Route of(String method, String path) {
        String normalised = normalise(path);
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if ("OPTIONS".equals(method)) {
            return PUBLIC;
        }
        if (!normalised.equals("/api") && !normalised.startsWith("/api/")) {
            // Outside the API only reads are served, plus Slack's signed callbacks.
            if (SLACK_PATH.matcher(normalised).matches()) {
                return SLACK;
            }
            return read ? PUBLIC : ADMIN;
        }
        if (QUESTION_PATH.matcher(normalised).matches()) {
            return QUESTION;
        }
        if (DIAGNOSE_PATH.matcher(normalised).matches()) {
            return DIAGNOSE;
        }
        if (CONVERSE_PATH.matcher(normalised).matches()) {
            return CONVERSE;
        }
        if (ARTICLES_PATH.matcher(normalised).matches()) {
            if (read) {
                return READ;
            }
            return "DELETE".equals(method) ? REMOVE : INGEST;
        }
        return ADMIN;
    }

    /** The scope a key needs; null for {@link #PUBLIC} and {@link #SLACK}, which take no key. */
    Scope scope() {
        return scope;
    }

    /** Whether a request without a key may pass when {@code newsdesk.auth.ask-requires-key} is false. */
    boolean openWhenAskingIs() {
        return openWhenAskingIs;
    }

    Budget budget() {
        return budget;
    }

    /** The admission gate, or null when the work is light. */
    Gate gate() {
        return gate;
    }

    /** Whether the body is a question, limited by {@code newsdesk.limits.ask-body-size}. */
    boolean questionBody() {
        return questionBody;
    }

    /**
     * One slash between segments, no {@code .} or {@code ..} segments, no trailing slash: a path
     * dressed up ({@code //api/v1/articles}, {@code /api/v1/ask/../articles}) is judged as what it
     * resolves to, never as something more open.
     */
    static String normalise(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : (path == null ? "" : path).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(segment);
            }
        }
        return "/" + String.join("/", segments);
    }
}
