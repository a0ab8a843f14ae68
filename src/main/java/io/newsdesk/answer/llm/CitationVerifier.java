package io.newsdesk.answer.llm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks one sentence of a model's answer against the numbered sources it was given: citation
 * numbers that were not given are removed, and the sentence is kept only if at least one valid
 * citation remains and enough of its content words appear in the sentences it cites.
 */
final class CitationVerifier {

    private static final Pattern MARKER = Pattern.compile("\\[(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)*)\\]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the",
            "and",
            "for",
            "was",
            "were",
            "are",
            "is",
            "that",
            "this",
            "with",
            "from",
            "has",
            "have",
            "had",
            "its",
            "their",
            "his",
            "her",
            "they",
            "which",
            "who",
            "what",
            "when",
            "where",
            "not",
            "but",
            "also",
            "been",
            "into",
            "than",
            "then",
            "there",
            "about",
            "after",
            "before",
            "over",
            "said",
            "says",
            "did",
            "does",
            "according",
            "sources",
            "source");
    private static final int PREFIX = 5;

    private final Map<Integer, String> sources;
    private final double minSupport;

    /** {@code sources}: citation number to sentence text. */
    CitationVerifier(Map<Integer, String> sources, double minSupport) {
        this.sources = Map.copyOf(sources);
        this.minSupport = minSupport;
    }

    /** A kept sentence with its valid citation numbers in order of appearance. */
    record Verified(String text, List<Integer> cited) {}

    /** The sentence cleaned of unknown numbers, or null when it is not grounded. */
    Verified verify(String sentence) {
        Set<Integer> cited = new LinkedHashSet<>();
        Matcher marker = MARKER.matcher(sentence);
        StringBuilder cleaned = new StringBuilder();
        while (marker.find()) {
            List<Integer> valid = new ArrayList<>();
            for (String number : marker.group(1).split(",")) {
                int n = parse(number.strip());
                if (sources.containsKey(n)) {
                    valid.add(n);
                }
            }
            cited.addAll(valid);
            String kept = valid.isEmpty()
                    ? ""
                    : valid.stream().map(n -> "[" + n + "]").collect(Collectors.joining());
            marker.appendReplacement(cleaned, Matcher.quoteReplacement(kept));
        }
        marker.appendTail(cleaned);
        String text = cleaned.toString()
                .replaceAll("\\s+([.,;:!?])", "$1")
                .replaceAll("\\s{2,}", " ")
                .strip();
        if (cited.isEmpty() || !supported(text, cited)) {
            return null;
        }
        return new Verified(text, List.copyOf(cited));
    }

    /** Whether enough of the sentence's content words occur in the cited sentences (prefix match). */
    private boolean supported(String text, Set<Integer> cited) {
        if (minSupport <= 0) {
            return true;
        }
        Set<String> words = contentPrefixes(MARKER.matcher(text).replaceAll(" "));
        if (words.isEmpty()) {
            return false;
        }
        Set<String> evidence = new HashSet<>();
        cited.forEach(n -> evidence.addAll(contentPrefixes(sources.get(n))));
        long found = words.stream().filter(evidence::contains).count();
        return found >= minSupport * words.size();
    }

    private static Set<String> contentPrefixes(String text) {
        Set<String> prefixes = new HashSet<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            String w = word.group();
            boolean content = Character.isDigit(w.charAt(0)) || w.length() > 2 && !FUNCTION_WORDS.contains(w);
            if (content) {
                prefixes.add(w.length() > PREFIX ? w.substring(0, PREFIX) : w);
            }
        }
        return prefixes;
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
