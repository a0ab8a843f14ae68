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
    /** The asked-for noun phrase ("how many Super Bowls", "which Wyoming bill") is no name a pronoun can lean on. */
    private static final Pattern ASKED_FOR = Pattern.compile("(?i:how\\s+many|how\\s+much|which|what)\\s+$");

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
    /**
     * "When did Russian Federation veto X?", "How many sentences did Governor Kate Brown commute?",
     * "Which app did the US Senate vote to ban?": the wh-phrase, a name, a verb (with its "to ...")
     * and the rest.
     */
    private static final Pattern AUX_QUESTION = Pattern.compile(
            "((?i:when|where|why|how|which|what)(?:\\s+[\\p{L}-]+){0,5}?)\\s+(?i:did|does|do|will|would)\\s+"
                    + "((?i:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*(?:['’]s\\s+\\p{Ll}+)?)"
                    + "\\s+(\\p{Ll}+(?:\\s+to\\s+\\p{Ll}+)?)\\s*(.*?)[?.!]*");
    /** The asked-for thing of "how many death row sentences" or "which app". */
    private static final Pattern ASKED_THING = Pattern.compile("(?i:how\\s+many|how\\s+much|which|what)\\s+(.+)");
    /** "And the year before?": the same question a year earlier. */
    private static final Pattern YEAR_BEFORE =
            Pattern.compile("(?:and\\s+)?(?:the\\s+)?(?:year|season)\\s+before\\s*[?.!]*", Pattern.CASE_INSENSITIVE);

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    /** "Who was pope before that?": a question ending on before or after that. */
    private static final Pattern ENDS_BEFORE_THAT =
            Pattern.compile("(.+?)\\s+(before|after)\\s+(?:that|this|then)\\s*[?.!]*", Pattern.CASE_INSENSITIVE);

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
        Matcher yearBefore = YEAR_BEFORE.matcher(asked);
        Matcher year = YEAR.matcher(previous.question());
        if (yearBefore.matches() && year.find()) {
            return year.replaceFirst(Integer.toString(Integer.parseInt(year.group(1)) - 1));
        }
        Antecedents antecedents = Antecedents.of(previous, referent);
        Matcher endsBefore = ENDS_BEFORE_THAT.matcher(asked);
        Matcher before = BEFORE_THAT.matcher(asked);
        String person = endsBefore.matches() && !before.matches() ? antecedents.person() : null;
        if (person != null) {
            return endsBefore.group(1) + " " + endsBefore.group(2).toLowerCase(Locale.ROOT) + " " + person + "?";
        }
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
        String resolved = replacePronouns(asked, antecedents, personal);
        if (resolved != null) {
            return resolved;
        }
        return (fact(previous, referent) + " " + asked).strip();
    }

    /**
     * The previous question asked of what a "what about X?" follow-up names instead: its name most like
     * X (a person for a person, a place for a place, an acronym for an acronym; the last on a tie)
     * replaced by X; null when X or the previous question has no name.
     */
    private static String substituted(String previousQuestion, String replacement) {
        String instead = replacement
                .replaceFirst("(?i)^(?:in|at|on|for|with|from|of)\\s+", "")
                .replaceFirst("(?i)^the\\s+", "")
                .strip();
        List<int[]> names = nameSpans(previousQuestion);
        if (instead.isEmpty() || names.isEmpty() || !Character.isUpperCase(instead.charAt(0))) {
            return null;
        }
        int[] best = null;
        int bestScore = -1;
        for (int[] span : names) {
            int score = likeness(previousQuestion.substring(span[0], span[1]), instead);
            if (score >= bestScore) {
                best = span;
                bestScore = score;
            }
        }
        return previousQuestion.substring(0, best[0]) + instead + previousQuestion.substring(best[1]);
    }

    /** How alike two names are in kind: same WordNet class, both people, both acronyms, as many words. */
    private static int likeness(String name, String other) {
        int score = 0;
        Set<NounClass> classes = NounClasses.shared().ofName(name);
        if (!classes.isEmpty() && classes.equals(NounClasses.shared().ofName(other))) {
            score += 4;
        }
        if (Antecedents.person(name) == Antecedents.person(other)) {
            score += 2;
        }
        if (ACRONYM.matcher(name).matches() == ACRONYM.matcher(other).matches()) {
            score += 2;
        }
        if (name.split("\\s+").length == other.split("\\s+").length) {
            score += 1;
        }
        return score;
    }

    /**
     * A personal pronoun with no name before it in the question itself ("What did Biden say about his
     * plan?" has one; "How many Super Bowls did he win?" has none: the asked-for thing is no name).
     */
    private static boolean unresolvedPersonal(String asked) {
        int firstName = nameSpans(asked).stream()
                .filter(span -> !ASKED_FOR.matcher(asked.substring(0, span[0])).find())
                .mapToInt(span -> span[0])
                .min()
                .orElse(Integer.MAX_VALUE);
        Matcher word = WORD.matcher(asked);
        while (word.find()) {
            if (PERSONAL.contains(word.group().toLowerCase(Locale.ROOT))) {
                return word.start() < firstName;
            }
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
    static List<int[]> nameSpans(String question) {
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
            if (!aux.matches()) {
                return null;
            }
            // the thing asked for goes where the question left its gap, after the verb
            Matcher thing = ASKED_THING.matcher(aux.group(1));
            String object = "";
            if (thing.matches()) {
                boolean countOf = aux.group(1).toLowerCase(Locale.ROOT).startsWith("how");
                if (!countOf && referent == null) {
                    return null;
                }
                object = " " + (countOf ? thing.group(1) : referent);
            }
            String rest = aux.group(4).isEmpty() ? "" : " " + aux.group(4);
            return new Event(aux.group(2), aux.group(3).toLowerCase(Locale.ROOT) + object, rest.strip());
        }

        String asked(String wh) {
            return Character.toUpperCase(wh.charAt(0)) + wh.substring(1).toLowerCase(Locale.ROOT) + " did " + doer + " "
                    + verb + (rest.isEmpty() ? "" : " " + rest) + "?";
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

    /**
     * The follow-up with each pronoun that points back replaced by what it stands for ({@link
     * Antecedents}); null when one of its personal pronouns fits nothing, or it has none that does.
     */
    private static String replacePronouns(String asked, Antecedents antecedents, boolean personal) {
        Matcher word = WORD.matcher(asked);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean replaced = false;
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            Antecedents.Group group = Antecedents.Group.of(lower);
            if (group == null || group != Antecedents.Group.THING && !personal) {
                continue;
            }
            String antecedent = antecedents.resolve(lower);
            if (antecedent == null) {
                if (group == Antecedents.Group.THING) {
                    continue;
                }
                return null;
            }
            boolean possessive = POSSESSIVE.contains(lower)
                    || lower.equals("its")
                    || lower.equals("her") && followedByWord(asked, word.end());
            out.append(asked, last, word.start()).append(antecedent).append(possessive ? "'s" : "");
            last = word.end();
            replaced = true;
        }
        return replaced ? out.append(asked.substring(last)).toString() : null;
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
