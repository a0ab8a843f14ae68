package io.newsdesk.testing;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.Map;

/** One read of /q/metrics (Prometheus text format), with look-ups of sample values by name and tags. */
public final class PrometheusScrape {

    private final String text;

    private PrometheusScrape(String text) {
        this.text = text;
    }

    /** The service's metrics now. */
    public static PrometheusScrape now() {
        return new PrometheusScrape(
                given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The metrics now of the service at {@code base} (a {@link PackagedService}). */
    public static PrometheusScrape at(URI base) {
        return new PrometheusScrape(given().get(base.resolve("/q/metrics").toString())
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    /** The raw exposition text. */
    public String text() {
        return text;
    }

    /**
     * The sum of the samples named {@code name} whose labels include every one of {@code tags}
     * (0 when there is none, as for a counter that has not moved yet).
     */
    public double value(String name, Map<String, String> tags) {
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String labels = line.substring(name.length(), space);
            boolean matches = tags.entrySet().stream()
                    .allMatch(tag -> labels.contains(tag.getKey() + "=\"" + tag.getValue() + "\""));
            if (matches) {
                sum += Double.parseDouble(line.substring(space + 1));
            }
        }
        return sum;
    }

    /** The sample lines named {@code name}, for failure messages. */
    public String lines(String name) {
        return String.join(
                "\n", text.lines().filter(line -> line.startsWith(name)).toList());
    }

    /** Whether a sample named {@code name} is exposed at all. */
    public boolean has(String name) {
        return text.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }
}
