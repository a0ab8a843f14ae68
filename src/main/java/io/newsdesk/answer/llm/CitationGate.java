package io.newsdesk.answer.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sits between the model's stream and the client: collects chunks into sentences, verifies each
 * sentence as soon as it is complete, and lets through only verified ones. What the client sees
 * as tokens is therefore exactly the validated answer, never text that is later dropped.
 */
final class CitationGate implements Consumer<String> {

    /**
     * A sentence ends at . ! or ? (not after an initial such as the "S" of "U.S." or a title such
     * as "Mr"), followed by any citation markers, then space and the start of the next sentence.
     */
    private static final Pattern END =
            Pattern.compile("(?<!\\b\\p{Lu})(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|No|vs))[.!?]"
                    + "((?:\\s*\\[[\\d,\\s]+\\])*)\\s+(?=[\\p{Lu}\\p{N}\"“‘'(])");

    private final CitationVerifier verifier;
    private final Consumer<String> tokens;
    private final StringBuilder buffer = new StringBuilder();
    private final List<CitationVerifier.Verified> kept = new ArrayList<>();

    CitationGate(CitationVerifier verifier, Consumer<String> tokens) {
        this.verifier = verifier;
        this.tokens = tokens;
    }

    @Override
    public void accept(String chunk) {
        buffer.append(chunk);
        for (Matcher end = END.matcher(buffer); end.find(); end = END.matcher(buffer)) {
            pass(buffer.substring(0, end.start() + 1 + end.group(1).length()));
            buffer.delete(0, end.end());
        }
    }

    /** Verifies what is left once the stream has ended; the verified sentences, in order. */
    List<CitationVerifier.Verified> finish() {
        pass(buffer.toString());
        buffer.setLength(0);
        return List.copyOf(kept);
    }

    /** Verifies a whole reply at once (no stream). */
    List<CitationVerifier.Verified> verifyAll(String reply) {
        accept(reply);
        return finish();
    }

    private void pass(String sentence) {
        if (sentence.isBlank()) {
            return;
        }
        CitationVerifier.Verified verified = verifier.verify(sentence);
        if (verified != null) {
            tokens.accept(kept.isEmpty() ? verified.text() : " " + verified.text());
            kept.add(verified);
        }
    }
}
