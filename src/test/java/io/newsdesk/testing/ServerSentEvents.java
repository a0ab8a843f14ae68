package io.newsdesk.testing;

import java.util.ArrayList;
import java.util.List;

/** Parses a text/event-stream body into its events (name and data, multi-line data joined with \n). */
public final class ServerSentEvents {

    private ServerSentEvents() {}

    /** One event. */
    public record Event(String name, String data) {}

    /** The events of a whole stream, in order. */
    public static List<Event> parse(String body) {
        List<Event> events = new ArrayList<>();
        for (String block : body.replace("\r\n", "\n").split("\n\n")) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            boolean any = false;
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                    any = true;
                } else if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "")
                            .append(line.substring(5).stripLeading());
                    any = true;
                }
            }
            if (any) {
                events.add(new Event(name, data.toString()));
            }
        }
        return events;
    }

    /** The names of the events, in order. */
    public static List<String> names(List<Event> events) {
        return events.stream().map(Event::name).toList();
    }
}
