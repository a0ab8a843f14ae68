package io.newsdesk.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the errors every {@code /api/v1} operation can give whatever it does, because they come
 * from filters in front of all of them rather than from the resource: 401 and 403 (keys, widget keys,
 * CORS) and 503 (database unreachable, service at capacity). Each resource documents its own errors
 * with annotations. Registered with {@code mp.openapi.filter}.
 */
public class CommonProblemResponses implements OASFilter {

    private static final String API = "/api/v1";
    private static final Map<String, String> COMMON =
            Map.of("401", "Unauthorized", "403", "Forbidden", "503", "ServiceUnavailable");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(API)) {
                operations(item).forEach(CommonProblemResponses::addCommon);
            }
        });
    }

    private static List<Operation> operations(PathItem item) {
        return List.copyOf(item.getOperations().values());
    }

    private static void addCommon(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        COMMON.forEach((code, component) -> {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(component));
            }
        });
    }
}
