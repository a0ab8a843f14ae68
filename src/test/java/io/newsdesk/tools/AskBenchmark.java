package io.newsdesk.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Question benchmark (not a test): asks the questions of QUESTIONS_JSONL against a running service
 * at each concurrency, for SECONDS each (default 20), and prints throughput and latency percentiles.
 * Usage: AskBenchmark BASE_URL QUESTIONS_JSONL [SECONDS] [CONCURRENCY ...]
 */
public final class AskBenchmark {

    private AskBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        NewsdeskClient client = new NewsdeskClient(args[0]);
        List<String> questions = EvalData.readJsonLines(Path.of(args[1])).stream()
                .map(q -> q.path("question").asText()).toList();
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<Integer> levels = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            levels.add(Integer.parseInt(args[i]));
        }
        if (levels.isEmpty()) {
            levels = List.of(1, 8, 32);
        }
        for (String question : questions.subList(0, Math.min(50, questions.size()))) {
            client.ask(request(question));
        }
        System.out.println("| concurrency | questions/s | p50 ms | p95 ms | p99 ms | errors |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (int level : levels) {
            run(client, questions, level, seconds);
        }
    }

    private static void run(NewsdeskClient client, List<String> questions, int concurrency, int seconds)
            throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String question = questions.get(Math.floorMod(next.getAndIncrement(), questions.size()));
                    long t = System.nanoTime();
                    try {
                        client.ask(request(question));
                        latencies.add((System.nanoTime() - t) / 1e6);
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("| %d | %.1f | %.0f | %.0f | %.0f | %d |%n", concurrency, sorted.size() / elapsed,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), errors.get());
    }

    private static ObjectNode request(String question) {
        return EvalData.JSON.createObjectNode().put("question", question);
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
