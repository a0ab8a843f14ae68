package io.newsdesk.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.Poll;
import io.newsdesk.testing.SampleArchive;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that hang up: hundreds of asks and event streams dropped at random points (in the headers,
 * in the body, while queued, while answered, mid-stream) must give every answering slot back, so the
 * next reader is answered at once instead of waiting out the queue and hearing 503 for good.
 */
@QuarkusTest
class AbortedRequestsTest {

    private static final int ROUNDS = 6;
    private static final int CLIENTS = 60;
    private static final String[] PATHS = {"/api/v1/ask", "/api/v1/ask/stream"};

    @Inject
    AdmissionGates gates;

    @Inject
    ArchiveFixture archive;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void samples() {
        SampleArchive.load(archive);
    }

    @Test
    void should_give_back_every_answering_slot_when_clients_hang_up_at_random_points() throws Exception {
        // given
        AdmissionGate answering = gates.of(Route.Gate.ANSWER);
        Random random = new Random(20261207L);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        ask("Who is Syria's ally?").then().statusCode(200); // a service that has answered before

        // when: rounds of clients that each drop the connection somewhere along the way
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch done = new CountDownLatch(CLIENTS);
                for (int i = 0; i < CLIENTS; i++) {
                    String path = PATHS[random.nextInt(PATHS.length)];
                    String body = "{\"question\":\"Who vetoed the resolution, round " + round + " client " + i + "?\"}";
                    Abort abort = Abort.values()[random.nextInt(Abort.values().length)];
                    long delayMillis = random.nextInt(80);
                    clients.execute(() -> {
                        try {
                            abort.send(base, path, body, delayMillis);
                        } catch (IOException ignored) {
                            // the server may close first; either way the client is gone
                        } finally {
                            done.countDown();
                        }
                    });
                }
                assertThat(done.await(60, TimeUnit.SECONDS))
                        .as("round %d's clients done", round)
                        .isTrue();
            }
        } finally {
            clients.shutdownNow();
        }

        // then: once the work already started is over, every slot is free again
        Poll.until(
                "every answering slot to be given back",
                Duration.ofSeconds(60),
                () -> answering.running() == 0 && answering.waiting() == 0);
        List<AdmissionGate.Permit> all = new ArrayList<>();
        for (int i = 0; i < answering.concurrency(); i++) {
            Optional<AdmissionGate.Permit> permit = answering.tryEnter();
            assertThat(permit)
                    .as("slot %d of %d", i + 1, answering.concurrency())
                    .isPresent();
            all.add(permit.get());
        }
        all.forEach(AdmissionGate.Permit::close);
        long start = System.nanoTime();
        Response answered = ask("Who vetoed the United Nations resolution?");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }

    private static Response ask(String question) {
        return given().contentType("application/json")
                .body(Map.of("question", question))
                .post("/api/v1/ask");
    }

    /** Where a client hangs up. */
    private enum Abort {
        /** Half the request line and headers, then gone. */
        IN_HEADERS {
            @Override
            byte[] part(byte[] request) {
                return Arrays.copyOf(request, request.length / 3);
            }
        },
        /** The headers and half the body: the server waits for the rest, then sees the close. */
        IN_BODY {
            @Override
            byte[] part(byte[] request) {
                return Arrays.copyOf(request, request.length - 8);
            }
        },
        /** The whole request, then gone after a random moment: queued, answering or mid-stream. */
        AFTER_REQUEST,
        /** The whole request and the first bytes of the response, then gone. */
        AFTER_FIRST_BYTES {
            @Override
            boolean readFirst() {
                return true;
            }
        };

        byte[] part(byte[] request) {
            return request;
        }

        boolean readFirst() {
            return false;
        }

        void send(URL base, String path, String body, long delayMillis) throws IOException {
            byte[] json = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept: */*\r\nContent-Length: " + json.length
                    + "\r\n\r\n";
            byte[] request = (head + body).getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(part(request));
                out.flush();
                if (readFirst()) {
                    InputStream in = socket.getInputStream();
                    in.read(new byte[64]);
                }
                LockSupport.parkNanos(
                        Duration.ofMillis(delayMillis).toNanos()); // the client's moment, not a wait for work
                socket.setSoLinger(true, 0); // a reset, as a dropped connection looks to the server
            }
        }
    }
}
