package io.newsdesk.chat;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one {@link Clock} bean: conversation times and expiry read it, so tests can move time on
 * instead of sleeping. Move this producer down to a shared package if another capability needs it.
 */
class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
