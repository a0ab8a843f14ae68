package io.newsdesk.answer.followup;

import io.newsdesk.answer.question.NounClass;
import io.newsdesk.answer.question.NounClasses;
import io.newsdesk.answer.question.WordLists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who or what a pronoun of a follow-up stands for, among the names of the previous turn, in order:
 * the doer the previous question named (a name after its auxiliary, followed by the verb) ("How old is he?" after "Whom did Gabriel Attal replace?" is
 * Attal), the previous answer ("How old is he?" after "Who did the Angels hire?"), then the other
 * names of the previous question. "He" and "she" take a person: not a place, an organisation, an
 * acronym or a team named after its city, and not someone the previous turn calls the other gender
 * ("Judy Huth in her case" is no "he"). "They" prefers an organisation or a team to a person; "it"
 * and "its" take the answer to a "which/what ..." question when that is a name.
 */
final class Antecedents {

    /** Which kind of thing a pronoun stands for. */
    enum Group {
        PERSON,
        GROUP,
        THING;

        static Group of(String pronoun) {
            return switch (pronoun) {
                case "he", "she", "him", "his", "her", "hers" -> PERSON;
                case "they", "them", "their", "theirs" -> GROUP;
                case "it", "its" -> THING;
                default -> null;
            };
        }
    }

    private enum Gender {
        MALE,
        FEMALE,
        UNKNOWN
    }

    private record Candidate(String name, boolean person, Gender gender, boolean answer) {}

