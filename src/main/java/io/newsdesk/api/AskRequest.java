package io.newsdesk.api;

import java.util.List;

/** The body of POST /api/v1/ask. */
record AskRequest(String question, Filters filters, Integer maxCitations, Double minConfidence) {

    /** Optional restrictions; dates are ISO (2017-01-01), ids are article ids. */
    record Filters(List<String> sources, String from, String to, List<String> articleIds,
            List<String> excludeArticleIds) {
    }
}
