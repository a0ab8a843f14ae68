package io.newsdesk.access;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the gates can still let work in. Readiness turns DOWN when every slot of a gate has been
 * taken for longer than {@code newsdesk.limits.stuck-after} without one coming free: the service
 * would only queue and refuse, so it should get no traffic. The gauges
 * {@code newsdesk_admission_running}, {@code _waiting} and {@code _saturated_seconds} (per gate)
 * show the same to a dashboard before it comes to that.
 */
@Readiness
@Startup
@ApplicationScoped
class AdmissionHealth implements HealthCheck {

    private final AdmissionGates gates;
    private final LimitsConfig limits;

    AdmissionHealth(AdmissionGates gates, LimitsConfig limits, MeterRegistry registry) {
        this.gates = gates;
        this.limits = limits;
        for (AdmissionGate gate : gates.all()) {
            Gauge.builder("newsdesk.admission.running", gate, AdmissionGate::running)
                    .tag("gate", gate.name())
                    .description("Work running now")
                    .register(registry);
            Gauge.builder("newsdesk.admission.waiting", gate, AdmissionGate::waiting)
                    .tag("gate", gate.name())
                    .description("Work admitted and waiting for a slot")
                    .register(registry);
            Gauge.builder(
                            "newsdesk.admission.saturated",
                            gate,
                            g -> g.saturatedFor().toMillis() / 1000.0)
                    .tag("gate", gate.name())
                    .baseUnit("seconds")
                    .description("How long every slot has been taken without one coming free")
                    .register(registry);
        }
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("admission").up();
        for (AdmissionGate gate : gates.all()) {
            Duration saturated = gate.saturatedFor();
            boolean stuck = saturated.compareTo(limits.stuckAfter()) > 0;
            response.withData(
                    gate.name(),
                    stuck
                            ? "stuck: every slot taken for " + saturated.toSeconds() + " s"
                            : gate.running() + " running, " + gate.waiting() + " waiting");
            if (stuck) {
                response.down();
            }
        }
        return response.build();
    }
}
