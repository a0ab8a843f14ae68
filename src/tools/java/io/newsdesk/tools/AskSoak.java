package io.newsdesk.tools;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Soak command (not a test): after 50 questions one at a time and WARMUP_SECONDS of load, reads the
 * service's heap after a full GC, asks from CONCURRENCY clients for SECONDS, reads the heap after a
 * full GC again, and prints the load figures, both heap readings, the change and PASS or FAIL
 * against BOUND_PERCENT (the heap after GC may not grow by more than that). Exits 1 on FAIL.
 * Usage: AskSoak BASE_URL QUESTIONS_JSONL SERVICE_PID [CONCURRENCY=8] [SECONDS=600] [WARMUP_SECONDS=20]
 * [BOUND_PERCENT=10]
 */
public final class AskSoak {

    private static final double MIB = 1024.0 * 1024.0;

    private AskSoak() {}

    public static void main(String[] args) throws Exception {
        NewsdeskClient client = new NewsdeskClient(args[0]);
        List<String> questions = AskLoad.questions(Path.of(args[1]));
        HeapProbe heap = new HeapProbe(args[2]);
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        Duration soak = Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 600);
        Duration warmUp = Duration.ofSeconds(args.length > 5 ? Long.parseLong(args[5]) : 20);
        double bound = args.length > 6 ? Double.parseDouble(args[6]) : 10;
        System.out.printf(
                "soak: %d clients asking %d questions (cycling) for %d s after %d s of warm-up%n",
                concurrency, questions.size(), soak.toSeconds(), warmUp.toSeconds());

        AskLoad.prime(client, questions);
        AskLoad.drive(client, questions, concurrency, Duration.ZERO, warmUp);
        long start = heap.usedAfterFullGc();
        System.out.printf("machine load average before: %s%n", AskLoad.loadAverage());
        AskLoad.Result result = AskLoad.drive(client, questions, concurrency, Duration.ZERO, soak);
        System.out.printf("machine load average after: %s%n", AskLoad.loadAverage());
        long end = heap.usedAfterFullGc();

        result.print();
        double change = 100.0 * (end - start) / start;
        boolean pass = change <= bound;
        System.out.printf(
                "heap after full GC: start %.1f MiB, end %.1f MiB, change %+.1f%%%n", start / MIB, end / MIB, change);
        System.out.printf("soak %s (bound: heap after GC grows by at most %.0f%%)%n", pass ? "PASS" : "FAIL", bound);
        if (!pass) {
            System.exit(1);
        }
    }
}
