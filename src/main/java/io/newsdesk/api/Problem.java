package io.newsdesk.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail; {@code errors} lists per-line or per-field problems when there are several. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String field, List<?> errors) {

    static final String MEDIA_TYPE = "application/problem+json";
}
