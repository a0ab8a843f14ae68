package io.newsdesk.access;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The rate-limit budgets: asking and ingesting, each per key and per client address, Slack's
 * callbacks per client address, and the widget's per-visitor budget for requests with a public key (which every visitor shares, so only
 * the address counts). A request spends a token from each budget that applies to it.
 */
@Singleton
class RateLimits {

    /** A refused request: how long to wait and whose budget ran out. */
    record Refusal(Duration retryAfter, String detail) {}

    private final RateLimiter askPerKey;
    private final RateLimiter askPerAddress;
    private final RateLimiter ingestPerKey;
    private final RateLimiter ingestPerAddress;
    private final RateLimiter widgetPerAddress;
    private final RateLimiter slackPerAddress;

    RateLimits(Clock clock, RateLimitConfig config, WidgetConfig widget) {
        askPerKey = new RateLimiter(clock, config.askPerKey());
        askPerAddress = new RateLimiter(clock, config.askPerAddress());
        ingestPerKey = new RateLimiter(clock, config.ingestPerKey());
        ingestPerAddress = new RateLimiter(clock, config.ingestPerAddress());
        widgetPerAddress = new RateLimiter(clock, Math.max(1, widget.rateLimitPerMinute()));
        slackPerAddress = new RateLimiter(clock, config.slackPerAddress());
    }

    /** Spends one request of {@code budget} for {@code key} (null without one) from {@code address}. */
    Optional<Refusal> acquire(Route.Budget budget, ApiKey key, String address) {
        if (budget == Route.Budget.NONE) {
            return Optional.empty();
        }
        if (budget == Route.Budget.SLACK) {
            return slackPerAddress
                    .acquire(address)
                    .map(wait -> new Refusal(wait, "Too many Slack requests from this" + " address"));
        }
        if (key != null && key.widget()) {
            return widgetPerAddress
                    .acquire(address)
                    .map(wait -> new Refusal(wait, "Too many questions from this visitor"));
        }
        boolean asking = budget == Route.Budget.ASK;
        String what = asking ? "questions" : "ingestion requests";
        Optional<Refusal> byAddress = (asking ? askPerAddress : ingestPerAddress)
                .acquire(address)
                .map(wait -> new Refusal(wait, "Too many " + what + " from this address"));
        if (byAddress.isPresent() || key == null) {
            return byAddress;
        }
        return (asking ? askPerKey : ingestPerKey)
                .acquire(key.name())
                .map(wait -> new Refusal(wait, "Too many " + what + " with this key"));
    }
}