    private static final Pattern NAME =
            Pattern.compile("(?:(?i:the)\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'’-]*)*"
                    + "(?:['’]s\\s+\\p{Ll}+)?");
    private static final Pattern DOER = Pattern.compile("(?i:who|whom|whose|what|which|when|where|why|how)\\b[^?]*?\\s"
            + "(?i:did|does|do|is|was|were|are|has|have|had|will|would|can|could)\\s+(" + NAME.pattern() + ")"
            + "\\s+(?!(?:of|in|at|for|to|on|and|or|from|with|by|as)\\b)\\p{Ll}");
    private static final Pattern ACRONYM = Pattern.compile("(?![IVXLC]+\\b)\\p{Lu}{2,6}");
    /** A people's or a language's word ("Chinese food blogger", "Iranian activist"), not a name. */
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ese|ian|ish|ean|can)");
    /** "Which company ...": the answer is of this class of thing. */
    private static final Pattern HEAD = Pattern.compile("(?i:which|what)\\s+(?:[\\p{L}-]+\\s+){0,4}?([\\p{L}-]+)\\s+"
            + "(?i:did|does|do|is|was|were|are|has|have|had|will|would|can|could)\\b.*");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> BODIES = Set.of("tour", "senate", "assembly", "congress", "parliament");
    private static final int GENDER_WINDOW_WORDS = 4;

    private final List<Candidate> candidates;
    /** The class of thing the previous question asked for ("which company": organisations), or null. */
    private final NounClass asked;

    private final String previousQuestion;

    private Antecedents(List<Candidate> candidates, NounClass asked, String previousQuestion) {
        this.candidates = candidates;
        this.asked = asked;
        this.previousQuestion = previousQuestion;
    }

    /** The candidates of the previous turn; {@code referent} is its short answer (null when none). */
    static Antecedents of(PreviousTurn previous, String referent) {
        String question = previous.question();
        String context = question + " " + (previous.evidence() == null ? "" : previous.evidence());
        List<String> names = new ArrayList<>();
        Matcher doer = DOER.matcher(question);
        if (doer.lookingAt()) {
            names.add(doer.group(1));
        }
        if (referent != null
                && Character.isUpperCase(referent.charAt(0))
                && referent.chars().noneMatch(Character::isDigit)) {
            names.add(referent);
        }
        for (int[] span : ExtractiveFollowUpRewriter.nameSpans(question)) {
            names.add(question.substring(span[0], span[1]));
        }
        List<Candidate> candidates = new ArrayList<>();
        Matcher head = HEAD.matcher(question.strip());
        NounClass asked = head.matches() ? NounClasses.shared().dominant(head.group(1)) : null;
        for (String name : names) {
            String bare = name.replaceFirst("(?i)^the\\s+", "");
            if (DEMONYM.matcher(bare).matches()) {
                continue;
            }
            boolean calendar = calendar(bare.split("\\s+")[0].toLowerCase(Locale.ROOT));
            if (!calendar && candidates.stream().noneMatch(c -> same(c.name(), bare))) {
                candidates.add(new Candidate(bare, person(bare), gender(bare, context), name.equals(referent)));
            }
        }
        return new Antecedents(candidates, asked, question);
    }

    /** What {@code pronoun} stands for, or null when no candidate fits it. */
    String resolve(String pronoun) {
        Group group = Group.of(pronoun);
        if (group == null) {
            return null;
        }
        return switch (group) {
            case PERSON -> person(MALE.contains(pronoun) ? Gender.MALE : Gender.FEMALE);
            case GROUP ->
                candidates.stream()
                        .filter(c -> c.answer() && asked == NounClass.ORGANIZATION)
                        .findFirst()
                        .or(() -> candidates.stream().filter(c -> !c.person()).findFirst())
                        .or(() -> candidates.stream().findFirst())
                        .map(Candidate::name)
                        .orElse(null);
            case THING -> thing();
        };
    }

    /**
     * "It" after "which/what ...?": the answer, unless a person was asked for ("Why did she win it?"
     * after "Which activist won the Nobel Peace Prize?" is the prize: the question's other name).
     */
    private String thing() {
        if (!previousQuestion.strip().toLowerCase(Locale.ROOT).matches("(?:which|what)\\b.*")) {
            return null;
        }
        boolean personAsked = asked == NounClass.PERSON;
        return candidates.stream()
                .filter(c -> personAsked ? !c.answer() && !c.person() : c.answer())
                .findFirst()
                .map(Candidate::name)
                .orElse(null);
    }

    /** The first person among the candidates, of either gender ("who was pope before that?": the pope). */
    String person() {
        return person(Gender.UNKNOWN);
    }

    private String person(Gender wanted) {
        List<Candidate> people = candidates.stream()
                .filter(c -> c.person() && (wanted == Gender.UNKNOWN || c.gender() != opposite(wanted)))
                .toList();
        return people.stream()
                .filter(c -> wanted != Gender.UNKNOWN && c.gender() == wanted)
                .findFirst()
                .or(() -> people.stream().findFirst())
                .map(Candidate::name)
                .orElse(null);
    }

    private static Gender opposite(Gender gender) {
        return gender == Gender.MALE ? Gender.FEMALE : Gender.MALE;
    }

    /**
     * Whether "he" or "she" can stand for the name: not an acronym, a place or an organisation (WordNet,
     * or a word such as "Union" or "Tour" in it), nor a team named after its place ("Colorado Avalanche").
     */
    static boolean person(String name) {
        String[] words = name.split("\\s+");
        if (Arrays.stream(words)
                .anyMatch(w -> ACRONYM.matcher(w).matches()
                        || orgWord(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "")))) {
            return false;
        }
        if (name.matches(".*['’]s\\s+\\p{Ll}+")
                || Arrays.stream(words).anyMatch(w -> WordLists.PERSON_TITLES.contains(w.toLowerCase(Locale.ROOT)))) {
            // "Mexico's president", "Oregon Governor Kate Brown"
            return true;
        }
        Set<NounClass> classes = NounClasses.shared().ofName(name);
        if (classes.contains(NounClass.PERSON)) {
            return true;
        }
        if (classes.contains(NounClass.LOCATION) || classes.contains(NounClass.ORGANIZATION)) {
            return false;
        }
        for (int end = 1; end < words.length; end++) {
            if (NounClasses.shared()
                    .ofName(String.join(" ", Arrays.copyOfRange(words, 0, end)))
                    .contains(NounClass.LOCATION)) {
                return false;
            }
        }
        return true;
    }

    /** The gender the context gives the name: a he/his or she/her within a few words after it. */
    private static Gender gender(String name, String context) {
        int at = context.indexOf(name);
        if (at < 0) {
            return Gender.UNKNOWN;
        }
        Matcher word = WORD.matcher(context);
        word.region(at + name.length(), context.length());
        for (int i = 0; i < GENDER_WINDOW_WORDS && word.find(); i++) {
            String w = word.group().toLowerCase(Locale.ROOT);
            if (MALE.contains(w)) {
                return Gender.MALE;
            }
            if (FEMALE.contains(w)) {
                return Gender.FEMALE;
            }
        }
        return Gender.UNKNOWN;
    }

    /** An organisation's word: the reader's list, and the bodies it lacks ("PGA Tour", "the Senate"). */
    private static boolean orgWord(String word) {
        return WordLists.ORG_WORDS.contains(word) || BODIES.contains(word);
    }

    private static boolean calendar(String word) {
        return WordLists.MONTHS.contains(word) || WordLists.WEEKDAYS.contains(word);
    }

    private static boolean same(String a, String b) {
        return a.equalsIgnoreCase(b);
    }
}
