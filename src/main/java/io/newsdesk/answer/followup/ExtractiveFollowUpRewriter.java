package io.newsdesk.answer.followup;

import io.newsdesk.answer.question.NounClass;
import io.newsdesk.answer.question.NounClasses;
import io.newsdesk.answer.question.WordLists;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites follow-ups without an LLM. A question leans on the previous turn when it holds a
 * pronoun or demonstrative (he, she, they, it, that, this, there, then ...) or is elliptical (a
 * word or two, "and ...?", "what about ...?"). Then, in order of preference:
 * <ol>
 * <li>"When did that happen?" after "Who vetoed X?" answered "A" becomes "When did A veto X?";</li>
 * <li>a personal pronoun is replaced by the previous answer when that is a name ("Who is he?");</li>
 * <li>otherwise the previous fact is put in front ("A vetoed X. Why?"), so retrieval carries its
 * subject, answer and key terms while the reader still reads the new question's wh-word last.</li>
 * </ol>
 * In each case an acronym of the question that the previous answer's evidence spells out ("UN",
 * "United Nations") is written out, so retrieval matches the words the archive uses.
 * Typed to its own class so that it is never ambiguous with the mode-selected {@link FollowUpRewriter}.
 */
@Singleton
@Typed(ExtractiveFollowUpRewriter.class)
public class ExtractiveFollowUpRewriter implements FollowUpRewriter {

