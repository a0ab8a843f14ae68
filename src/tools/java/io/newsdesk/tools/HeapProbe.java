package io.newsdesk.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a running JVM's heap after a full collection, with the JDK's own {@code jcmd}: two
 * {@code GC.run} (System.gc(), a full collection with the default collectors), then the used bytes
 * of every heap space in {@code GC.heap_info} (G1 reports one space, the generational collectors
 * several; metaspace is not heap and is left out).
 */
final class HeapProbe {

    // One line per heap space: "garbage-first heap   total 262144K, used 53012K [...", "PSYoungGen total 76288K,
    // used 3932K [..." and, from JDK 21, "garbage-first heap   total reserved 6291456K, committed 262144K, used ...".
    private static final Pattern SPACE = Pattern.compile("total[^\\n]*?used (\\d+)K");

    private final String pid;
    private final String jcmd =
            Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();

    HeapProbe(String pid) {
        this.pid = pid;
    }

    /** Heap in use after a full collection, in bytes. */
    long usedAfterFullGc() {
        run("GC.run");
        run("GC.run");
        return used(run("GC.heap_info"));
    }

    /** The used bytes of the heap spaces listed by GC.heap_info. */
    static long used(String heapInfo) {
        long kib = 0;
        Matcher space = SPACE.matcher(heapInfo);
        while (space.find()) {
            kib += Long.parseLong(space.group(1));
        }
        if (kib == 0) {
            throw new IllegalStateException("no heap space in jcmd GC.heap_info output:\n" + heapInfo);
        }
        return kib * 1024;
    }

    private String run(String command) {
        try {
            Process process = new ProcessBuilder(List.of(jcmd, pid, command))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
