package io.newsdesk.answer.question;

import io.newsdesk.util.LruCache;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Tokenises and POS-tags English text with the OpenNLP UD-EWT models shipped in the
 * {@code opennlp-models-tokenizer-en} and {@code opennlp-models-pos-en} jars. The models are read
 * from the classpath once per JVM (about 0.2 s) and shared; the non-thread-safe
 * {@link TokenizerME}/{@link POSTaggerME} wrappers are kept one per thread.
 */
public final class EnglishTagger {

    static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /**
     * Tagged sentences by text: tagging was in about a quarter of the service's CPU samples under uncached
     * load (JFR profile, docs/experiments.md), and the same archive sentences come back for related questions.
     */
    private static final int CACHED_SENTENCES = 4_096;

    private final ThreadLocal<TokenizerME> tokenizers;
    private final ThreadLocal<POSTaggerME> taggers;
    private final LruCache<String, TaggedSentence> cache = new LruCache<>(CACHED_SENTENCES);

    private EnglishTagger(TokenizerModel tokenizerModel, POSModel posModel) {
        this.tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
        this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(posModel, POSTagFormat.UD));
    }

    /** The JVM-wide tagger; models load on first use. */
    public static EnglishTagger shared() {
        return Holder.INSTANCE;
    }

    public TaggedSentence tag(String text) {
        return cache.computeIfAbsent(text, this::tagNow);
    }

    private TaggedSentence tagNow(String text) {
        Span[] spans = splitPossessives(text, tokenizers.get().tokenizePos(text));
        String[] tokens = new String[spans.length];
        int[] starts = new int[spans.length];
        int[] ends = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            starts[i] = spans[i].getStart();
            ends[i] = spans[i].getEnd();
            tokens[i] = text.substring(starts[i], ends[i]);
        }
        String[] tags = taggers.get().tag(tokens);
        for (int i = 0; i < tags.length; i++) {
            int plus = tags[i].indexOf('+');
            tags[i] = plus > 0 ? tags[i].substring(0, plus) : tags[i];
            if (tokens[i].equalsIgnoreCase("'s") || tokens[i].equalsIgnoreCase("’s")) {
                tags[i] = "PART";
            }
        }
        return new TaggedSentence(text, tokens, tags, starts, ends);
    }

    /** The UD tokenizer keeps "Facebook's" / "Myanmar’s" whole; names must not carry the possessive. */
    private static Span[] splitPossessives(String text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span span : spans) {
            int end = span.getEnd();
            char apostrophe = end - span.getStart() > 2 ? text.charAt(end - 2) : ' ';
            boolean possessive =
                    (apostrophe == '\'' || apostrophe == '’') && Character.toLowerCase(text.charAt(end - 1)) == 's';
            char last = text.charAt(end - 1);
            boolean pluralPossessive =
                    end - span.getStart() > 2 && (last == '’' || last == '\'') && text.charAt(end - 2) == 's';
            if (pluralPossessive) {
                out.add(new Span(span.getStart(), end - 1));
                out.add(new Span(end - 1, end));
            } else if (possessive) {
                out.add(new Span(span.getStart(), end - 2));
                out.add(new Span(end - 2, end));
            } else {
                out.add(span);
            }
        }
        return out.toArray(new Span[0]);
    }

    private static EnglishTagger load() {
        try (InputStream tokens = open(TOKENIZER_MODEL);
                InputStream pos = open(POS_MODEL)) {
            return new EnglishTagger(new TokenizerModel(tokens), new POSModel(pos));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP English models", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = EnglishTagger.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " not on the classpath");
        }
        return in;
    }

    /** Lazy, thread-safe, load-once holder (initialisation-on-demand idiom). */
    private static final class Holder {
        private static final EnglishTagger INSTANCE = load();
    }
}
