package io.newsdesk.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every JAX-RS endpoint of the application, found by reflection over the {@code @Path} classes, is
 * in /q/openapi with a summary and at least one problem+json error response; adding an
 * undocumented endpoint fails this test.
 */
@QuarkusTest
class OpenApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ObjectMapper mapper;

    private JsonNode document;

    /** One endpoint: HTTP method (lower case, as in OpenAPI) and path template. */
    record Endpoint(String method, String path) {}

    @BeforeEach
    void readDocument() throws Exception {
        document = mapper.readTree(given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    @Test
    void should_document_every_endpoint_with_a_summary_and_a_problem_error_response() {
        // given
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints)
                .as("JAX-RS endpoints found by reflection")
                .hasSizeGreaterThanOrEqualTo(13)
                .contains(
                        new Endpoint("post", "/api/v1/ask"),
                        new Endpoint("delete", "/api/v1/articles/{id}"),
                        new Endpoint("post", "/slack/events"));

        // then
        for (Endpoint endpoint : endpoints) {
            JsonNode operation = document.path("paths").path(endpoint.path()).path(endpoint.method());
            assertThat(operation.isObject()).as("%s is documented", endpoint).isTrue();
            assertThat(operation.path("summary").asText())
                    .as("summary of %s", endpoint)
                    .isNotBlank();
            assertThat(problemResponses(operation))
                    .as("problem+json error responses of %s", endpoint)
                    .isNotEmpty();
            if (endpoint.path().startsWith("/api/v1")) {
                assertThat(problemResponses(operation))
                        .as("keys, scopes and outages on %s", endpoint)
                        .contains("401", "403", "503");
            }
        }
    }

    @Test
    void should_describe_request_bodies_with_a_schema() {
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.method().equals("post") || endpoint.path().equals("/api/v1/conversations")) {
                continue;
            }
            JsonNode content = document.path("paths")
                    .path(endpoint.path())
                    .path("post")
                    .path("requestBody")
                    .path("content");
            assertThat(content.isObject() && content.size() > 0)
                    .as("request body of %s", endpoint)
                    .isTrue();
            content.forEach(media -> assertThat(media.has("schema"))
                    .as("body schema of %s", endpoint)
                    .isTrue());
        }
        assertThat(document.at("/paths/~1api~1v1~1articles/post/requestBody/content")
                        .fieldNames())
                .toIterable()
                .contains("application/json", "application/x-ndjson", "text/plain");
    }

    @Test
    void should_describe_the_problem_schema_and_the_api() {
        assertThat(document.at("/info/title").asText()).isEqualTo("newsdesk");
        assertThat(document.at("/info/description").asText()).contains("problem+json");
        assertThat(document.at("/components/schemas/Problem/properties").fieldNames())
                .toIterable()
                .contains("type", "title", "status", "detail", "request_id");
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** The codes of the operation's 4xx/5xx responses whose content is problem+json with a schema. */
    private List<String> problemResponses(JsonNode operation) {
        List<String> codes = new ArrayList<>();
        operation.path("responses").fields().forEachRemaining(entry -> {
            JsonNode response = resolve(entry.getValue());
            if (entry.getKey().matches("[45]\\d\\d")
                    && response.path("content").path(PROBLEM).has("schema")) {
                codes.add(entry.getKey());
            }
        });
        return codes;
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    /** Every resource method of the application's {@code @Path} classes, with its full path. */
    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.newsdesk")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = type.reflect();
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String path = join(base, sub == null ? "" : sub.value());
                    endpoints.add(new Endpoint(verb.toLowerCase(Locale.ROOT), path));
                }
            }
        }
        return endpoints.stream().distinct().toList();
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