    private static final Set<String> PERSONAL =
            Set.of("he", "she", "him", "her", "his", "hers", "they", "them", "their", "theirs");
    private static final Set<String> DEMONSTRATIVE =
            Set.of("it", "its", "that", "this", "there", "then", "those", "these");
    private static final Set<String> POSSESSIVE = Set.of("his", "their", "hers", "theirs");
    private static final Pattern EVENT = Pattern.compile(
            "(when|where|why|how)\\s+(?:did|does|do|would|could|will)\\s+(?:that|it|this)\\s+(?:happen|occur|take place)\\s*\\??",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> SINGULAR_PERSONAL = Set.of("he", "she", "him", "his", "her", "hers");
    private static final Set<String> TIME_NOUNS = Set.of(
            "week",
            "weekend",
            "year",
            "month",
            "day",
            "morning",
            "afternoon",
            "evening",
            "night",
            "season",
            "summer",
            "winter",
            "spring",
            "autumn",
            "fall",
            "decade",
            "century",
            "time",
            "quarter");
    /** A question naming its own subject with this many content words stands alone. */
    private static final int STANDALONE_CONTENT_WORDS = 3;

    private static final Pattern PRO_VERB = Pattern.compile(
            "(why|how|when|where)\\s+(?:did|does|do|would|could|will)\\s+\\p{L}+\\s+do\\s+(?:it|that|this|so)\\s*[?.!]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHAT_ABOUT =
            Pattern.compile("(?:and\\s+)?(?:what|how)\\s+about\\s+(.+?)\\s*[?.!]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE_THAT = Pattern.compile(
            "(?:and\\s+)?(?:what\\s+(?:happened\\s+)?|who\\s+|which\\s+)?(before|after)\\s+(?:that|this|then|it)\\s*[?.!]*",
            Pattern.CASE_INSENSITIVE);
    /** "When did Russian Federation veto X?": a name, a verb and the rest. */
    private static final Pattern AUX_QUESTION = Pattern.compile(
            "(?i:when|where|why|how)\\s+(?i:did|does|do|will|would)\\s+((?i:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)*)"
                    + "\\s+(\\p{Ll}+)\\s+(.+?)[?.!]*");

    private static final Pattern SUBJECT_QUESTION =
            Pattern.compile("(?:who|what)\\s+(\\S+)\\s+(.+?)[?.!]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ELLIPSIS =
            Pattern.compile("(?:and|what about|how about)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,5}\\b");
    private static final Pattern NAME_RUN = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("won", "win"),
            Map.entry("beat", "beat"),
            Map.entry("said", "say"),
            Map.entry("told", "tell"),
            Map.entry("led", "lead"),
            Map.entry("met", "meet"),
            Map.entry("struck", "strike"),
            Map.entry("took", "take"),
            Map.entry("gave", "give"),
            Map.entry("made", "make"),
            Map.entry("became", "become"),
            Map.entry("began", "begin"),
            Map.entry("left", "leave"),
            Map.entry("held", "hold"),
            Map.entry("found", "find"),
            Map.entry("sold", "sell"),
            Map.entry("bought", "buy"),
            Map.entry("paid", "pay"),
            Map.entry("sent", "send"),
            Map.entry("built", "build"),
            Map.entry("hit", "hit"),
            Map.entry("shot", "shoot"),
            Map.entry("fought", "fight"),
            Map.entry("ran", "run"),
            Map.entry("chose", "choose"),
            Map.entry("wrote", "write"),
            Map.entry("broke", "break"),
            Map.entry("cut", "cut"),
            Map.entry("lost", "lose"),
            Map.entry("threw", "throw"),
            Map.entry("got", "get"));
    private static final Set<String> AUXILIARIES =
            Set.of("do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall");
    private static final int LONGEST_REFERENT_WORDS = 6;

    @Override
    public String rewrite(String question, PreviousTurn previous) {
        String asked = question.strip();
        if (previous == null) {
            return asked;
        }
        List<String> words = words(asked);
        boolean personal = unresolvedPersonal(asked);
        boolean leaning = personal || referringDemonstrative(asked, words) || elliptical(asked, words);
        if (!leaning) {
            return asked;
        }
        return expandAcronyms(rewritten(asked, previous, personal), previous.evidence());
    }

    private static String rewritten(String asked, PreviousTurn previous, boolean personal) {
        String referent = referent(previous);
        Matcher about = WHAT_ABOUT.matcher(asked);
        if (about.matches()) {
            String substituted = substituted(previous.question(), about.group(1));
            if (substituted != null) {
                return substituted;
            }
        }
        Matcher before = BEFORE_THAT.matcher(asked);
        if (before.matches()) {
            return withoutEndPunctuation(previous.question()) + " "
                    + before.group(1).toLowerCase(Locale.ROOT) + " " + (referent == null ? "that" : referent) + "?";
        }
        Event event = Event.of(previous, referent);
        Matcher happened = EVENT.matcher(asked);
        Matcher done = PRO_VERB.matcher(asked);
        if (event != null && (happened.matches() || done.matches())) {
            return event.asked(happened.matches() ? happened.group(1) : done.group(1));
        }
        if (personal) {
            String antecedent = antecedent(previous, referent, asked);
            if (antecedent != null) {
                return replacePronouns(asked, antecedent);
            }
        }
        return (fact(previous, referent) + " " + asked).strip();
    }

    /**
     * The thing a "what about X?" follow-up asks the previous question about instead: the previous
     * question with its last name (or its last word of the same kind) replaced by X; null when it has none.
     */
    private static String substituted(String previousQuestion, String replacement) {
        String instead = replacement
                .replaceFirst("(?i)^(?:in|at|on|for|with|from|of)\\s+", "")
                .strip();
        List<int[]> names = nameSpans(previousQuestion);
        if (instead.isEmpty() || names.isEmpty() || !Character.isUpperCase(instead.charAt(0))) {
            return null;
        }
        int[] last = names.get(names.size() - 1);
        return previousQuestion.substring(0, last[0]) + instead + previousQuestion.substring(last[1]);
    }

    /** The previous answer when it names someone who can be "he", "she" or "they", else a name in the previous question. */
    private static String antecedent(PreviousTurn previous, String referent, String asked) {
        boolean singular = words(asked).stream().anyMatch(SINGULAR_PERSONAL::contains);
        if (referent != null && isName(referent) && agent(previous.question(), referent)) {
            return referent;
        }
        String question = previous.question();
        for (int[] span : nameSpans(question)) {
            String name = question.substring(span[0], span[1]);
            if (!singular || person(name)) {
                return name;
            }
        }
        return null;
    }

    /** Whether "he" or "she" can stand for the name: not an acronym, a place or an organisation. */
    private static boolean person(String name) {
        Set<NounClass> classes = NounClasses.shared().ofName(name);
        boolean other = classes.contains(NounClass.LOCATION) || classes.contains(NounClass.ORGANIZATION);
        return !ACRONYM.matcher(name).matches() && (classes.contains(NounClass.PERSON) || !other);
    }

    /** Whether the answer can be the doer a pronoun stands for: it answered "who", or names a person or organisation. */
    private static boolean agent(String previousQuestion, String referent) {
        if (previousQuestion.strip().toLowerCase(Locale.ROOT).matches("(?:who|whom|whose)\\b.*")) {
            return true;
        }
        Set<NounClass> classes = NounClasses.shared().ofName(referent);
        return classes.contains(NounClass.PERSON) || classes.contains(NounClass.ORGANIZATION);
    }

    /** A personal pronoun with no name before it in the question itself ("What did Biden say about his plan?" has one). */
    private static boolean unresolvedPersonal(String asked) {
        Matcher word = WORD.matcher(asked);
        boolean named = false;
        boolean first = true;
        while (word.find()) {
            String w = word.group();
            if (PERSONAL.contains(w.toLowerCase(Locale.ROOT)) && !named) {
                return true;
            }
            named |= !first && Character.isUpperCase(w.charAt(0));
            first = false;
        }
        return false;
    }

    /**
     * A demonstrative that points back ("When did that happen?", "Where is it?"), not a time ("this
     * week") nor a word of a question that names its own subject and says enough to stand alone.
     */
    private static boolean referringDemonstrative(String asked, List<String> words) {
        boolean pointing = false;
        for (int i = 0; i < words.size(); i++) {
            boolean time = i + 1 < words.size() && TIME_NOUNS.contains(words.get(i + 1));
            pointing |= DEMONSTRATIVE.contains(words.get(i)) && !time;
        }
        if (!pointing) {
            return false;
        }
        long content =
                words.stream().filter(ExtractiveFollowUpRewriter::content).count();
        return nameSpans(asked).isEmpty() || content < STANDALONE_CONTENT_WORDS;
    }

    /** "UN" becomes "United Nations" when the evidence spells it out and does not use the acronym. */
    static String expandAcronyms(String text, String evidence) {
        if (evidence == null) {
            return text;
        }
        Matcher acronym = ACRONYM.matcher(text);
        StringBuilder out = new StringBuilder();
        while (acronym.find()) {
            String expansion = spelledOut(acronym.group(), evidence);
            acronym.appendReplacement(out, Matcher.quoteReplacement(expansion == null ? acronym.group() : expansion));
        }
        return acronym.appendTail(out).toString();
    }

    private static String spelledOut(String acronym, String evidence) {
        if (Pattern.compile("\\b" + acronym + "\\b").matcher(evidence).find()) {
            return null;
        }
        Matcher capitalised = NAME_RUN.matcher(evidence);
        while (capitalised.find()) {
            String[] names = capitalised.group().split("\\s+");
            for (int start = 0; start + acronym.length() <= names.length; start++) {
                StringBuilder initials = new StringBuilder();
                for (int i = start; i < start + acronym.length(); i++) {
                    initials.append(names[i].charAt(0));
                }
                if (initials.toString().equals(acronym)) {
                    return String.join(" ", Arrays.copyOfRange(names, start, start + acronym.length()));
                }
            }
        }
        return null;
    }

    private static boolean elliptical(String asked, List<String> words) {
        long content =
                words.stream().filter(ExtractiveFollowUpRewriter::content).count();
        return content == 0 || words.size() <= 2 || ELLIPSIS.matcher(asked).matches();
    }

    private static boolean content(String word) {
        return word.length() > 1 && !WordLists.STOP_WORDS.contains(word);
    }

    /** Where the names of a question are: runs of capitalised words, its first word excepted. */
    private static List<int[]> nameSpans(String question) {
        List<int[]> spans = new ArrayList<>();
        Matcher word = WORD.matcher(question);
        int[] open = null;
        boolean first = true;
        while (word.find()) {
            boolean capital = !first && Character.isUpperCase(word.group().charAt(0));
            boolean adjacent =
                    open != null && question.substring(open[1], word.start()).isBlank();
            if (capital && adjacent) {
                open[1] = word.end();
            } else if (capital) {
                open = new int[] {word.start(), word.end()};
                spans.add(open);
            } else {
                open = null;
            }
            first = false;
        }
        return spans;
    }

    private static String withoutEndPunctuation(String text) {
        return text.strip().replaceAll("[?!.]+$", "");
    }

    /** The previous short answer when it is short enough to stand for a thing or person. */
    private static String referent(PreviousTurn previous) {
        String answer = previous.answer();
        if (answer == null || words(answer).size() > LONGEST_REFERENT_WORDS) {
            return null;
        }
        String referent = answer.replaceAll("[.!?]+$", "").strip();
        return referent.isEmpty() ? null : referent;
    }

    /**
     * The previous turn as an event someone did: "Who vetoed X?" answered "A", or "When did A veto X?",
     * is A, veto, X; so "When did that happen?" and "Why did they do it?" become "When/Why did A veto X?".
     */
    private record Event(String doer, String verb, String rest) {

        static Event of(PreviousTurn previous, String referent) {
            Matcher subject = subjectQuestion(previous.question());
            if (subject != null && referent != null) {
                String base = baseForm(subject.group(1).toLowerCase(Locale.ROOT));
                return base == null ? null : new Event(referent, base, subject.group(2));
            }
            Matcher aux = AUX_QUESTION.matcher(previous.question().strip());
            if (aux.matches() && !nameSpans(previous.question()).isEmpty()) {
                return new Event(aux.group(1), aux.group(2).toLowerCase(Locale.ROOT), aux.group(3));
            }
            return null;
        }

        String asked(String wh) {
            return Character.toUpperCase(wh.charAt(0)) + wh.substring(1).toLowerCase(Locale.ROOT) + " did " + doer + " "
                    + verb + " " + rest + "?";
        }
    }

    /** The base form of a past-tense verb, or null when unsure (then the fact is carried instead). */
    static String baseForm(String verb) {
        if (IRREGULAR.containsKey(verb)) {
            return IRREGULAR.get(verb);
        }
        if (!verb.endsWith("ed") || verb.length() < 4) {
            return null;
        }
        if (verb.endsWith("ied")) {
            return verb.substring(0, verb.length() - 3) + "y";
        }
        String stem = verb.substring(0, verb.length() - 2);
        int n = stem.length();
        boolean doubled = stem.charAt(n - 1) == stem.charAt(n - 2) && "lsfz".indexOf(stem.charAt(n - 1)) < 0;
        if (doubled) {
            return stem.substring(0, n - 1);
        }
        if (stem.matches(".*(?:(?:^|[^aeiou])[aeiou][csvzg]|[nr]c|[^aeiou][aiou]r|[^aeiou]u[dl]|at)")) {
            return stem + "e";
        }
        return stem;
    }

    /** Starts with a capital and holds no digit: "Jens Stoltenberg", not "59" or "last week". */
    private static boolean isName(String referent) {
        return Character.isUpperCase(referent.charAt(0)) && referent.chars().noneMatch(Character::isDigit);
    }

    private static String replacePronouns(String asked, String referent) {
        Matcher word = WORD.matcher(asked);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            if (!PERSONAL.contains(lower)) {
                continue;
            }
            boolean possessive = POSSESSIVE.contains(lower) || lower.equals("her") && followedByWord(asked, word.end());
            out.append(asked, last, word.start()).append(referent).append(possessive ? "'s" : "");
            last = word.end();
        }
        return out.append(asked.substring(last)).toString();
    }

    private static boolean followedByWord(String text, int at) {
        Matcher next = WORD.matcher(text);
        return next.find(at)
                && text.substring(at, next.start()).isBlank()
                && !WordLists.STOP_WORDS.contains(next.group().toLowerCase(Locale.ROOT));
    }

    /** The previous turn as a statement: "A vetoed X." when it asked for a subject, else question and answer. */
    private static String fact(PreviousTurn previous, String referent) {
        String question = previous.question().strip();
        Matcher subject = subjectQuestion(question);
        if (referent != null && subject != null) {
            return referent + " " + subject.group(1) + " " + subject.group(2) + ".";
        }
        String answer = referent == null ? "" : " " + referent + ".";
        return question.replaceAll("[?!.]+$", "") + "." + answer;
    }

    /** "Who vetoed X?" (verb, rest) asks for a subject; "What did X say?" does not. */
    private static Matcher subjectQuestion(String question) {
        Matcher subject = SUBJECT_QUESTION.matcher(question.strip());
        return subject.matches() && !AUXILIARIES.contains(subject.group(1).toLowerCase(Locale.ROOT)) ? subject : null;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }
}
