package io.newsdesk.testing;

import java.util.ArrayList;
import java.util.List;

/** Parses a text/event-stream body into its events (id, name and data, multi-line data joined with \n). */
public final class ServerSentEvents {

    private ServerSentEvents() {}

    /** One event. */
    public record Event(String id, String name, String data) {}

    /** The events of a whole stream, in order. */
    public static List<Event> parse(String body) {
        List<Event> events = new ArrayList<>();
        for (String block : body.replace("\r\n", "\n").split("\n\n")) {
            String id = null;
            String name = "message";
            StringBuilder data = new StringBuilder();
            boolean any = false;
            for (String line : block.split("\n")) {
                if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                    any = true;
                } else if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "")
                            .append(line.substring(5).stripLeading());
                    any = true;
                }
            }
            if (any) {
                events.add(new Event(id, name, data.toString()));
            }
        }
        return events;
    }

    /** The comment lines of a whole stream (heartbeats), without their leading colon. */
    public static List<String> comments(String body) {
        return body.replace("\r\n", "\n")
                .lines()
                .filter(line -> line.startsWith(":"))
                .map(line -> line.substring(1).strip())
                .toList();
    }

    /** The names of the events, in order. */
    public static List<String> names(List<Event> events) {
        return events.stream().map(Event::name).toList();
    }
}
