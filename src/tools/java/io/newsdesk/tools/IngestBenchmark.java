package io.newsdesk.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Ingestion benchmark (not a test): ingests an articles.jsonl into an empty database through the
 * running service and prints articles/s, sentences/s and the service's peak RSS.
 * Usage: IngestBenchmark BASE_URL ARTICLES_JSONL SERVICE_PID
 */
public final class IngestBenchmark {

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        NewsdeskClient client = new NewsdeskClient(args[0]);
        Ingestion.Result result = Ingestion.run(client, EvalData.readJsonLines(Path.of(args[1])));
        System.out.printf(
                "articles: %d, sentences: %d, seconds: %.1f%n",
                result.articles(), result.sentences(), result.seconds());
        System.out.printf(
                "articles/s: %.1f, sentences/s: %.1f%n",
                result.articles() / result.seconds(), result.sentences() / result.seconds());
        System.out.printf("service peak RSS: %s%n", peakRss(args.length > 2 ? args[2] : null));
    }

    static String peakRss(String pid) throws IOException {
        if (pid == null) {
            return "unknown (no pid given)";
        }
        long mib = peakRssMib(pid);
        return mib < 0 ? "unknown" : mib + " MiB";
    }

    /** The process's peak resident set size (VmHWM in /proc/PID/status) in MiB, or -1 when it names none. */
    static long peakRssMib(String pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }
}
