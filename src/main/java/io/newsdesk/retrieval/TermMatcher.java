package io.newsdesk.retrieval;

import io.newsdesk.util.LruCache;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.PorterStemmer;

/** Lower-cases, tokenises and Porter-stems text so question terms match inflected forms ("vetoed", "veto"). */
public final class TermMatcher {

    /** Stems of words seen before: stemming is a good share of ranking time, and news reuses its words. */
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();

    private static final int MAX_CACHED_STEMS = 200_000;
    /** Stems by sentence text: candidate sentences, their neighbours and titles recur across questions. */
    private static final LruCache<String, List<String>> TEXTS = new LruCache<>(16_384);

    private TermMatcher() {}

    /** {@link #stems}, kept for recently seen texts; the list is unmodifiable. */
    static List<String> cachedStems(String text) {
        return text == null ? List.of() : TEXTS.computeIfAbsent(text, t -> List.copyOf(stems(t)));
    }

    /** The stems of the words of the text, in order. */
    static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        if (text == null) {
            return stems;
        }
        PorterStemmer stemmer = null;
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean wordChar = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                String word = lower.substring(start, i);
                String stem = STEMS.get(word);
                if (stem == null) {
                    stemmer = stemmer == null ? new PorterStemmer() : stemmer;
                    stem = stemmer.stem(word);
                    if (STEMS.size() < MAX_CACHED_STEMS) {
                        STEMS.put(word, stem);
                    }
                }
                stems.add(stem);
                start = -1;
            }
        }
        return stems;
    }

    /** The distinct stems of the terms. */
    static Set<String> stemSet(List<String> terms) {
        Set<String> stems = new HashSet<>();
        for (String term : terms) {
            stems.addAll(stems(term));
        }
        return stems;
    }

    /** Share of the question's focus terms (their stems) that occur anywhere in the texts. */
    public static double coverage(List<String> focusTerms, List<String> texts) {
        List<String> tokens = new ArrayList<>();
        texts.forEach(text -> tokens.addAll(cachedStems(text)));
        return coverage(stemSet(focusTerms), tokens);
    }

    /** Share of the focus stems that occur among the tokens. */
    static double coverage(Set<String> focus, List<String> tokens) {
        if (focus.isEmpty()) {
            return 0;
        }
        Set<String> present = new HashSet<>();
        for (String token : tokens) {
            if (focus.contains(token)) {
                present.add(token);
            }
        }
        return (double) present.size() / focus.size();
    }

    /** 1 when the matched focus terms stand together, falling towards 0 as they spread apart. */
    static double proximity(Set<String> focus, List<String> tokens) {
        int first = -1;
        int last = -1;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (focus.contains(tokens.get(i)) && seen.add(tokens.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (seen.size() < 2) {
            return 0;
        }
        return (double) (seen.size() - 1) / (last - first);
    }
}
