package io.newsdesk.slack;

/**
 * A request to the Slack endpoints that is refused: not from Slack (401), malformed (400), larger than a Slack
 * request can be (413), Slack not configured or too busy to take it on (503, Slack retries). Answered as
 * problem+json by {@link SlackProblemMapper}. A client's mistake, not a failure: it carries no stack trace.
 */
class SlackRequestRejectedException extends RuntimeException {

    private final int status;

    private SlackRequestRejectedException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static SlackRequestRejectedException unauthorized(String reason) {
        return new SlackRequestRejectedException(401, "Slack request refused: " + reason);
    }

    static SlackRequestRejectedException badRequest(String reason) {
        return new SlackRequestRejectedException(400, "Slack request not understood: " + reason);
    }

    static SlackRequestRejectedException tooLarge(long limit) {
        return new SlackRequestRejectedException(
                413,
                "Slack request refused: the body may have at most " + limit
                        + " bytes (newsdesk.slack.max-body-size); Slack's own requests are far smaller");
    }

    static SlackRequestRejectedException notConfigured() {
        return new SlackRequestRejectedException(
                503, "Slack is not configured on this server: set" + " NEWSDESK_SLACK_SIGNING_SECRET");
    }

    static SlackRequestRejectedException unavailable(String reason) {
        return new SlackRequestRejectedException(503, "Slack requests cannot be taken: " + reason);
    }

    static SlackRequestRejectedException busy() {
        return new SlackRequestRejectedException(503, "Too many questions are waiting; try again shortly");
    }

    int status() {
        return status;
    }
}
