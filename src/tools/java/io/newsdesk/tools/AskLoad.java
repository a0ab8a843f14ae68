package io.newsdesk.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Load command (not a test): asks the questions of QUESTIONS_JSONL, cycling, against a running
 * service from CONCURRENCY clients for SECONDS after WARMUP_SECONDS that are not counted (the first
 * 50 questions are asked one at a time before that), and prints
 * throughput, latency percentiles and errors (non-2xx answers by status, transport failures).
 * Usage: AskLoad BASE_URL QUESTIONS_JSONL [CONCURRENCY=32] [SECONDS=60] [WARMUP_SECONDS=5]
 */
public final class AskLoad {

    private AskLoad() {}

    public static void main(String[] args) throws Exception {
        NewsdeskClient client = new NewsdeskClient(args[0]);
        List<String> questions = questions(Path.of(args[1]));
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        Duration measured = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 60);
        Duration warmUp = Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 5);
        System.out.printf(
                "load: %d clients asking %d questions (cycling) for %d s after %d s of warm-up%n",
                concurrency, questions.size(), measured.toSeconds(), warmUp.toSeconds());
        prime(client, questions);
        System.out.printf("machine load average before: %s%n", loadAverage());
        Result result = drive(client, questions, concurrency, warmUp, measured);
        System.out.printf("machine load average after: %s%n", loadAverage());
        result.print();
    }

    /**
     * Asks the first 50 questions one at a time, so the first timed questions do not pay for the
     * service's cold start (class loading, JIT, caches) all at once.
     */
    static void prime(NewsdeskClient client, List<String> questions) {
        for (String question : questions.subList(0, Math.min(50, questions.size()))) {
            client.ask(EvalData.JSON.createObjectNode().put("question", question));
        }
    }

    /** The question texts of a questions.jsonl. */
    static List<String> questions(Path file) {
        return EvalData.readJsonLines(file).stream()
                .map(q -> q.path("question").asText())
                .toList();
    }

    /**
     * Asks from {@code concurrency} clients, each asking again as soon as it has its answer, for
     * {@code warmUp} then {@code measured}. What finishes within the measured period counts (its
     * latency whenever it was sent); what is still running when it ends is reported as unfinished.
     */
    static Result drive(
            NewsdeskClient client, List<String> questions, int concurrency, Duration warmUp, Duration measured)
            throws Exception {
        return drive(client, questions, null, concurrency, warmUp, measured);
    }

    /**
     * The same, every question asked with {@code filters} (the {@code filters} object of /api/v1/ask:
     * sources, date range, article ids, excluded articles), or without any when it is null.
     */
    static Result drive(
            NewsdeskClient client,
            List<String> questions,
            ObjectNode filters,
            int concurrency,
            Duration warmUp,
            Duration measured)
            throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger unfinished = new AtomicInteger();
        long start = System.nanoTime() + warmUp.toNanos();
        long end = start + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                clients.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        String question = questions.get(Math.floorMod(next.getAndIncrement(), questions.size()));
                        long sent = System.nanoTime();
                        String error = ask(client, question, filters);
                        long done = System.nanoTime();
                        if (done < start) {
                            continue;
                        }
                        if (done > end) {
                            unfinished.incrementAndGet();
                        } else if (error == null) {
                            latencies.add((done - sent) / 1e6);
                        } else {
                            errors.computeIfAbsent(error, e -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> running : clients) {
                running.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Map<String, Integer> errorCounts = new TreeMap<>();
        errors.forEach((error, count) -> errorCounts.put(error, count.get()));
        return new Result(measured.toNanos() / 1e9, sorted, errorCounts, unfinished.get());
    }

    /** The 1, 5 and 15 minute load averages (the machine is shared: other work skews the figures). */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Null when the question was answered with a 2xx, otherwise the status code or "transport". */
    private static String ask(NewsdeskClient client, String question, ObjectNode filters) {
        ObjectNode request = EvalData.JSON.createObjectNode().put("question", question);
        if (filters != null) {
            request.set("filters", filters);
        }
        try {
            int status = client.askStatus(request);
            return status >= 200 && status < 300 ? null : Integer.toString(status);
        } catch (UncheckedIOException e) {
            return "transport";
        }
    }

    /**
     * What a load run measured: its length, the sorted latencies of the questions answered within it,
     * errors by kind, and the questions still unanswered when it ended.
     */
    record Result(double seconds, List<Double> sortedMillis, Map<String, Integer> errors, int unfinished) {

        /** The head of a table of {@link #row} lines, its first column named {@code label}. */
        static String tableHead(String label) {
            return "| " + label
                    + " | questions/s | p50 ms | p95 ms | p99 ms | errors |\n| --- | --- | --- | --- | --- | --- |\n";
        }

        double throughput() {
            return sortedMillis.size() / seconds;
        }

        int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }

        double percentile(int p) {
            if (sortedMillis.isEmpty()) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sortedMillis.size()) - 1;
            return sortedMillis.get(Math.min(sortedMillis.size() - 1, Math.max(0, rank)));
        }

        /** A markdown table row: label, questions/s, p50, p95 and p99 ms, errors (under {@link #tableHead}). */
        String row(String label) {
            return String.format(
                    "| %s | %.1f | %.0f | %.0f | %.0f | %d |%n",
                    label, throughput(), percentile(50), percentile(95), percentile(99), errorCount());
        }

        double max() {
            return sortedMillis.isEmpty() ? 0 : sortedMillis.get(sortedMillis.size() - 1);
        }

        void print() {
            System.out.printf(
                    "answered: %d in %.0f s, errors: %d, unfinished at the end: %d%n",
                    sortedMillis.size(), seconds, errorCount(), unfinished);
            System.out.printf("throughput: %.1f questions/s%n", throughput());
            System.out.printf(
                    "latency ms: p50 %.0f, p95 %.0f, p99 %.0f, max %.0f%n",
                    percentile(50), percentile(95), percentile(99), max());
            System.out.printf(
                    "errors by status: %s%n",
                    errors.isEmpty()
                            ? "none"
                            : errors.entrySet().stream()
                                    .map(e -> e.getKey() + " x" + e.getValue())
                                    .collect(Collectors.joining(", ")));
        }
    }
}
