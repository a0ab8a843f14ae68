package io.newsdesk.answer.followup;

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
        List<String> words = words(asked);
        boolean personal = words.stream().anyMatch(PERSONAL::contains);
        boolean leaning = personal || words.stream().anyMatch(DEMONSTRATIVE::contains) || elliptical(asked, words);
        if (previous == null || !leaning) {
            return asked;
        }
        String referent = referent(previous);
        String event = referent == null ? null : eventQuestion(asked, previous.question(), referent);
        if (event != null) {
            return expandAcronyms(event, previous.evidence());
        }
        if (personal && referent != null && isName(referent)) {
            return expandAcronyms(replacePronouns(asked, referent), previous.evidence());
        }
        return expandAcronyms((fact(previous, referent) + " " + asked).strip(), previous.evidence());
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
        long content = words.stream()
                .filter(w -> w.length() > 1 && !WordLists.STOP_WORDS.contains(w))
                .count();
        return content == 0 || words.size() <= 2 || ELLIPSIS.matcher(asked).matches();
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

    /** "When did that happen?" + "Who vetoed X?" + "A" = "When did A veto X?", when the verb is known. */
    private static String eventQuestion(String asked, String previousQuestion, String referent) {
        Matcher event = EVENT.matcher(asked);
        Matcher subject = subjectQuestion(previousQuestion);
        if (!event.matches() || subject == null) {
            return null;
        }
        String base = baseForm(subject.group(1).toLowerCase(Locale.ROOT));
        if (base == null) {
            return null;
        }
        String wh = event.group(1);
        return Character.toUpperCase(wh.charAt(0)) + wh.substring(1).toLowerCase(Locale.ROOT) + " did " + referent + " "
                + base + " " + subject.group(2) + "?";
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
